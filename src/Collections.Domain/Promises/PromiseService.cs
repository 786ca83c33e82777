using Collections.Domain.Amounts;
using Collections.Domain.Cases;
using Collections.Domain.Cases.Contracts;
using Collections.Domain.Debtors;
using Collections.Domain.Errors;
using Collections.Domain.Invoices;
using Collections.Domain.Persistence;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Collections.Domain.Promises;

/// <summary>
/// Promises to pay. Making one sends <see cref="ProcessMessages.PromiseMade"/> with <c>promiseDate</c> = the instant the
/// promise falls due (midnight after the promised day in the debtor's time zone), so the process can wait until then
/// and check. The domain marks a promise kept when payments made by that date reach its amount, and broken
/// <see cref="CaseOptions.PromiseGraceDays"/> days after that instant (the playbook's <c>promiseGraceDays</c>), see <see cref="BreakDueAsync"/>.
/// </summary>
public sealed class PromiseService(DomainWork work, CaseProcess process, WebhookOutbox outbox, IOptions<CasePriorityOptions> priority, IOptions<CaseOptions> options)
{
    public Task<PromiseDto> CreateAsync(Guid caseId, PromiseInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("Case", caseId.ToString());
            var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
            var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
            var promise = await AddAsync(db, @case, invoice, debtor, input, cancellationToken);
            await process.TryCorrelateAsync(db, @case, ProcessMessages.PromiseMade, new Dictionary<string, object?>
            {
                ["promiseId"] = promise.Id.ToString(),
                ["promiseAmount"] = promise.Amount,
                ["promiseDate"] = DueInstant(promise.PromisedDate, debtor.TimeZone),
                ["promiseKept"] = false,
            }, cancellationToken);
            return ToDto(promise);
        }, cancellationToken);

    /// <summary>
    /// Validates and records a promise inside the caller's unit of work, with its timeline line and webhook, without
    /// telling the process: the caller decides (a call outcome's process reads <c>callOutcome</c> itself).
    /// </summary>
    internal async Task<PromiseToPay> AddAsync(DomainDbContext db, Case @case, Invoice invoice, Debtor debtor, PromiseInput input, CancellationToken cancellationToken)
    {
        @case.EnsureOpen();
        @case.Touch(work.Now);
        var money = Money.Positive(input.Amount, input.Currency, "amount", "currency");
        if (money.Currency != invoice.Currency) throw new MixedCurrencyException("currency", invoice.Currency, money.Currency);
        if (money > invoice.BalanceMoney)
        {
            throw new DomainValidationException("promise.exceeds-balance", "amount", $"The promise of {money} exceeds the balance of {invoice.BalanceMoney}.");
        }

        var date = input.PromiseDate ?? throw new DomainValidationException("field.required", "promiseDate", "'promiseDate' is required.");
        Validation.Check.Date(date, "promiseDate");
        if (await db.Promises.AnyAsync(p => p.CaseId == @case.Id && p.Status == PromiseStatuses.Open, cancellationToken))
        {
            throw new DomainConflictException("promise.already-open", $"Case {@case.Id} has an open promise; it must be kept or broken first.");
        }

        var promise = new PromiseToPay(work.NewId(), @case.Id, money, date, LocalToday(debtor.TimeZone), work.Now);
        db.Promises.Add(promise);
        process.Note(db, @case.Id, WebhookEvents.PromiseCreated, $"Promise to pay {money} by {date:yyyy-MM-dd}.",
            TimelineArguments.Of(("date", TimelineArguments.Day(date))).With(money));
        await outbox.EnqueueAsync(db, WebhookEvents.PromiseCreated, new { caseId = @case.Id, promise = ToDto(promise) }, work.NewId, work.Now, cancellationToken);
        return promise;
    }

    /// <summary>Marks every open promise whose due instant has passed as broken; returns how many.</summary>
    public async Task<int> BreakDueAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, DateOnly Date, string Zone)> candidates;
        var grace = options.Value.PromiseGraceDays;
        var tomorrow = work.Today.AddDays(1 - grace); // zones run up to 14 h ahead of UTC
        await using (var read = work.Read())
        {
            candidates = (await (from p in read.Promises
                                 join c in read.Cases on p.CaseId equals c.Id
                                 join d in read.Debtors on c.DebtorId equals d.Id
                                 where p.Status == PromiseStatuses.Open && p.PromisedDate <= tomorrow
                                 select new { p.Id, p.PromisedDate, d.TimeZone }).ToListAsync(cancellationToken))
                .Select(x => (x.Id, x.PromisedDate, x.TimeZone)).ToList();
        }

        var broken = 0;
        foreach (var candidate in candidates.Where(c => DueInstant(c.Date.AddDays(grace), c.Zone) <= work.Now))
        {
            if (await work.RunAsync(db => BreakAsync(db, candidate.Id, cancellationToken), cancellationToken)) broken++;
        }

        return broken;
    }

    public static PromiseDto ToDto(PromiseToPay p) => new(p.Id, p.Amount, p.Currency, p.PromisedDate, p.Status, p.PaidSoFar, p.CreatedAt);

    /// <summary>Midnight after <paramref name="date"/> in <paramref name="zone"/>, as UTC.</summary>
    public static DateTimeOffset DueInstant(DateOnly date, string zone) =>
        DateTimeZoneProviders.Tzdb[zone].AtStartOfDay(LocalDate.FromDateOnly(date.AddDays(1))).ToDateTimeOffset().ToUniversalTime();

    private DateOnly LocalToday(string zone) =>
        Instant.FromDateTimeOffset(work.Now).InZone(DateTimeZoneProviders.Tzdb[zone]).Date.ToDateOnly();

    private async Task<bool> BreakAsync(DomainDbContext db, Guid promiseId, CancellationToken cancellationToken)
    {
        var promise = await db.Promises.SingleAsync(p => p.Id == promiseId, cancellationToken);
        if (!promise.IsOpen) return false;
        promise.Break(work.Now);
        var @case = await db.Cases.SingleAsync(c => c.Id == promise.CaseId, cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        var debtor = await db.Debtors.SingleAsync(d => d.Id == @case.DebtorId, cancellationToken);
        @case.RecordBrokenPromise(work.Now);
        @case.Touch(work.Now);
        @case.SetPriority(priority.Value.Compute(invoice.Balance, invoice.DaysOverdue(work.Today), debtor.RiskScore, @case.BrokenPromises), work.Now);
        process.Note(db, @case.Id, WebhookEvents.PromiseBroken, $"Promise of {promise.Amount} {promise.Currency} by {promise.PromisedDate:yyyy-MM-dd} broken ({promise.PaidSoFar} paid).",
            TimelineArguments.Of(("date", TimelineArguments.Day(promise.PromisedDate)), ("paid", TimelineArguments.Amount(promise.PaidSoFar)))
                .With(new Money(promise.Amount, promise.Currency)));
        await outbox.EnqueueAsync(db, WebhookEvents.PromiseBroken, new { caseId = @case.Id, promise = ToDto(promise) }, work.NewId, work.Now, cancellationToken);
        return true;
    }
}
