using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;

namespace Collections.Engine.Jobs;

/// <summary>Executes one job type inside a unit of work. The job row is already deleted when this runs.</summary>
internal interface IJobHandler
{
    string Type { get; }

    Task ExecuteAsync(CommandContext context, JobRecord job);

    /// <summary>
    /// The job failed with no retries left, inside the unit of work that records the failure (a migration batch marks
    /// its instance failed here). Runs before the engine's own <c>failedJob</c> incident.
    /// </summary>
    Task OnRetriesExhaustedAsync(CommandContext context, JobRecord job) => Task.CompletedTask;
}
