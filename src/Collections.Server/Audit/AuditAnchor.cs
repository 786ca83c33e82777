namespace Collections.Server.Audit;

/// <summary>
/// Where the chain continues after retention deleted its oldest rows: the last deleted row's sequence and hash. The
/// verifier starts from the newest anchor, so a pruned log still verifies while a row removed anywhere else does not.
/// </summary>
public sealed class AuditAnchor
{
    private AuditAnchor()
    {
        LastHash = string.Empty;
    }

    internal AuditAnchor(Guid id, long lastSequence, string lastHash, long rowsDeleted, DateTimeOffset prunedAt)
        : this()
    {
        (Id, LastSequence, LastHash, RowsDeleted, PrunedAt) = (id, lastSequence, lastHash, rowsDeleted, prunedAt);
    }

    public Guid Id { get; private set; }

    /// <summary>The sequence of the last row deleted; the oldest remaining row has the next one.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The hash of the last row deleted; the oldest remaining row carries it as its previous hash.</summary>
    public string LastHash { get; private set; }

    public long RowsDeleted { get; private set; }

    public DateTimeOffset PrunedAt { get; private set; }
}
