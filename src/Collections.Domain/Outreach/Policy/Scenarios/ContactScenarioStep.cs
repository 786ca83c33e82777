namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>
/// One step at a local moment <paramref name="At"/> (<c>2026-12-05T15:30</c>, in the debtor's zone). Either a contact
/// to judge (<paramref name="Send"/> names its channel and <paramref name="Expect"/> the decision: <c>allowed</c>,
/// <c>deferred</c> or <c>refused</c>, with the <paramref name="Rule"/> code and the local <paramref name="Until"/> or
/// UTC <paramref name="UntilUtc"/> moment it lets go), or a contact that already happened (<paramref name="Record"/>
/// names its channel; <paramref name="Conversation"/> marks a call in which the debtor was reached). An allowed contact
/// is recorded as made, so later steps count it. A <paramref name="Statement"/> step is one e-mail listing every invoice
/// given: judged and counted as one contact, and rendered from the shipped <c>statement</c> template in the debtor's
/// language, whose text must contain each of <paramref name="ExpectText"/>.
/// </summary>
public sealed record ContactScenarioStep(
    string At,
    string? Send = null,
    string? Expect = null,
    string? Rule = null,
    string? Until = null,
    string? UntilUtc = null,
    string? Record = null,
    bool Conversation = false,
    bool SameDebt = true,
    string? Note = null,
    IReadOnlyList<ContactScenarioInvoice>? Statement = null,
    IReadOnlyList<string>? ExpectText = null);
