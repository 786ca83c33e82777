using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Jobs;

/// <summary>Continues a token after an <c>asyncBefore</c> or <c>asyncAfter</c> commit.</summary>
internal sealed class AsyncContinuationJobHandler : IJobHandler
{
    public string Type => JobTypes.AsyncContinuation;

    public async Task ExecuteAsync(CommandContext context, JobRecord job)
    {
        var run = await context.LoadRunAsync(job.ProcessInstanceId!.Value);
        var ai = job.ActivityInstanceId is { } id ? run.State.Find(id) : null;
        if (ai is null) return;
        ai.Side &= ~SideRows.Jobs;
        if (job.Payload == AsyncContinuationPayload.After)
        {
            context.Enqueue(run, ai, AgendaOperation.ContinueAfter);
        }
        else
        {
            context.Enqueue(run, ai, AgendaOperation.Execute);
        }
    }
}
