using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;

namespace Collections.Engine.Jobs;

/// <summary>Fires an instance timer; a non-interrupting cycle schedules its next firing.</summary>
internal sealed class TimerJobHandler : IJobHandler
{
    public string Type => JobTypes.Timer;

    public async Task ExecuteAsync(CommandContext context, JobRecord job)
    {
        var run = await context.LoadRunAsync(job.ProcessInstanceId!.Value);
        var owner = job.ActivityInstanceId is { } id ? run.State.Find(id) : null;
        if (owner is null) return;
        var element = run.Model.GetNode(job.ActivityId);
        if (!context.TriggerEvent(run, owner, element, null)) return;
        var repeats = element is BoundaryEvent { CancelActivity: false } || element is StartEvent { IsInterrupting: false };
        if (repeats && run.State.Activities.Contains(owner) && TimerPayload.NextAfter(job.Payload, job.DueAt, context.Now) is { } next)
        {
            context.AddTimerJob(run, owner, element, next);
        }
    }
}
