namespace Collections.Server.Audit;

/// <summary>The outcome of <see cref="AuditVerifier.VerifyAsync"/>: the rows checked, or the first broken row and why.</summary>
public sealed record AuditVerification(long Rows, long? BrokenSequence, Guid? BrokenId, string? Reason)
{
    public bool IsIntact => BrokenId is null && Reason is null;
}
