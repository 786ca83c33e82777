using Collections.Domain.Cases;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Scheduling;

/// <summary>
/// Keeps each open case's <see cref="Case.Activity"/> and business <see cref="Case.Stage"/> in step with its process,
/// which moves on its own (timers, tasks completed in the inbox): compares the stored position with the activities the
/// instance waits in and the <c>stage</c> property they declare, stores the change and, when the business stage changed,
/// sends <see cref="WebhookEvents.CaseStageChanged"/> in the same transaction. A case whose process ended by itself
/// (handed to legal or an agency, written off in the playbook) closes with <see cref="CaseOutcomes.ProcessEnded"/>.
/// Reads active instances a page of 1,000 at a time per process key, so one pass costs a query per thousand cases.
/// </summary>
public sealed class StageObserver(DomainWork work, IProcessQueries queries, WebhookOutbox outbox)
{
    private const int Page = 1000;

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, Guid InstanceId, string ProcessKey, string? Activity, string? Stage)> open;
        await using (var read = work.Read())
        {
            open = (await read.Cases.Where(c => c.Status == CaseStatuses.Open && c.ProcessInstanceId != null)
                    .Select(c => new { c.Id, c.ProcessInstanceId, c.ProcessKey, c.Activity, c.Stage }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.ProcessInstanceId!.Value, c.ProcessKey, c.Activity, c.Stage)).ToList();
        }

        var changed = 0;
        var texts = new Dictionary<Guid, ProcessTexts?>();
        foreach (var group in open.GroupBy(c => c.ProcessKey))
        {
            var waiting = new Dictionary<Guid, ProcessInstanceInfo>();
            for (var skip = 0; ; skip += Page)
            {
                var instances = await queries.ListInstancesAsync(new InstanceQuery(DefinitionKey: group.Key, Status: ProcessInstanceStatus.Active, Skip: skip, Take: Page), cancellationToken);
                foreach (var instance in instances) waiting[instance.Id] = instance;
                if (instances.Count < Page) break;
            }

            foreach (var @case in group)
            {
                if (waiting.TryGetValue(@case.InstanceId, out var instance))
                {
                    if (!texts.TryGetValue(instance.DefinitionId, out var definitionTexts))
                    {
                        texts[instance.DefinitionId] = definitionTexts = await queries.GetProcessTextsAsync(instance.DefinitionId, cancellationToken);
                    }

                    var activity = Case.ActivityOf(instance.WaitingActivityIds);
                    var stage = definitionTexts?.StageOf(instance.WaitingActivityIds) ?? @case.Stage;
                    if ((activity != @case.Activity || stage != @case.Stage)
                        && await work.RunAsync(db => MoveAsync(db, @case.Id, activity, stage, cancellationToken), cancellationToken)) changed++;
                }
                else if (await queries.GetInstanceAsync(@case.InstanceId, cancellationToken) is { Status: not ProcessInstanceStatus.Active })
                {
                    if (await work.RunAsync(db => CloseEndedAsync(db, @case.Id, cancellationToken), cancellationToken)) changed++;
                }
            }
        }

        return changed;
    }

    private async Task<bool> MoveAsync(Persistence.DomainDbContext db, Guid caseId, string? activity, string? stage, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        if (!@case.IsOpen || (@case.Activity == activity && @case.Stage == stage)) return false;
        var from = @case.Stage;
        @case.ObservePosition(activity, stage, work.Now);
        @case.Touch(work.Now);
        if (@case.Stage != from)
        {
            db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, WebhookEvents.CaseStageChanged, $"Stage {from ?? "(none)"} → {@case.Stage ?? "(none)"}", work.Now,
                TimelineArguments.Of(("from", from), ("to", @case.Stage))));
            await outbox.EnqueueAsync(db, WebhookEvents.CaseStageChanged, new { caseId, from, to = @case.Stage, activity }, work.NewId, work.Now, cancellationToken);
        }

        return true;
    }

    private async Task<bool> CloseEndedAsync(Persistence.DomainDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        if (!@case.IsOpen) return false;
        var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
        @case.Close(CaseOutcomes.ProcessEnded, work.Now);
        @case.Touch(work.Now);
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, WebhookEvents.CaseClosed, $"The process ended by itself with a balance of {invoice.BalanceMoney}; the case is closed.", work.Now,
            TimelineArguments.Of(("outcome", CaseOutcomes.ProcessEnded)).With(invoice.BalanceMoney, "balance")));
        await outbox.EnqueueAsync(db, WebhookEvents.CaseClosed, CaseService.ToDto(@case, invoice, work.Today), work.NewId, work.Now, cancellationToken);
        return true;
    }
}
