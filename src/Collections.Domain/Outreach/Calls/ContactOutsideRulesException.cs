using System.Globalization;
using Collections.Domain.Errors;
using Collections.Domain.Outreach.Policy;
using NodaTime;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// A call or visit recorded outside the contact rules without a reason (<c>contactOverrideReason</c>): HTTP 400 with
/// code <c>contact.outside-rules</c>; the problem also carries <see cref="Rule"/> and <see cref="NextAllowedAt"/>.
/// </summary>
public sealed class ContactOutsideRulesException(string channel, ContactRule rule, Instant? nextAllowedAt)
    : DomainValidationException(ErrorCode, ContactRulesGuard.OverrideReasonVariable, Describe(channel, rule, nextAllowedAt))
{
    public const string ErrorCode = "contact.outside-rules";

    public ContactRule Rule { get; } = rule;

    public DateTimeOffset? NextAllowedAt { get; } = nextAllowedAt?.ToDateTimeOffset();

    private static string Describe(string channel, ContactRule rule, Instant? next)
    {
        var arguments = string.Join(", ", rule.Arguments.Select(a => a.Key + "=" + a.Value));
        var when = next is { } at ? string.Create(CultureInfo.InvariantCulture, $" The next allowed moment is {at:uuuu'-'MM'-'dd'T'HH':'mm'Z'}.") : string.Empty;
        return $"A {channel} now breaks contact rule '{rule.Code}' of profile '{rule.Profile}'{(arguments.Length == 0 ? "" : " (" + arguments + ")")}.{when}"
            + $" Give '{ContactRulesGuard.OverrideReasonVariable}' to record it anyway.";
    }
}
