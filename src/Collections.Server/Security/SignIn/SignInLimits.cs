namespace Collections.Server.Security.SignIn;

/// <summary>The rate-limiter policy on the sign-in endpoint (per client address).</summary>
public static class SignInLimits
{
    public const string PerAddressPolicy = "staff-sign-in-per-address";
}
