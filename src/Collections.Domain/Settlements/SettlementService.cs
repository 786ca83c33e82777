using System.Globalization;
using Collections.Domain.Amounts;
using Collections.Domain.Cases;
using Collections.Domain.Errors;
using Collections.Domain.Plans;
using Collections.Domain.Tasks;
using Collections.Domain.Validation;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Settlements;

/// <summary>
/// Settlement offers proposed over the API: a whole-percent discount off the case's balance, valid until a date. If
/// the case's process is negotiating, the offer completes its negotiation step (<c>negotiationType=settlement</c>,
/// <c>discountPercent</c>, <c>settlementOfferValidity</c>); the playbook then asks the group whose authority limit covers
/// the discount to approve it, and <see cref="SettlementApprovalListener"/> records that decision on the offer.
/// Otherwise the offer is recorded on the case for the collectors and stays pending.
/// </summary>
public sealed class SettlementService(DomainWork work, CaseProcess process, NegotiationProcess negotiation)
{
    /// <summary>Without <c>expiresOn</c>: the playbook's default <c>settlementOfferValidity</c> (P10D).</summary>
    public const int DefaultValidityDays = 10;

    public async Task<SettlementOfferDto> ProposeAsync(Guid caseId, SettlementOfferInput input, Actor proposer, CancellationToken cancellationToken)
    {
        var discount = input.DiscountPercent;
        if (discount is <= 0 or >= 100)
        {
            throw new DomainValidationException("settlement.discount-range", "discountPercent", $"The discount is a percentage between 1 and 99; got {discount.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (discount != Math.Truncate(discount))
        {
            throw new DomainValidationException("settlement.discount-whole", "discountPercent", "The discount is a whole percentage (as in the negotiation form).");
        }

        var notes = Check.OptionalMultilineText(input.Notes, "notes", 1000);
        var task = await negotiation.FindOpenTaskAsync(caseId, cancellationToken);
        var proposed = await work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            @case.EnsureOpen();
            @case.Touch(work.Now);
            var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
            var today = work.Today;
            var expiresOn = Check.Date(input.ExpiresOn ?? today.AddDays(DefaultValidityDays), "expiresOn");
            if (expiresOn <= today)
            {
                throw new DomainValidationException("settlement.expiry-not-future", "expiresOn", $"The offer must expire after today ({today:yyyy-MM-dd}); got {expiresOn:yyyy-MM-dd}.");
            }

            var offer = new SettlementOffer(work.NewId(), caseId, invoice.BalanceMoney, discount, work.Now);
            CheckCrossValues(input, offer);
            var open = await db.SettlementOffers.Where(o => o.CaseId == caseId && o.ApprovalState != SettlementApprovalStates.Rejected).ToListAsync(cancellationToken);
            if (open.FirstOrDefault(o => o.ApprovalState == SettlementApprovalStates.Pending && !o.IsExpired(today)) is { } pending)
            {
                throw new DomainConflictException("settlement.pending", $"Offer {pending.Id} of case {caseId} is still pending until {pending.ExpiresOn:yyyy-MM-dd}; one offer is decided at a time.");
            }

            offer.Describe(expiresOn, proposer.Id, notes);
            db.SettlementOffers.Add(offer);
            if (task is not null && await negotiation.TryCompleteAsync(task, proposer, Variables(offer, today, notes), cancellationToken)) offer.AgreedInProcess();
            var what = $"Settlement offer: {offer.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture)}% off {invoice.BalanceMoney}, pay {offer.Amount.ToString(CultureInfo.InvariantCulture)} {offer.Currency} by {expiresOn:yyyy-MM-dd}";
            process.Note(db, caseId, "settlement.proposed", offer.ProcessState == NegotiationProcessStates.Agreed
                ? $"{what}; sent for approval."
                : $"{what}; the process was not negotiating, so it is recorded for the collectors.",
                TimelineArguments.Of(("discount", offer.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture)), ("date", TimelineArguments.Day(expiresOn)),
                    ("agreed", TimelineArguments.Flag(offer.ProcessState == NegotiationProcessStates.Agreed))).With(new Money(offer.Amount, offer.Currency)).With(invoice.BalanceMoney, "balance"));
            return offer;
        }, cancellationToken);

        // Mapped after the commit: the approval task the process opened in the same transaction is noted on the offer.
        return ToDto(proposed, work.Today);
    }

    public async Task<IReadOnlyList<SettlementOfferDto>?> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken)) return null;
        var offers = await db.SettlementOffers.Where(o => o.CaseId == caseId).ToListAsync(cancellationToken);
        return offers.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Select(o => ToDto(o, work.Today)).ToList();
    }

    public async Task<SettlementOfferDto?> GetAsync(Guid caseId, Guid offerId, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var offer = await db.SettlementOffers.SingleOrDefaultAsync(o => o.Id == offerId && o.CaseId == caseId, cancellationToken);
        return offer is null ? null : ToDto(offer, work.Today);
    }

    public static SettlementOfferDto ToDto(SettlementOffer o, DateOnly today) => new(
        o.Id, o.CaseId, o.DiscountPercent, o.Amount, o.Currency, o.Balance, o.ApprovalState, o.Approver, o.DecidedAt,
        o.ApprovalGroups is { Length: > 0 } groups ? groups.Split(',') : [], o.ExpiresOn, o.IsExpired(today), o.ProcessState, o.ProposedBy, o.Notes, o.CreatedAt);

    /// <summary><c>amount</c> and <c>currency</c> are optional; sent, they must be what the discount gives.</summary>
    private static void CheckCrossValues(SettlementOfferInput input, SettlementOffer offer)
    {
        if (input.Currency is not null)
        {
            var currency = Amounts.Currency.Validate(input.Currency, "currency");
            if (currency != offer.Currency) throw new MixedCurrencyException("currency", offer.Currency, currency);
        }

        if (input.Amount is { } amount)
        {
            Money.CheckAmount(amount, offer.Currency, "amount", allowZero: false);
            if (amount != offer.Amount)
            {
                throw new DomainValidationException("settlement.amount-mismatch", "amount",
                    $"{offer.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture)}% off {offer.Balance.ToString(CultureInfo.InvariantCulture)} {offer.Currency} is {offer.Amount.ToString(CultureInfo.InvariantCulture)}, not {amount.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }

    /// <summary>The negotiation form's variables; the offer's validity as the ISO duration the playbook's expiry timer reads.</summary>
    private static Dictionary<string, object?> Variables(SettlementOffer offer, DateOnly today, string? notes) => new()
    {
        [NegotiationSteps.NegotiationType] = NegotiationSteps.SettlementType,
        ["discountPercent"] = (long)offer.DiscountPercent,
        ["settlementOfferValidity"] = $"P{offer.ExpiresOn.DayNumber - today.DayNumber}D",
        ["settlementOfferId"] = offer.Id.ToString(),
        ["settlementAmount"] = offer.Amount,
        ["notes"] = notes,
    };
}
