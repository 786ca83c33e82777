using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Outreach;

/// <summary>Records contact attempts made outside the process on the case and its timeline.</summary>
public sealed class ContactAttemptService(DomainWork work)
{
    public Task<ContactAttemptDto> RecordAsync(Guid caseId, ContactAttemptInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            if (input.Channel is not null && !ContactChannels.All.Contains(input.Channel))
            {
                throw new DomainValidationException("contact.channel-unknown", "channel", $"'{input.Channel}' is not a channel; use one of {string.Join(", ", ContactChannels.All)}.");
            }

            var at = input.At?.ToUniversalTime() ?? work.Now;
            if (at > work.Now.AddMinutes(5)) throw new DomainValidationException("contact.in-future", "at", "A contact attempt cannot be in the future.");
            var attempt = new ContactAttempt(work.NewId(), caseId, input.Channel!, input.Direction!, input.Outcome!, input.ReasonCode, input.Notes, input.By!, at);
            @case.Touch(work.Now);
            db.ContactAttempts.Add(attempt);
            db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, "contact.attempted", $"{attempt.Direction} {attempt.Channel} by {attempt.By}: {attempt.Outcome}{(attempt.ReasonCode is null ? string.Empty : " (" + attempt.ReasonCode + ")")}", at));
            return ToDto(attempt);
        }, cancellationToken);

    public static ContactAttemptDto ToDto(ContactAttempt a) => new(a.Id, a.CaseId, a.Channel, a.Direction, a.Outcome, a.ReasonCode, a.Notes, a.By, a.At);
}
