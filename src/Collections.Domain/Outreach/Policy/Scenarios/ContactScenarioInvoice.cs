namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>One overdue invoice listed by a statement step of a contact scenario.</summary>
public sealed record ContactScenarioInvoice(string Number, DateOnly DueDate, decimal Balance, string Currency);
