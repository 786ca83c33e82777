namespace Collections.Server.Audit;

/// <summary>
/// The entries one request (or command-line run) has declared and not yet seen committed. A unit of work takes the
/// pending ones before it commits (<see cref="TakeFor"/>) and confirms them after (<see cref="Committed"/>); a rolled-back
/// unit never confirms, so its rerun takes them again.
/// </summary>
internal sealed class AuditScope(Func<AuditActor?> actor, string? clientAddress)
{
    private readonly Lock _gate = new();
    private readonly List<PendingAudit> _pending = [];
    private (object Transaction, PendingAudit[] Entries)? _inFlight;

    public string? ClientAddress { get; } = clientAddress;

    public AuditActor? Actor => actor();

    public PendingAudit Add(AuditRecord record)
    {
        var pending = new PendingAudit(this, record);
        lock (_gate) _pending.Add(pending);
        return pending;
    }

    public void Forget(PendingAudit pending)
    {
        lock (_gate) _pending.Remove(pending);
    }

    /// <summary>The pending entries, now owned by <paramref name="transaction"/> until it commits; empty when none.</summary>
    public PendingAudit[] TakeFor(object transaction)
    {
        lock (_gate)
        {
            var entries = _pending.ToArray();
            _inFlight = entries.Length == 0 ? null : (transaction, entries);
            return entries;
        }
    }

    public void Committed(object transaction)
    {
        lock (_gate)
        {
            if (_inFlight is not { } flight || !ReferenceEquals(flight.Transaction, transaction)) return;
            foreach (var entry in flight.Entries) _pending.Remove(entry);
            _inFlight = null;
        }
    }
}
