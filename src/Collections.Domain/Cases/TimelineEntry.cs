namespace Collections.Domain.Cases;

/// <summary>One line of a case's history as the domain saw it (payments, promises, disputes, notes). Append-only.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        Kind = Summary = string.Empty;
    }

    public TimelineEntry(Guid id, Guid caseId, string kind, string summary, DateTimeOffset at)
    {
        (Id, CaseId, Kind, Summary, At) = (id, caseId, kind, summary, at);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>e.g. <c>case.opened</c>, <c>payment.applied</c>, <c>note</c>.</summary>
    public string Kind { get; private set; }

    public string Summary { get; private set; }

    public DateTimeOffset At { get; private set; }
}
