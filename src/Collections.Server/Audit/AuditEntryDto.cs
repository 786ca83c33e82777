namespace Collections.Server.Audit;

/// <summary>
/// One audit row as the admin list, the CSV export and the case page read it (the hashes stay in the database).
/// <see cref="ActorName"/> is the staff member's display name today (looked up when read, not stored, so it is not part
/// of the hash chain); null for API keys, the command line and accounts without a name, whose <see cref="ActorId"/> is shown.
/// </summary>
public sealed record AuditEntryDto(
    Guid Id, long Sequence, DateTimeOffset OccurredAt, string ActorKind, string ActorId, string Action, string Target,
    Guid? CaseId, string? ClientAddress, string Details, string? ActorName = null)
{
    internal static AuditEntryDto From(AuditEntry e) =>
        new(e.Id, e.Sequence, e.OccurredAt, e.ActorKind, e.ActorId, e.Action, e.Target, e.CaseId, e.ClientAddress, e.Details);
}
