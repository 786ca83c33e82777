namespace Collections.Server.Audit;

/// <summary>What an audited action declares: its code, its target (<c>kind:id</c>), its case and a JSON summary.</summary>
public sealed record AuditRecord(string Action, string Target, Guid? CaseId, string Details);
