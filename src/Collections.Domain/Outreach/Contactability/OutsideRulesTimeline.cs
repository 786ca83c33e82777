using Collections.Domain.Cases.Contracts;

namespace Collections.Domain.Outreach.Contactability;

/// <summary>
/// The timeline line of a contact recorded outside the contact rules: kind <see cref="Kind"/>, the rule's code and its
/// arguments plus <c>channel</c>, <c>by</c> and <c>reason</c>, so the case page says it in the reader's language.
/// The summary is the invariant fallback for API readers.
/// </summary>
public static class OutsideRulesTimeline
{
    public const string Kind = "contact.outside-rules";

    public static TimelineItemDto Item(ContactAttemptDto attempt)
    {
        var arguments = new Dictionary<string, string>(attempt.OverrideArguments ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["channel"] = attempt.Channel,
            ["by"] = attempt.By,
            ["reason"] = attempt.OverrideReason ?? "",
        };
        return new TimelineItemDto(attempt.At, Kind, $"{attempt.Channel} by {attempt.By} outside rule {attempt.OverrideRule}: {attempt.OverrideReason}", "domain",
            attempt.OverrideRule, arguments);
    }
}
