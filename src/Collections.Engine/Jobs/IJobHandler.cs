using Collections.Engine.Persistence.Records;
using Collections.Engine.Runtime;

namespace Collections.Engine.Jobs;

/// <summary>Executes one job type inside a unit of work. The job row is already deleted when this runs.</summary>
internal interface IJobHandler
{
    string Type { get; }

    Task ExecuteAsync(CommandContext context, JobRecord job);
}
