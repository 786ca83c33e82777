using System.Diagnostics.Metrics;

namespace Collections.Engine.Jobs;

/// <summary>
/// The executor's instruments, on the meter <see cref="MeterName"/>. The host exports them;
/// the engine only counts. Instance counts are sampled by whoever reads them through <see cref="SetInstanceCounts"/>.
/// </summary>
public sealed class JobMetrics : IDisposable
{
    public const string MeterName = "Collections.Engine";

    // One meter per process, as .NET meters usually are: OpenTelemetry treats same-named instruments of two meters with
    // the same name as duplicates and reports only the first, so a second host in one process (the test suites) would
    // otherwise export a disposed host's instruments. A server process has one host, so nothing is mixed in production.
    private static readonly Meter SharedMeter = new(MeterName);
    private static readonly Counter<long> AcquiredCounter = SharedMeter.CreateCounter<long>("collections.jobs.acquired", "{job}", "Jobs locked by this node's acquisitions.");
    private static readonly Counter<long> ExecutedCounter = SharedMeter.CreateCounter<long>("collections.jobs.executed", "{job}", "Jobs whose unit of work committed.");
    private static readonly Counter<long> FailedCounter = SharedMeter.CreateCounter<long>("collections.jobs.failed", "{job}", "Job runs that failed and spent a retry.");
    private static readonly Histogram<double> AcquisitionHistogram = SharedMeter.CreateHistogram<double>("collections.jobs.acquisition.duration", "s", "Time one acquisition query took.");
    private static readonly Histogram<double> LatenessHistogram = SharedMeter.CreateHistogram<double>("collections.timers.lateness", "s", "Time from a timer's due date to its committed firing.");
    private static volatile IReadOnlyDictionary<string, long> sampledInstances = new Dictionary<string, long>();
    private static readonly ObservableGauge<long> InstancesGauge = SharedMeter.CreateObservableGauge("collections.instances", ObserveInstances, "{instance}", "Process instances by status, as last sampled.");

    private readonly Counter<long> _acquired = AcquiredCounter;
    private readonly Counter<long> _executed = ExecutedCounter;
    private readonly Counter<long> _failed = FailedCounter;
    private readonly Histogram<double> _acquisition = AcquisitionHistogram;
    private readonly Histogram<double> _lateness = LatenessHistogram;

    /// <summary>The gauge of sampled instance counts (kept so it is created with the meter).</summary>
    internal static ObservableGauge<long> Instances => InstancesGauge;

    /// <summary>Histogram bucket bounds for the timer lateness, in seconds (10 ms to 5 min).</summary>
    public static IReadOnlyList<double> LatenessBuckets { get; } = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    internal void Acquired(int count, TimeSpan took)
    {
        if (count > 0) _acquired.Add(count);
        _acquisition.Record(took.TotalSeconds);
    }

    internal void Executed(string jobType, TimeSpan? lateness)
    {
        _executed.Add(1, new KeyValuePair<string, object?>("type", jobType));
        if (lateness is { } late) _lateness.Record(Math.Max(0, late.TotalSeconds));
    }

    internal void Failed(string jobType) => _failed.Add(1, new KeyValuePair<string, object?>("type", jobType));

    /// <summary>Replaces the sampled instance counts (status → count) that the gauge reports.</summary>
#pragma warning disable CA1822 // an instance method: callers hold the registered JobMetrics, the state is the process's
    public void SetInstanceCounts(IReadOnlyDictionary<string, long> counts) => sampledInstances = counts;
#pragma warning restore CA1822

    private static IEnumerable<Measurement<long>> ObserveInstances() =>
        sampledInstances.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("status", p.Key)));

    /// <summary>The process-wide meter outlives any one host; nothing to release per host.</summary>
    public void Dispose()
    {
    }
}
