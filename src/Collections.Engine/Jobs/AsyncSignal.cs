namespace Collections.Engine.Jobs;

/// <summary>
/// An auto-reset wake-up: <see cref="Set"/> releases one pending or the next <see cref="WaitAsync"/>; several sets
/// before a wait count once. Timeouts run on the injected <see cref="TimeProvider"/>, so a fake clock drives them.
/// </summary>
public sealed class AsyncSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly Lock _gate = new();

    public void Set()
    {
        lock (_gate)
        {
            if (_semaphore.CurrentCount == 0) _semaphore.Release();
        }
    }

    /// <summary>True when signalled, false when <paramref name="timeout"/> passed on <paramref name="timeProvider"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (_semaphore.Wait(0, CancellationToken.None)) return true;
        if (timeout <= TimeSpan.Zero) return false;
        using var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _semaphore.WaitAsync(race.Token);
        var elapsed = Task.Delay(timeout, timeProvider, race.Token);
        await Task.WhenAny(signalled, elapsed);
        await race.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        // A wait that completed before the cancel took the signal; one that was canceled did not.
        return signalled.Status == TaskStatus.RanToCompletion;
    }
}
