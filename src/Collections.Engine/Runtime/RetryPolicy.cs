using Collections.Engine.Model;
using Collections.Engine.Timing;

namespace Collections.Engine.Runtime;

/// <summary>Job retries from <c>camunda:failedJobRetryTimeCycle</c>, else the engine default.</summary>
internal static class RetryPolicy
{
    public static RetryCycle CycleOf(FlowNode? node) =>
        node?.FailedJobRetryTimeCycle is { Length: > 0 } text ? RetryCycle.Parse(text) : RetryCycle.Default;

    public static int InitialRetries(FlowNode? node) => CycleOf(node).Retries;
}
