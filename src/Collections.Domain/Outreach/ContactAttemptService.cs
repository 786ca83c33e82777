using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach;

/// <summary>Records contact attempts on the case and its timeline: ones made outside Collections, and call outcomes.</summary>
public sealed class ContactAttemptService(DomainWork work)
{
    public Task<ContactAttemptDto> RecordAsync(Guid caseId, ContactAttemptInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            if (input.Channel is not null && !ContactChannels.Attempts.Contains(input.Channel))
            {
                throw new DomainValidationException("contact.channel-unknown", "channel", $"'{input.Channel}' is not a channel; use one of {string.Join(", ", ContactChannels.Attempts)}.");
            }

            var at = input.At?.ToUniversalTime() ?? work.Now;
            if (at > work.Now.AddMinutes(5)) throw new DomainValidationException("contact.in-future", "at", "A contact attempt cannot be in the future.");
            var attempt = new ContactAttempt(work.NewId(), caseId, input.Channel!, input.Direction!, input.Outcome!, input.ReasonCode, input.Notes, input.By!, at);
            Add(db, @case, attempt, null);
            return ToDto(attempt);
        }, cancellationToken);

    /// <summary>
    /// Adds <paramref name="attempt"/> and its timeline line inside the caller's unit of work; <paramref name="detail"/>
    /// ends the English summary and <paramref name="details"/> (what the call found) join the line's arguments.
    /// </summary>
    internal void Add(DomainDbContext db, Case @case, ContactAttempt attempt, string? detail, IReadOnlyDictionary<string, string>? details = null)
    {
        @case.Touch(work.Now);
        db.ContactAttempts.Add(attempt);
        var reason = attempt.ReasonCode is null ? string.Empty : " (" + attempt.ReasonCode + ")";
        var tail = detail is null ? string.Empty : " — " + detail;
        var arguments = TimelineArguments.Of(("direction", attempt.Direction), ("channel", attempt.Channel), ("by", attempt.By), ("outcome", attempt.Outcome),
            ("reason", attempt.ReasonCode));
        foreach (var (name, value) in details ?? new Dictionary<string, string>()) arguments[name] = value;
        db.Timeline.Add(new TimelineEntry(work.NewId(), @case.Id, "contact.attempted", $"{attempt.Direction} {attempt.Channel} by {attempt.By}: {attempt.Outcome}{reason}{tail}", attempt.At,
            arguments));
    }

    public static ContactAttemptDto ToDto(ContactAttempt a) => new(a.Id, a.CaseId, a.Channel, a.Direction, a.Outcome, a.ReasonCode, a.Notes, a.By, a.At,
        a.OverrideRule, a.OverrideArguments is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(a.OverrideArguments), a.OverrideReason);
}
