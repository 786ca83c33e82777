namespace Collections.Engine.Testing;

/// <summary>Job counts of the root instance tree for <c>expectJobs</c>; a null count is not checked.</summary>
public sealed record ExpectedJobs
{
    public int? Timers { get; init; }

    public int? Async { get; init; }
}
