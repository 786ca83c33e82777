using Collections.Domain.Cases;
using Collections.Domain.Disputes;
using Collections.Domain.Invoices;
using Collections.Domain.Persistence;
using Collections.Domain.Suspension;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Workers;

/// <summary>
/// Serves the playbook's topics that are domain facts, each in one transaction with the task's completion (D13):
/// <c>suspend-service</c> and <c>restore-service</c> record the case's <see cref="ServiceSuspension"/> and tell the
/// integrator (<c>service.suspension_requested</c>, <c>service.restore_requested</c>); <c>notify-webhook</c> sends the
/// task's <c>event</c>, keeping the domain in step: a dispute opened or resolved in the process (courtesy call, inbox)
/// is recorded, one already recorded through the API is not announced twice, <c>case.written_off</c> closes the case;
/// <c>open-case</c> opens the invoice's case at once, carrying the calling process's variables.
/// </summary>
public sealed partial class ProcessTaskWorker(
    IProcessEngine engine, DomainWork work, WebhookOutbox outbox, CaseService cases, IOptions<CaseOptions> caseOptions, ILogger<ProcessTaskWorker> logger)
{
    public const string WorkerId = "collections-domain";

    private static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(1);

    /// <summary>Fetches and handles up to <paramref name="maxTasks"/> tasks; returns how many completed.</summary>
    public async Task<int> RunOnceAsync(int maxTasks, CancellationToken cancellationToken)
    {
        var tasks = await engine.FetchAndLockAsync(
            new FetchAndLockRequest(WorkerId, maxTasks, ProcessTaskTopics.All.Select(t => new FetchTopic(t, LockDuration)).ToList()), cancellationToken);
        var done = 0;
        foreach (var locked in tasks)
        {
            try
            {
                await work.RunAsync(async db =>
                {
                    await HandleAsync(db, locked, cancellationToken);
                    await engine.CompleteExternalTaskAsync(locked.Task.Id, WorkerId, Output(locked.Task.TopicName), null, cancellationToken);
                    return true;
                }, cancellationToken);
                done++;
            }
            catch (CollectionsException ex)
            {
                LogFailed(locked.Task.Id, locked.Task.TopicName, ex.Message);
                await engine.FailExternalTaskAsync(locked.Task.Id, WorkerId, ex.Message, null, 0, TimeSpan.Zero, cancellationToken);
            }
        }

        return done;
    }

    private static Dictionary<string, object?>? Output(string topic) => topic switch
    {
        ProcessTaskTopics.SuspendService => new() { ["serviceSuspended"] = true },
        ProcessTaskTopics.RestoreService => new() { ["serviceSuspended"] = false },
        _ => null,
    };

    private async Task HandleAsync(DomainDbContext db, LockedExternalTask locked, CancellationToken cancellationToken)
    {
        var task = locked.Task;
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.ProcessInstanceId == task.ProcessInstanceId, cancellationToken)
            ?? (task.BusinessKey is { } number
                ? await (from c in db.Cases join i in db.Invoices on c.InvoiceId equals i.Id where i.Number == number select c).SingleOrDefaultAsync(cancellationToken)
                : null);
        var caseId = @case?.Id;
        var text = (string name) => locked.Variables.TryGetValue(name, out var v) ? v.AsString() : null;
        switch (task.TopicName)
        {
            case ProcessTaskTopics.SuspendService when @case is not null:
            {
                var suspension = await db.ServiceSuspensions.Where(s => s.CaseId == @case.Id).OrderByDescending(s => s.RequestedAt).FirstOrDefaultAsync(cancellationToken);
                if (suspension is null || suspension.State == "restored") db.ServiceSuspensions.Add(new ServiceSuspension(work.NewId(), @case.Id, work.Now));
                Note(db, @case.Id, WebhookEvents.ServiceSuspensionRequested, "The process asked to suspend the debtor's service.",
                    TimelineArguments.Of(("channel", text("channel")), ("template", text("template"))));
                await outbox.EnqueueAsync(db, WebhookEvents.ServiceSuspensionRequested, new { caseId, template = text("template"), channel = text("channel") }, work.NewId, work.Now, cancellationToken);
                break;
            }

            case ProcessTaskTopics.RestoreService when @case is not null:
            {
                var suspension = await db.ServiceSuspensions.Where(s => s.CaseId == @case.Id).OrderByDescending(s => s.RequestedAt).FirstOrDefaultAsync(cancellationToken);
                suspension?.Restore(work.Now);
                Note(db, @case.Id, WebhookEvents.ServiceRestoreRequested, $"The process asked to restore the debtor's service ({text("reason") ?? "no reason"}).",
                    TimelineArguments.Of(("reason", text("reason"))));
                await outbox.EnqueueAsync(db, WebhookEvents.ServiceRestoreRequested, new { caseId, reason = text("reason") }, work.NewId, work.Now, cancellationToken);
                break;
            }

            case ProcessTaskTopics.NotifyWebhook:
                await NotifyAsync(db, @case, text("event") ?? "process.notification", text, cancellationToken);
                break;

            case ProcessTaskTopics.OpenCase when @case is null:
                await OpenCaseAsync(db, locked, text("processKey") ?? caseOptions.Value.DefaultProcessKey, cancellationToken);
                break;

            case ProcessTaskTopics.OpenCase:
                break; // opened already (an integrator's POST /cases, or a retry of this task): nothing more to do

            default:
                throw new InvalidRequestException("worker.no-case", $"No case belongs to process instance {task.ProcessInstanceId} (business key {task.BusinessKey}).");
        }
    }

    private async Task NotifyAsync(DomainDbContext db, Case? @case, string eventType, Func<string, string?> text, CancellationToken cancellationToken)
    {
        var caseId = @case?.Id;
        if (@case is not null && eventType is WebhookEvents.DisputeOpened or WebhookEvents.DisputeResolved)
        {
            var open = await db.Disputes.Where(d => d.CaseId == @case.Id && d.Status == DisputeStatuses.Open).FirstOrDefaultAsync(cancellationToken);
            if (eventType == WebhookEvents.DisputeOpened)
            {
                if (open is not null) return; // opened through the API: already announced
                var reason = text("disputeReason");
                var dispute = new Dispute(work.NewId(), @case.Id, reason, null, "Opened by the process.", work.Now);
                db.Disputes.Add(dispute);
                Note(db, @case.Id, WebhookEvents.DisputeOpened, $"Dispute opened by the process: {dispute.Reason}.",
                    TimelineArguments.Of(("reason", dispute.Reason), ("by", "process")));
                await outbox.EnqueueAsync(db, eventType, CaseService.ToDto(dispute), work.NewId, work.Now, cancellationToken);
                return;
            }

            if (open is null && await db.Disputes.AnyAsync(d => d.CaseId == @case.Id, cancellationToken)) return; // resolved through the API
            if (open is not null)
            {
                open.Close(DisputeStatuses.Resolved, text("outcome") ?? text("disputeOutcome"), work.Now);
                Note(db, @case.Id, WebhookEvents.DisputeResolved, "Dispute resolved in the process.",
                    TimelineArguments.Of(("status", DisputeStatuses.Resolved), ("outcome", text("outcome") ?? text("disputeOutcome")), ("by", "process")));
                await outbox.EnqueueAsync(db, eventType, CaseService.ToDto(open), work.NewId, work.Now, cancellationToken);
                return;
            }
        }

        if (@case is not null && eventType == WebhookEvents.CaseWrittenOff && @case.IsOpen)
        {
            var invoice = await db.Invoices.SingleAsync(i => i.Id == @case.InvoiceId, cancellationToken);
            @case.Close(CaseOutcomes.WrittenOff, work.Now);
            @case.Touch(work.Now);
            invoice.Close(work.Now);
        }

        if (caseId is { } id) Note(db, id, eventType, $"The process announced {eventType}.",
            TimelineArguments.Of(("event", eventType), ("outcome", text("outcome")), ("by", "process")));
        await outbox.EnqueueAsync(db, eventType, new { caseId, outcome = text("outcome"), disputeReason = text("disputeReason") }, work.NewId, work.Now, cancellationToken);
    }

    private async Task OpenCaseAsync(DomainDbContext db, LockedExternalTask locked, string processKey, CancellationToken cancellationToken)
    {
        var number = locked.Task.BusinessKey
            ?? throw new InvalidRequestException("worker.no-invoice", $"Process instance {locked.Task.ProcessInstanceId} has no business key naming an invoice.");
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Number == number, cancellationToken)
            ?? throw new InvalidRequestException("worker.no-invoice", $"No invoice has number '{number}' (business key of process instance {locked.Task.ProcessInstanceId}).");
        if (invoice.Status != InvoiceStatuses.Open) return; // paid or closed meanwhile: no collection to start

        var carried = locked.Variables.ToDictionary(v => v.Key, v => v.Value.ToClr());
        var @case = await cases.OpenInAsync(db, invoice, processKey, null, cancellationToken, carried);
        Note(db, @case.Id, "case.opened-early", $"Opened before the due date by process {locked.Task.DefinitionKey} ({locked.Task.ActivityId}).",
            TimelineArguments.Of(("process", locked.Task.DefinitionKey), ("invoice", invoice.Number)));
    }

    private void Note(DomainDbContext db, Guid caseId, string kind, string summary, IReadOnlyDictionary<string, string> arguments) =>
        db.Timeline.Add(new TimelineEntry(work.NewId(), caseId, kind, summary, work.Now, arguments));

    [LoggerMessage(Level = LogLevel.Warning, Message = "External task {TaskId} ({Topic}) failed in the domain worker: {Reason}")]
    private partial void LogFailed(Guid taskId, string topic, string reason);
}
