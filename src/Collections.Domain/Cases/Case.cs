using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Cases;

/// <summary>
/// One per overdue invoice (unique on <see cref="InvoiceId"/>): the collection effort and the process instance that runs
/// it. Open until paid, written off or canceled; a closed case never reopens.
/// </summary>
public sealed class Case
{
    private Case()
    {
        ProcessKey = Status = string.Empty;
    }

    public Case(Guid id, Guid invoiceId, Guid debtorId, string processKey, int priority, DateTimeOffset now)
        : this()
    {
        (Id, InvoiceId, DebtorId, ProcessKey, Priority, OpenedAt, UpdatedAt) = (id, invoiceId, debtorId, processKey, priority, now, now);
        Status = CaseStatuses.Open;
    }

    public Guid Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public Guid DebtorId { get; private set; }

    public string ProcessKey { get; private set; }

    public Guid? ProcessInstanceId { get; private set; }

    /// <summary>The activities the process waits in, as last observed: ids joined by commas (e.g. <c>call_debtor</c>).</summary>
    public string? Activity { get; private set; }

    /// <summary>
    /// The business stage (<see cref="BusinessStages"/>) of the activity the process waits in, as last observed; it keeps
    /// the last stage while the process passes activities without one, and is <see cref="BusinessStages.Closed"/> once closed.
    /// </summary>
    public string? Stage { get; private set; }

    /// <summary>One of <see cref="CaseStatuses"/>.</summary>
    public string Status { get; private set; }

    /// <summary>One of <see cref="CaseOutcomes"/> once closed.</summary>
    public string? Outcome { get; private set; }

    public string? AssignedCollector { get; private set; }

    /// <summary>Worklist order, higher first (<see cref="CasePriorityOptions"/>).</summary>
    public int Priority { get; private set; }

    public int BrokenPromises { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Optimistic concurrency: every command on the case bumps it (<see cref="Touch"/>), so two racing commands (two
    /// disputes, two promises) cannot both pass their "none open yet" check; the loser reruns and sees the winner.
    /// </summary>
    public int Version { get; private set; }

    public void Touch(DateTimeOffset now) => (UpdatedAt, Version) = (now, Version + 1);

    public bool IsOpen => Status == CaseStatuses.Open;

    public void AttachProcess(Guid processInstanceId, IReadOnlyList<string> waiting, string? stage)
    {
        ProcessInstanceId = processInstanceId;
        Activity = ActivityOf(waiting);
        Stage = stage;
    }

    /// <summary>The waiting activities' ids as stored in <see cref="Activity"/>; null when it waits nowhere.</summary>
    public static string? ActivityOf(IReadOnlyCollection<string> waiting) =>
        waiting.Count == 0 ? null : string.Join(",", waiting.Order(StringComparer.Ordinal));

    /// <summary>Records where an open process waits; a null <paramref name="stage"/> keeps the last known stage.</summary>
    public void ObservePosition(string? activity, string? stage, DateTimeOffset now)
    {
        if (!IsOpen) return;
        var newStage = stage ?? Stage;
        if (activity != Activity || newStage != Stage) (Activity, Stage, UpdatedAt) = (activity, newStage, now);
    }

    public void Assign(string? collector, DateTimeOffset now)
    {
        EnsureOpen();
        (AssignedCollector, UpdatedAt) = (Check.OptionalText(collector, "collector", 100), now);
    }

    public void SetPriority(int priority, DateTimeOffset now) => (Priority, UpdatedAt) = (priority, now);

    public void RecordBrokenPromise(DateTimeOffset now) => (BrokenPromises, UpdatedAt) = (BrokenPromises + 1, now);

    public void Close(string outcome, DateTimeOffset now)
    {
        EnsureOpen();
        (Status, Outcome, ClosedAt, UpdatedAt, Stage, Activity) = (CaseStatuses.Closed, outcome, now, now, BusinessStages.Closed, null);
    }

    public void EnsureOpen()
    {
        if (!IsOpen) throw new DomainConflictException("case.closed", $"Case {Id} is closed ({Outcome}).");
    }
}
