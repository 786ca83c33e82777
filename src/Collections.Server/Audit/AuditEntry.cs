namespace Collections.Server.Audit;

/// <summary>
/// One row of the append-only audit log: who did what to which target, when and from where, with a small summary.
/// <see cref="Sequence"/> numbers the rows without gaps; <see cref="Hash"/> is the SHA-256 over the row's canonical
/// content and <see cref="PreviousHash"/> (<see cref="AuditChain"/>), so changing or removing a row breaks the chain.
/// Rows are only ever inserted (<see cref="AuditLogWriter"/>) and, past retention, deleted from the old end.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 256;
    public const int ActionMaxLength = 64;
    public const int TargetMaxLength = 300;
    public const int ClientAddressMaxLength = 64;
    public const int DetailsMaxLength = 4000;

    private AuditEntry()
    {
        ActorKind = ActorId = Action = Target = Details = PreviousHash = Hash = string.Empty;
    }

    internal AuditEntry(Guid id, long sequence, DateTimeOffset occurredAt, AuditActor actor, AuditRecord record, string? clientAddress, string previousHash)
        : this()
    {
        (Id, Sequence, OccurredAt, ActorKind, ActorId) = (id, sequence, occurredAt, actor.Kind, actor.Id);
        (Action, Target, CaseId, Details) = (record.Action, record.Target, record.CaseId, record.Details);
        (ClientAddress, PreviousHash) = (clientAddress, previousHash);
        Hash = AuditChain.Hash(this);
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… in append order; the keyset cursor of the admin list.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, whole milliseconds (what both databases keep exactly, so the hash can be computed again).</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary><see cref="AuditActor.User"/>, <see cref="AuditActor.ApiKey"/>, <see cref="AuditActor.Cli"/> or <see cref="AuditActor.System"/>.</summary>
    public string ActorKind { get; private set; }

    /// <summary>The staff member's user id (e-mail) or the API key's name (unique, never reused), from the authenticated principal.</summary>
    public string ActorId { get; private set; }

    /// <summary>A stable code such as <c>payment.applied</c> (<see cref="AuditActions"/>); the UI shows it in the reader's language.</summary>
    public string Action { get; private set; }

    /// <summary>What was acted on, <c>kind:id</c> (<c>invoice:0193…</c>, <c>api-key:erp</c>).</summary>
    public string Target { get; private set; }

    /// <summary>The case the action belongs to, when there is one (the case page's timeline shows it).</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>The client's address after forwarded headers; null for the command line.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>A small JSON summary (before/after, the submitted values), at most <see cref="DetailsMaxLength"/> characters.</summary>
    public string Details { get; private set; }

    /// <summary>The previous row's <see cref="Hash"/> (or the pruning anchor's, or 64 zeros for the first row).</summary>
    public string PreviousHash { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the canonical content (<see cref="AuditChain.Hash"/>).</summary>
    public string Hash { get; private set; }
}
