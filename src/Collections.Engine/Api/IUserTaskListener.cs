namespace Collections.Engine.Api;

/// <summary>
/// Hears user tasks being created and completed, inside the unit of work that creates or completes them (after the
/// step settles, before the commit): what a listener writes through <see cref="UserTaskChanges.Transaction"/> commits
/// or rolls back with the engine's own change (DESIGN.md D13, the outbox). Registered in DI; the engine calls every
/// listener once per unit of work that created or completed at least one task. A listener that throws fails the unit of
/// work (an API command answers with the error, a job is retried), so keep it to writes in the given transaction.
/// </summary>
public interface IUserTaskListener
{
    Task OnUserTasksChangedAsync(UserTaskChanges changes, CancellationToken cancellationToken);
}
