using Collections.Domain.Cases;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Collections.Engine.Api;

namespace Collections.Domain.Webhooks;

/// <summary>
/// Sends <see cref="WebhookEvents.TaskCreated"/> and <see cref="WebhookEvents.TaskCompleted"/> for the user tasks of
/// processes that belong to a case, in the transaction of the engine step that created or completed them (outbox,
/// DESIGN.md D13). Inside a domain command the events are written just before that command saves, so a task created
/// while its case is being opened finds the case; otherwise (inbox, jobs) on a context joined to the engine's
/// transaction. Nothing is read when no subscription wants task events.
/// </summary>
internal sealed class TaskWebhookListener(DomainWork work, DomainDbContextFactory factory, WebhookOutbox outbox) : IUserTaskListener
{
    public async Task OnUserTasksChangedAsync(UserTaskChanges changes, CancellationToken cancellationToken)
    {
        if (work.TryDefer((db, token) => EmitAsync(db, changes, token))) return;
        await using var db = await factory.JoinAsync(changes.Transaction.Connection, changes.Transaction.Transaction, cancellationToken);
        await EmitAsync(db, changes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EmitAsync(DomainDbContext db, UserTaskChanges changes, CancellationToken cancellationToken)
    {
        var active = await outbox.ActiveAsync(db, cancellationToken);
        var wantsCreated = changes.Created.Count > 0 && active.Any(s => s.Wants(WebhookEvents.TaskCreated));
        var wantsCompleted = changes.Completed.Count > 0 && active.Any(s => s.Wants(WebhookEvents.TaskCompleted));
        if (!wantsCreated && !wantsCompleted) return;

        var roots = changes.Created.Select(t => t.RootInstanceId).Concat(changes.Completed.Select(c => c.Task.RootInstanceId)).Distinct().ToList();
        var cases = await CasesByInstance.FindAsync(db, roots, cancellationToken);
        if (wantsCompleted)
        {
            foreach (var done in changes.Completed)
            {
                if (!cases.TryGetValue(done.Task.RootInstanceId, out var owner)) continue;
                var payload = Payload(done.Task, owner) with { CompletedBy = done.CompletedBy, CompletedAt = done.CompletedAt, Variables = done.Variables };
                outbox.Enqueue(db, active, WebhookEvents.TaskCompleted, payload, work.NewId, work.Now);
            }
        }

        if (wantsCreated)
        {
            foreach (var task in changes.Created)
            {
                if (cases.TryGetValue(task.RootInstanceId, out var owner)) outbox.Enqueue(db, active, WebhookEvents.TaskCreated, Payload(task, owner), work.NewId, work.Now);
            }
        }
    }

    private static TaskWebhookPayload Payload(UserTaskSnapshot task, (Case Case, Invoices.Invoice Invoice) owner) => new(
        task.Id, owner.Case.Id, owner.Invoice.Id, owner.Invoice.ExternalId, owner.Invoice.Number, task.ProcessInstanceId, task.TaskDefinitionKey,
        task.Name, task.CandidateGroups, task.CandidateUsers, task.Assignee, task.Priority, task.CreatedAt, task.DueDate, task.FollowUpDate);
}
