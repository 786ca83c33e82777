using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Plans;

/// <summary>
/// Drives the playbook's negotiation step for a proposal made over the API: finds the case's open
/// <see cref="NegotiationSteps.NegotiateTask"/> (before the command's transaction: reads never run inside a write) and
/// completes it inside the command's unit of work, as the proposer, with the variables its form asks for.
/// </summary>
public sealed class NegotiationProcess(IProcessEngine engine, IProcessQueries queries, DomainWork work)
{
    public async Task<UserTaskInfo?> FindOpenTaskAsync(Guid caseId, CancellationToken cancellationToken)
    {
        Guid? instanceId;
        await using (var read = work.Read())
        {
            instanceId = await read.Cases.Where(c => c.Id == caseId).Select(c => c.ProcessInstanceId).SingleOrDefaultAsync(cancellationToken);
        }

        if (instanceId is null) return null;
        var tasks = await queries.ListUserTasksAsync(new UserTaskQuery(RootInstanceId: instanceId, TaskDefinitionKey: NegotiationSteps.NegotiateTask), cancellationToken);
        return tasks.Count == 0 ? null : tasks[0];
    }

    /// <summary>Completes <paramref name="task"/> as <paramref name="actor"/> (its assignee unless someone claimed it); false when it is no longer open.</summary>
    public async Task<bool> TryCompleteAsync(UserTaskInfo task, string actor, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        try
        {
            if (task.Assignee is null) await engine.ClaimUserTaskAsync(task.Id, actor, cancellationToken);
            await engine.CompleteUserTaskAsync(task.Id, variables, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false; // completed or canceled since it was read: the proposal stays recorded
        }
        catch (InvalidRequestException ex) when (ex.Code == "task.already-claimed")
        {
            await engine.CompleteUserTaskAsync(task.Id, variables, cancellationToken);
            return true;
        }
    }
}
