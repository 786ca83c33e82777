namespace Collections.Engine.Runtime;

/// <summary>Persisted payloads of async-continuation jobs.</summary>
internal static class AsyncContinuationPayload
{
    public const string Before = "before";
    public const string After = "after";
}
