using Collections.Domain.Work;

namespace Collections.Server.Tests.Outreach;

/// <summary>The crash seam armed at one point: the first time it is reached the "process dies" there.</summary>
internal sealed class CrashAt(string point) : ICrashPoints
{
    private int _armed = 1;

    public void Reached(string point1)
    {
        if (point1 == point && Interlocked.Exchange(ref _armed, 0) == 1) throw new SimulatedCrashException(point1);
    }
}

/// <summary>
/// An <see cref="OperationCanceledException"/> so the worker does not report it (a dead process reports nothing): the
/// task stays locked until its lock expires, as after a real crash.
/// </summary>
internal sealed class SimulatedCrashException(string point) : OperationCanceledException($"Simulated crash at {point}");
