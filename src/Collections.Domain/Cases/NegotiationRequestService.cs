using System.Globalization;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Errors;
using Collections.Domain.Validation;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Cases;

/// <summary>
/// A request for a payment plan or a settlement discount taken outside a call task (the case page): noted on the
/// timeline and sent to the process as <see cref="ProcessMessages.NegotiationRequested"/>, which the playbook catches
/// while its stages run and answers with the <b>Negotiate with debtor</b> task.
/// </summary>
public sealed class NegotiationRequestService(DomainWork work, CaseProcess process)
{
    public const int MaxInstallments = 60;

    public Task<NegotiationRequestDto> RequestAsync(Guid caseId, NegotiationRequestInput input, string by, CancellationToken cancellationToken)
    {
        var kind = Check.Text(input.Kind, "kind", 20);
        if (kind is not (NegotiationKinds.PaymentPlan or NegotiationKinds.Settlement))
        {
            throw new DomainValidationException("negotiation.kind-unknown", "kind", $"'{kind}' is not a negotiation; use '{NegotiationKinds.PaymentPlan}' or '{NegotiationKinds.Settlement}'.");
        }

        if (input.Installments is { } n && (kind != NegotiationKinds.PaymentPlan || n is < 2 or > MaxInstallments))
        {
            throw new DomainValidationException("negotiation.installments", "installments", kind == NegotiationKinds.PaymentPlan
                ? $"'installments' must be between 2 and {MaxInstallments}." : "'installments' belongs to a payment plan.");
        }

        if (input.DiscountPercent is { } p && (kind != NegotiationKinds.Settlement || p is < 1 or > 99))
        {
            throw new DomainValidationException("negotiation.discount", "discountPercent", kind == NegotiationKinds.Settlement
                ? "'discountPercent' must be between 1 and 99." : "'discountPercent' belongs to a settlement.");
        }

        var notes = Check.OptionalMultilineText(input.Notes, "notes", 2000);
        return work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            @case.EnsureOpen();
            @case.Touch(work.Now);
            var what = kind == NegotiationKinds.PaymentPlan
                ? "Payment plan" + (input.Installments is { } count ? string.Create(CultureInfo.InvariantCulture, $" in {count} installments") : string.Empty)
                : "Settlement discount" + (input.DiscountPercent is { } percent ? string.Create(CultureInfo.InvariantCulture, $" of {percent}%") : string.Empty);
            process.Note(db, caseId, "negotiation.requested", $"{what} requested by {by}{(notes is null ? "." : ": " + notes)}",
                TimelineArguments.Of(("kind", kind), ("by", by), ("notes", notes),
                    ("installments", input.Installments is { } n ? TimelineArguments.Number(n) : null),
                    ("discount", input.DiscountPercent is { } p ? TimelineArguments.Number(p) : null)));
            var variables = new Dictionary<string, object?> { ["negotiationType"] = kind };
            if (input.Installments is { } i) variables["installments"] = (long)i;
            if (input.DiscountPercent is { } d) variables["discountPercent"] = (long)d;
            if (notes is not null) variables["negotiationNotes"] = notes;
            var taken = await process.TryCorrelateAsync(db, @case, ProcessMessages.NegotiationRequested, variables, cancellationToken);
            return new NegotiationRequestDto(caseId, kind, input.Installments, input.DiscountPercent, notes, by, taken, work.Now);
        }, cancellationToken);
    }
}
