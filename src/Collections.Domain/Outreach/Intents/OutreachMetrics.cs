using System.Diagnostics.Metrics;

namespace Collections.Domain.Outreach.Intents;

/// <summary>
/// Outreach's instruments on the meter <see cref="MeterName"/> (the host exports them at <c>/metrics</c>): how long the
/// check at the moment of sending takes (reading the case, invoice, disputes, promises and plans in the intent's
/// transaction, then deciding). One meter per process, as the engine's.
/// </summary>
public static class OutreachMetrics
{
    public const string MeterName = "Collections.Outreach";

    private static readonly Meter SharedMeter = new(MeterName);

    private static readonly Histogram<double> SendCheckHistogram = SharedMeter.CreateHistogram<double>(
        "collections.outreach.send_check.duration", "s", "Time the check at the moment of sending took, database reads included.");

    /// <summary>Histogram bucket bounds for the send check, in seconds (100 µs to 1 s).</summary>
    public static IReadOnlyList<double> SendCheckBuckets { get; } = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

    public static void SendChecked(TimeSpan took) => SendCheckHistogram.Record(took.TotalSeconds);
}
