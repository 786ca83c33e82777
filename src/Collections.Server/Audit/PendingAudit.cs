namespace Collections.Server.Audit;

/// <summary>A declared entry; disposing it forgets it unless a commit already took it (the handle of <see cref="IAuditTrail.Record"/>).</summary>
internal sealed class PendingAudit(AuditScope scope, AuditRecord record) : IDisposable
{
    public AuditRecord Record { get; } = record;

    public void Dispose() => scope.Forget(this);
}
