using Collections.Engine.Api;

namespace Collections.Engine.Jobs;

/// <summary>Read side of the job executor for operators: overview, job lists by state, this node's status.</summary>
public interface IJobOperations
{
    Task<JobOverview> GetOverviewAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<JobInfo>> ListJobsAsync(JobListKind kind, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Counts process instances by status and hands them to the <c>collections.instances</c> gauge.</summary>
    Task<IReadOnlyDictionary<string, long>> SampleInstanceCountsAsync(CancellationToken cancellationToken);

    ExecutorNodeStatus ThisNode { get; }
}
