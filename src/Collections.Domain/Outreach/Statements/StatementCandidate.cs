namespace Collections.Domain.Outreach.Statements;

/// <summary>Another case's reminder step of the same debtor and topic, waiting now: it may be listed on the statement.</summary>
public sealed record StatementCandidate(Guid CaseId, Guid ProcessInstanceId, string ActivityInstanceId, Guid ExternalTaskId, string Template);
