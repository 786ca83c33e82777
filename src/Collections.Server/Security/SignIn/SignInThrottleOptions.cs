namespace Collections.Server.Security.SignIn;

/// <summary>Sign-in throttling and lockout, bound from <c>Collections:Security:SignIn</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Collections:Security:SignIn";

    /// <summary>
    /// Sign-in attempts one client address may make per <see cref="AddressWindow"/>, right or wrong. Default 30: an
    /// office behind one NAT address still signs in at the start of the day, a password sprayer is slowed to a crawl.
    /// </summary>
    public int AttemptsPerAddress { get; set; } = 30;

    /// <summary>The window of <see cref="AttemptsPerAddress"/>. Default 1 minute.</summary>
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Failed attempts per account (known or not, keyed on the e-mail given) per <see cref="AccountWindow"/> before
    /// further attempts for it answer 429. Default 5.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 5;

    /// <summary>The window of <see cref="FailuresPerAccount"/>. Default 1 minute.</summary>
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Consecutive wrong passwords that lock an existing account (Identity lockout). Default 10.</summary>
    public int LockoutThreshold { get; set; } = 10;

    /// <summary>How long a locked account stays locked. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
