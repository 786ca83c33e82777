using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;

namespace Collections.Engine.Jobs;

/// <summary>Starts a new instance from a timer start event and schedules the cycle's next start.</summary>
internal sealed class TimerStartJobHandler : IJobHandler
{
    public string Type => JobTypes.TimerStart;

    public async Task ExecuteAsync(CommandContext context, JobRecord job)
    {
        var definition = await context.Definitions.GetAsync(context.Db, job.DefinitionId!.Value, context.CancellationToken);
        var start = (StartEvent)definition.Model.GetNode(job.ActivityId);
        context.StartInstance(definition, start, null, null);
        if (TimerPayload.NextAfter(job.Payload, job.DueAt, context.Now) is { } next)
        {
            context.Db.Jobs.Add(TimerStartJob.Create(definition.Id, start, next, context.Now));
        }
    }
}
