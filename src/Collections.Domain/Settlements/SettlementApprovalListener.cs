using System.Globalization;
using Collections.Domain.Amounts;
using Collections.Domain.Cases;
using Collections.Domain.Persistence;
using Collections.Domain.Plans;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Settlements;

/// <summary>
/// Keeps settlement offers in step with the playbook's approval, in the transaction of the engine step:
/// <list type="bullet">
/// <item>a collector completes the negotiation with a settlement in the inbox: the offer is recorded on the case;</item>
/// <item>the approval task opens: the offer notes the task and the groups that may decide;</item>
/// <item>the approval task completes: the offer is approved or rejected by whoever completed it.</item>
/// </list>
/// Only cases' processes count; other tasks cost nothing (no query).
/// </summary>
internal sealed class SettlementApprovalListener(DomainWork work, DomainDbContextFactory factory) : IUserTaskListener
{
    public async Task OnUserTasksChangedAsync(UserTaskChanges changes, CancellationToken cancellationToken)
    {
        var relevant = changes.Created.Any(t => t.TaskDefinitionKey == NegotiationSteps.ApproveDiscountTask)
            || changes.Completed.Any(c => c.Task.TaskDefinitionKey is NegotiationSteps.ApproveDiscountTask or NegotiationSteps.NegotiateTask);
        if (!relevant) return;
        if (work.TryDefer((db, token) => ApplyAsync(db, changes, token))) return;
        await using var db = await factory.JoinAsync(changes.Transaction.Connection, changes.Transaction.Transaction, cancellationToken);
        await ApplyAsync(db, changes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(DomainDbContext db, UserTaskChanges changes, CancellationToken cancellationToken)
    {
        var roots = changes.Created.Select(t => t.RootInstanceId).Concat(changes.Completed.Select(c => c.Task.RootInstanceId)).Distinct().ToList();
        var cases = await CasesByInstance.FindAsync(db, roots, cancellationToken);
        foreach (var done in changes.Completed)
        {
            if (!cases.TryGetValue(done.Task.RootInstanceId, out var owner)) continue;
            if (done.Task.TaskDefinitionKey == NegotiationSteps.NegotiateTask) RecordInboxOffer(db, owner.Case, owner.Invoice, done);
            else await DecideAsync(db, owner.Case, done, cancellationToken);
        }

        foreach (var task in changes.Created.Where(t => t.TaskDefinitionKey == NegotiationSteps.ApproveDiscountTask))
        {
            if (!cases.TryGetValue(task.RootInstanceId, out var owner)) continue;
            var offer = db.SettlementOffers.Local.Where(o => o.CaseId == owner.Case.Id && AwaitsTask(o)).MaxBy(o => o.CreatedAt)
                ?? (await db.SettlementOffers.Where(o => o.CaseId == owner.Case.Id && o.ApprovalState == SettlementApprovalStates.Pending
                        && o.ProcessState == NegotiationProcessStates.Agreed && o.ApprovalTaskId == null).ToListAsync(cancellationToken)).MaxBy(o => o.CreatedAt);
            if (offer is null) continue;
            offer.AwaitApproval(task.Id, task.CandidateGroups);
            Note(db, owner.Case.Id, "settlement.awaiting-approval", $"Settlement offer {offer.Id} awaits approval by {string.Join(", ", task.CandidateGroups)}.",
                TimelineArguments.Of(("groups", string.Join(",", task.CandidateGroups))).With(new Money(offer.Amount, offer.Currency)));
        }
    }

    private static bool AwaitsTask(SettlementOffer o) =>
        o.ApprovalState == SettlementApprovalStates.Pending && o.ProcessState == NegotiationProcessStates.Agreed && o.ApprovalTaskId is null;

    /// <summary>A settlement agreed in the inbox (not through the API, which sends its offer id along) becomes an offer too.</summary>
    private void RecordInboxOffer(DomainDbContext db, Case @case, Invoices.Invoice invoice, CompletedUserTask done)
    {
        if (!Is(done.Variables, NegotiationSteps.NegotiationType, NegotiationSteps.SettlementType) || done.Variables.ContainsKey("settlementOfferId")) return;
        decimal discount;
        switch (done.Variables.GetValueOrDefault("discountPercent"))
        {
            case long whole: discount = whole; break;
            case decimal fraction: discount = fraction; break;
            default: return;
        }

        if (discount is <= 0 or >= 100) return; // the approval step will refuse it; nothing to offer
        var offer = new SettlementOffer(work.NewId(), @case.Id, invoice.BalanceMoney, discount, work.Now);
        offer.Describe(work.Today.AddDays(SettlementService.DefaultValidityDays), done.CompletedBy, done.Variables.GetValueOrDefault("notes") as string);
        offer.AgreedInProcess();
        db.SettlementOffers.Add(offer);
        Note(db, @case.Id, "settlement.proposed",
            $"Settlement offer from the negotiation{(done.CompletedBy is null ? string.Empty : " by " + done.CompletedBy)}: {discount.ToString("0.##", CultureInfo.InvariantCulture)}% off, pay {offer.Amount.ToString(CultureInfo.InvariantCulture)} {offer.Currency}.",
            TimelineArguments.Of(("discount", discount.ToString("0.##", CultureInfo.InvariantCulture)), ("by", done.CompletedBy), ("agreed", "true"))
                .With(new Money(offer.Amount, offer.Currency)));
    }

    private async Task DecideAsync(DomainDbContext db, Case @case, CompletedUserTask done, CancellationToken cancellationToken)
    {
        if (done.Variables.GetValueOrDefault(NegotiationSteps.DiscountApproved) is not bool approved) return;
        var taskId = done.Task.Id;
        var offer = db.SettlementOffers.Local.FirstOrDefault(o => o.ApprovalTaskId == taskId)
            ?? await db.SettlementOffers.SingleOrDefaultAsync(o => o.ApprovalTaskId == taskId, cancellationToken);
        if (offer is null || offer.ApprovalState != SettlementApprovalStates.Pending) return;
        var approver = done.CompletedBy ?? "unknown";
        offer.Decide(approved, approver, work.Now);
        Note(db, @case.Id, approved ? "settlement.approved" : "settlement.rejected",
            $"Settlement offer {offer.Id} ({offer.Amount.ToString(CultureInfo.InvariantCulture)} {offer.Currency}) {(approved ? "approved" : "rejected")} by {approver}.",
            TimelineArguments.Of(("by", approver)).With(new Money(offer.Amount, offer.Currency)));
    }

    private static bool Is(IReadOnlyDictionary<string, object?> variables, string name, string value) =>
        variables.GetValueOrDefault(name) is string s && s == value;

    private void Note(DomainDbContext db, Guid caseId, string kind, string summary, IReadOnlyDictionary<string, string> arguments) =>
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, kind, summary, work.Now, arguments));
}
