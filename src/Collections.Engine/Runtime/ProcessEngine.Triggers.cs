using Collections.Engine.Errors;
using Collections.Engine.Model;

namespace Collections.Engine.Runtime;

/// <summary>
/// Triggering a receive task without a message: the token waiting there moves on, as with Camunda 7's
/// <c>RuntimeService.signal(executionId)</c>. Our executions live inside the instance document, so the caller names
/// the process instance and the activity.
/// </summary>
internal sealed partial class ProcessEngine
{
    public Task TriggerAsync(Guid processInstanceId, string activityId, IReadOnlyDictionary<string, object?>? variables, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activityId))
        {
            throw new InvalidRequestException("execution.activity-required", "The activity to trigger is required.", "activityId");
        }

        return executor.ExecuteAsync(async ctx =>
        {
            var run = await ctx.LoadRunAsync(processInstanceId);
            if (!run.IsActive) throw new InvalidRequestException("instance.ended", $"Process instance '{processInstanceId}' has ended.");
            var triggerable = run.Model.NodesById.TryGetValue(activityId, out var node) && node is ReceiveTask { MessageName: null };
            var waiting = triggerable
                ? run.State.Activities.Where(ai => ai.ActivityId == activityId && ai.Phase == State.ActivityPhase.Active).ToList()
                : [];
            if (waiting.Count != 1)
            {
                throw new TriggerException(processInstanceId, activityId, waiting.Count, waiting.Count == 0
                    ? $"Nothing in process instance {processInstanceId} waits for a trigger at '{activityId}'; only a receive task without a message can be triggered, while a token waits there."
                    : $"{waiting.Count} tokens of process instance {processInstanceId} wait at '{activityId}'; a trigger moves exactly one.");
            }

            ctx.TriggerEvent(run, waiting[0], node!, VariableConversions.From(variables));
        }, failuresRollBack: false, cancellationToken);
    }
}
