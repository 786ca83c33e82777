namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>
/// A <c>*.contact.json</c> file: one debtor and the contacts tried on them, in order, each with the decision the
/// contact rules must give (docs/playbook.md, "Contact scenarios").
/// </summary>
public sealed record ContactScenario(ContactScenarioDebtor Debtor, IReadOnlyList<ContactScenarioStep> Steps);
