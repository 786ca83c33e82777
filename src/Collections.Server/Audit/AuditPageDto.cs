namespace Collections.Server.Audit;

/// <summary>A page of the audit list, newest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, string? NextCursor);
