using Collections.Engine.Api;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.Behaviors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Engine.Runtime;

/// <summary>What <see cref="IUserTaskListener"/>s hear about this unit of work.</summary>
internal sealed partial class CommandContext
{
    private List<CompletedUserTask>? _completedTasks;

    /// <summary>Records a completion (called by the complete command before the task's token leaves).</summary>
    public void NoteTaskCompleted(UserTaskRecord task, IReadOnlyDictionary<string, object?> variables) =>
        (_completedTasks ??= []).Add(new CompletedUserTask(Snapshot(task), task.Assignee, variables, Now));

    /// <summary>
    /// The tasks this unit of work created (task rows still to be inserted: one created and released in the same step
    /// is gone from the change tracker) and completed; null when there are none. Call after the agenda settled.
    /// </summary>
    public (IReadOnlyList<UserTaskSnapshot> Created, IReadOnlyList<CompletedUserTask> Completed)? UserTaskChanges()
    {
        var created = Db.ChangeTracker.Entries<UserTaskRecord>().Where(e => e.State == EntityState.Added).Select(e => Snapshot(e.Entity)).ToList();
        if (created.Count == 0 && _completedTasks is null) return null;
        return (created, _completedTasks ?? []);
    }

    private static UserTaskSnapshot Snapshot(UserTaskRecord t) => new(
        t.Id, t.ProcessInstanceId, t.RootInstanceId, t.DefinitionKey, t.BusinessKey, t.TaskDefinitionKey, t.Name, t.Assignee,
        CandidateList.Decode(t.CandidateGroups), CandidateList.Decode(t.CandidateUsers), t.CreatedAt, t.DueDate, t.FollowUpDate, t.Priority);
}
