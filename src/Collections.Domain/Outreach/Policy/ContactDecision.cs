using NodaTime;

namespace Collections.Domain.Outreach.Policy;

/// <summary>What <see cref="ContactPolicy"/> says about a contact: go now, wait until a moment, or not at all.</summary>
public abstract record ContactDecision
{
    private ContactDecision()
    {
    }

    public static ContactDecision Allow { get; } = new Allowed();

    /// <summary>Contact now.</summary>
    public sealed record Allowed : ContactDecision;

    /// <summary>Not now; the first allowed moment is <paramref name="Until"/>. <paramref name="Reason"/> is a stable code.</summary>
    public sealed record DeferredUntil(Instant Until, string Reason) : ContactDecision;

    /// <summary>Never on this channel (an opt-out). <paramref name="Reason"/> is a stable code.</summary>
    public sealed record Refused(string Reason) : ContactDecision;
}
