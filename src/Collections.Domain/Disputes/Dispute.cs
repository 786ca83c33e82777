using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Disputes;

/// <summary>The debtor contests the invoice. While one is open, outreach pauses (the process waits on <c>dispute-resolved</c>).</summary>
public sealed class Dispute
{
    private Dispute()
    {
        Reason = Status = string.Empty;
    }

    public Dispute(Guid id, Guid caseId, string? reason, string? owner, string? notes, DateTimeOffset now)
        : this()
    {
        var code = Check.Text(reason, "reason", 40);
        if (!DisputeReasons.All.Contains(code))
        {
            throw new DomainValidationException("dispute.reason-unknown", "reason", $"'{code}' is not a dispute reason; use one of {string.Join(", ", DisputeReasons.All)}.");
        }

        (Id, CaseId, Reason, OpenedAt) = (id, caseId, code, now);
        Owner = Check.OptionalText(owner, "owner", 100);
        Notes = Check.OptionalMultilineText(notes, "notes", 4000);
        Status = DisputeStatuses.Open;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>One of <see cref="DisputeReasons"/>.</summary>
    public string Reason { get; private set; }

    public string Status { get; private set; }

    /// <summary>Who works the dispute (billing, sales).</summary>
    public string? Owner { get; private set; }

    public string? Notes { get; private set; }

    public string? Resolution { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => Status == DisputeStatuses.Open;

    /// <summary>Closes as <see cref="DisputeStatuses.Resolved"/> or <see cref="DisputeStatuses.Rejected"/>.</summary>
    public void Close(string status, string? resolution, DateTimeOffset now)
    {
        if (!IsOpen) throw new DomainConflictException("dispute.closed", $"Dispute {Id} is already {Status}.");
        (Status, Resolution, ClosedAt) = (status, Check.OptionalMultilineText(resolution, "resolution", 4000), now);
    }
}
