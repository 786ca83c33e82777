using NodaTime;

namespace Collections.Domain.Outreach.Policy;

/// <summary>
/// What <see cref="ContactPolicy"/> says about a contact: go now, wait until a moment, or not at all, with the
/// <see cref="Profile"/> that judged it and, when not now, the <see cref="Rule"/> that stopped it.
/// </summary>
public abstract record ContactDecision
{
    private ContactDecision()
    {
    }

    public static ContactDecision Allow { get; } = new Allowed();

    /// <summary>The profile applied (<c>CO</c>, <c>default</c>...); null only on <see cref="Allow"/>.</summary>
    public string? Profile { get; init; }

    /// <summary>The rule that blocks the contact now; null when allowed.</summary>
    public ContactRule? Rule { get; init; }

    /// <summary>Contact now.</summary>
    public sealed record Allowed : ContactDecision;

    /// <summary>Not now; the first allowed moment is <paramref name="Until"/>. <paramref name="Reason"/> is a stable code.</summary>
    public sealed record DeferredUntil(Instant Until, string Reason) : ContactDecision;

    /// <summary>Never on this channel (an opt-out, no consent). <paramref name="Reason"/> is a stable code.</summary>
    public sealed record Refused(string Reason) : ContactDecision;
}
