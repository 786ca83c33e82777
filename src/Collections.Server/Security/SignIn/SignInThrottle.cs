using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security.SignIn;

/// <summary>
/// Failed sign-ins per account (the normalized e-mail given, whether or not it exists), a fixed window per account.
/// Only failures spend a permit, so a user who signs in often is never throttled; once the window's failures are
/// spent every attempt for that account answers 429 until the window ends. Per node: behind a load balancer the
/// limit is per node, which still bounds guessing (Identity's lockout, kept in the database, is shared).
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var settings = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(account,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.FailuresPerAccount,
                Window = settings.AccountWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether the account may try now; when not, how long until it may.</summary>
    public bool MayTry(string account, out TimeSpan retryAfter)
    {
        // Zero permits only asks whether any are left; it spends nothing.
        using var probe = _failures.AttemptAcquire(Key(account), 0);
        retryAfter = probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return probe.IsAcquired;
    }

    public void RecordFailure(string account)
    {
        using var _ = _failures.AttemptAcquire(Key(account));
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(string account) => account.Trim().ToUpperInvariant();
}
