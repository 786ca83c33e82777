namespace Collections.Domain.Outreach.Policy.Scenarios;

/// <summary>A contact scenario that cannot be read or whose decision differs; fails that scenario only.</summary>
public sealed class ContactScenarioException(string message) : Exception(message);
