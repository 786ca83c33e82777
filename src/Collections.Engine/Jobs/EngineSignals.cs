namespace Collections.Engine.Jobs;

/// <summary>
/// In-process wake-ups raised after a commit: the job executor waits on <see cref="Jobs"/>, long-polling
/// fetch-and-lock requests on <see cref="OnExternalTask"/>. On PostgreSQL a NOTIFY carries the same news to other nodes.
/// </summary>
public sealed class EngineSignals
{
    internal AsyncSignal Jobs { get; } = new();

    private event Action? ExternalTaskAvailable;

    /// <summary>A job became due soon on this node or another: the executor acquires now instead of sleeping on.</summary>
    public void NotifyJobs() => Jobs.Set();

    /// <summary>An external task became fetchable: every waiting fetch-and-lock tries again.</summary>
    public void NotifyExternalTasks() => ExternalTaskAvailable?.Invoke();

    /// <summary>Subscribes a waiter to external-task news; dispose the result to unsubscribe.</summary>
    public IDisposable OnExternalTask(Action callback)
    {
        ExternalTaskAvailable += callback;
        return new Subscription(() => ExternalTaskAvailable -= callback);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
