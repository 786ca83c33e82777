using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Service and send tasks with <c>camunda:type="external"</c>: a row a worker fetches by topic, then waits.</summary>
internal sealed class ExternalTaskBehavior : FlowNodeBehavior
{
    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var task = (ExternalTask)step.Node;
        var topic = step.EvaluateString(task.Topic);
        if (string.IsNullOrWhiteSpace(topic))
        {
            throw new Errors.InvalidRequestException("external-task.topic-empty", $"Topic of '{task.Id}' evaluated to an empty value.");
        }

        var priority = task.Priority is null ? 0L : step.Evaluate(task.Priority).Value switch
        {
            long l => l,
            decimal d => (long)d,
            string s when long.TryParse(s, out var p) => p,
            _ => 0L,
        };
        var now = step.Context.Now;
        var record = new ExternalTaskRecord
        {
            Id = Guid.CreateVersion7(now),
            Topic = topic,
            ProcessInstanceId = step.Run.Id,
            RootInstanceId = step.Run.Record.RootInstanceId,
            ActivityId = task.Id,
            ActivityInstanceId = step.Ai.Id,
            DefinitionId = step.Run.Definition.Id,
            DefinitionKey = step.Run.Definition.Key,
            BusinessKey = step.Run.Record.BusinessKey,
            Priority = priority,
            AvailableAt = now,
            CreatedAt = now,
        };
        step.Ai.TaskId = record.Id;
        step.Context.AddSideRow(step.Run, step.Ai, SideRows.ExternalTask, record);
        return ValueTask.CompletedTask;
    }
}
