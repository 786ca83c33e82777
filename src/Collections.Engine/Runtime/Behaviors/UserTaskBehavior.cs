using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Timing;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime.Behaviors;

/// <summary>Creates the inbox row (assignee, candidates, dates, priority) and waits for completion.</summary>
internal sealed class UserTaskBehavior : FlowNodeBehavior
{
    private const int DefaultPriority = 50;

    public override ValueTask ExecuteAsync(ExecutionStep step)
    {
        var task = (UserTask)step.Node;
        var now = step.Context.Now;
        var record = new UserTaskRecord
        {
            Id = Guid.CreateVersion7(now),
            ProcessInstanceId = step.Run.Id,
            RootInstanceId = step.Run.Record.RootInstanceId,
            ActivityInstanceId = step.Ai.Id,
            TaskDefinitionKey = task.Id,
            Name = task.Name,
            DefinitionId = step.Run.Definition.Id,
            DefinitionKey = step.Run.Definition.Key,
            BusinessKey = step.Run.Record.BusinessKey,
            Assignee = NullIfEmpty(step.EvaluateString(task.Assignee)),
            CandidateGroups = CandidateList.Encode(step.EvaluateString(task.CandidateGroups)),
            CandidateUsers = CandidateList.Encode(step.EvaluateString(task.CandidateUsers)),
            CreatedAt = now,
            DueDate = ResolveDate(step, task.DueDate),
            FollowUpDate = ResolveDate(step, task.FollowUpDate),
            Priority = ResolvePriority(step, task.Priority),
        };
        step.Ai.TaskId = record.Id;
        step.Context.AddSideRow(step.Run, step.Ai, SideRows.UserTask, record);
        return ValueTask.CompletedTask;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? ResolveDate(ExecutionStep step, Expression? expression)
    {
        if (expression is null) return null;
        var value = step.Evaluate(expression);
        return value.Value switch
        {
            null => null,
            DateTimeOffset date => date,
            _ when string.IsNullOrWhiteSpace(value.AsString()) => null,
            _ => TimerCalculator.ResolveDate(value.AsString()!.Trim(), step.Context.Now),
        };
    }

    private static int ResolvePriority(ExecutionStep step, Expression? expression)
    {
        if (expression is null) return DefaultPriority;
        var value = step.Evaluate(expression);
        return value.Value switch
        {
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            decimal d => (int)Math.Round(d),
            string s when int.TryParse(s, out var i) => i,
            _ => throw new Errors.InvalidRequestException("task.priority-invalid",
                $"Priority of user task '{step.Node.Id}' must be a whole number, got {VariableTypeNames.Of(value.Type)} '{value.AsString()}'."),
        };
    }
}
