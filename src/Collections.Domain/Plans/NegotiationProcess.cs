using Collections.Domain.Tasks;
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
public sealed class NegotiationProcess(TaskActions tasks, IProcessQueries queries, DomainWork work)
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

    /// <summary>
    /// Completes <paramref name="task"/> as <paramref name="actor"/> through <see cref="TaskActions"/>; false when it is no
    /// longer open, someone else holds it, or the actor may not work it: then the proposal is only recorded.
    /// </summary>
    public async Task<bool> TryCompleteAsync(UserTaskInfo task, Actor actor, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        try
        {
            await tasks.CompleteReadTaskAsync(actor, task, variables, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false; // completed or canceled since it was read: the proposal stays recorded
        }
        catch (TaskRefusedException)
        {
            return false; // a collector holds the step, or this actor may not work it: recorded for the collectors
        }
        catch (InvalidRequestException ex) when (ex.Code == "task.already-claimed")
        {
            return false; // claimed by someone else since it was read
        }
    }
}
