namespace Collections.Domain.Outreach.Statements;

/// <summary>What a send step's BPMN asks for: the template key and the recipients (<c>debtor</c> or <c>alternate-contacts</c>).</summary>
public sealed record SendStepInput(string Template, string Recipients);
