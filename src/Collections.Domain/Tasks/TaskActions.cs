using Collections.Domain.Outreach.Calls;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;

namespace Collections.Domain.Tasks;

/// <summary>
/// The one way to claim, unclaim, delegate and complete a user task: every entry point (engine task API, inbox, call
/// outcomes, negotiation proposals) comes here with an <see cref="Actor"/> built from its principal. Each action reads
/// the task before any write, asks <see cref="TaskAuthorization"/>, then calls the engine; each ends in exactly one
/// private method per action (<c>…CoreAsync</c>), which is where an audit of task actions belongs.
/// </summary>
public sealed class TaskActions(IProcessEngine engine, IProcessQueries queries, DomainWork work, CallOutcomeRecorder calls, IActorDirectory directory)
{
    public async Task ClaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        await ClaimCoreAsync(actor, task, cancellationToken);
    }

    public async Task UnclaimAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        await UnclaimCoreAsync(actor, task, cancellationToken);
    }

    /// <summary>Assigns the task to <paramref name="userId"/> (a staff member's user name), or back to its groups when null.</summary>
    public async Task DelegateAsync(Actor actor, Guid taskId, string? userId, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        var target = string.IsNullOrWhiteSpace(userId) ? null
            : await directory.FindUserAsync(userId.Trim(), cancellationToken)
              ?? throw new InvalidRequestException("task.unknown-user", $"There is no staff member '{userId.Trim()}'.", "userId");
        await DelegateCoreAsync(actor, task, target, cancellationToken);
    }

    /// <summary>
    /// Completes the task as <paramref name="actor"/> (claiming it first when it is unassigned and offered to them). The
    /// engine checks the values against the task's form; a call or visit's outcome lands on its case in the same
    /// transaction (<see cref="CallOutcomeRecorder"/>).
    /// </summary>
    public async Task CompleteAsync(Actor actor, Guid taskId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        var caseId = await calls.CaseIdOfAsync(task, cancellationToken); // read before the write
        await work.RunAsync(async db =>
        {
            await CompleteCoreAsync(actor, task, variables, cancellationToken);
            return caseId is null ? null : await calls.RecordAsync(db, task, caseId.Value, variables, actor.Id, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Completes a task read before the caller's unit of work, inside it (reads never run inside a write): the
    /// negotiation step a proposal completes. The engine's claim refuses a task someone took since it was read.
    /// </summary>
    internal Task CompleteReadTaskAsync(Actor actor, UserTaskInfo task, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken) =>
        CompleteCoreAsync(actor, task, variables, cancellationToken);

    private async Task ClaimCoreAsync(Actor actor, UserTaskInfo task, CancellationToken cancellationToken)
    {
        Check(TaskAuthorization.Claim(actor, task));
        await engine.ClaimUserTaskAsync(task.Id, actor.Id, cancellationToken);
    }

    private async Task UnclaimCoreAsync(Actor actor, UserTaskInfo task, CancellationToken cancellationToken)
    {
        Check(TaskAuthorization.Unclaim(actor, task));
        await engine.UnclaimUserTaskAsync(task.Id, cancellationToken);
    }

    private async Task DelegateCoreAsync(Actor actor, UserTaskInfo task, Actor? target, CancellationToken cancellationToken)
    {
        Check(TaskAuthorization.Delegate(actor, task, target));
        await engine.SetUserTaskAssigneeAsync(task.Id, target?.Id, cancellationToken);
    }

    private async Task CompleteCoreAsync(Actor actor, UserTaskInfo task, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken)
    {
        Check(TaskAuthorization.Complete(actor, task));
        // Claiming as the actor in the same transaction: a no-op for the assignee, the claim of claim-and-complete
        // otherwise, and a refusal when someone took the task since it was read. The engine records the assignee as
        // the one who completed it (settlement approver, task.completed webhook).
        await engine.ClaimUserTaskAsync(task.Id, actor.Id, cancellationToken);
        await engine.CompleteUserTaskAsync(task.Id, variables, cancellationToken);
    }

    private async Task<UserTaskInfo> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        await queries.GetUserTaskAsync(taskId, cancellationToken) ?? throw new NotFoundException("User task", taskId.ToString());

    private static void Check(TaskRefusedException? refusal)
    {
        if (refusal is not null) throw refusal;
    }
}
