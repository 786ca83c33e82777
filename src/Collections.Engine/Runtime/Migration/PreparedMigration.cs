using Collections.Engine.Api;
using Collections.Engine.Model;
using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime.State;
using Collections.Engine.Timing;

namespace Collections.Engine.Runtime.Migration;

/// <summary>
/// Everything migrating one instance will change, worked out (and every expression evaluated) before anything is
/// changed, so an instance either migrates whole or reports <see cref="Problems"/> and stays as it was.
/// </summary>
internal sealed class PreparedMigration(ProcessRun run, DeployedDefinition target)
{
    public ProcessRun Run { get; } = run;

    public DeployedDefinition Target { get; } = target;

    public List<MigrationProblem> Problems { get; } = [];

    public List<ActivityMove> Moves { get; } = [];

    /// <summary>Each activity instance (the root scope first) and the element it becomes.</summary>
    public List<(ActivityInstanceState Ai, string TargetActivityId)> Activities { get; } = [];

    /// <summary>Timer and async jobs that stay, re-pointed at the target element (a kept timer keeps its due date).</summary>
    public List<(JobRecord Job, string TargetActivityId)> KeptJobs { get; } = [];

    public List<JobRecord> DeletedJobs { get; } = [];

    public List<(ActivityInstanceState Owner, FlowNode Element, TimerSchedule Schedule)> NewTimers { get; } = [];

    public List<(MessageSubscriptionRecord Subscription, string TargetActivityId)> KeptSubscriptions { get; } = [];

    public List<MessageSubscriptionRecord> DeletedSubscriptions { get; } = [];

    public List<(ActivityInstanceState Owner, FlowNode Element, string MessageName)> NewSubscriptions { get; } = [];

    public bool CanMigrate => Problems.Count == 0;
}
