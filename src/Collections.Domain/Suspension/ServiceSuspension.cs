namespace Collections.Domain.Suspension;

/// <summary>The debtor's service cut-off state for a case: <c>requested</c>, <c>suspended</c> or <c>restored</c>.</summary>
public sealed class ServiceSuspension
{
    private ServiceSuspension()
    {
        State = string.Empty;
    }

    public ServiceSuspension(Guid id, Guid caseId, DateTimeOffset now)
        : this()
    {
        (Id, CaseId, State, RequestedAt) = (id, caseId, "requested", now);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string State { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public void Suspend(DateTimeOffset now) => (State, ChangedAt) = ("suspended", now);

    public void Restore(DateTimeOffset now) => (State, ChangedAt) = ("restored", now);
}
