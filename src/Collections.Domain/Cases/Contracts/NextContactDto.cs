namespace Collections.Domain.Cases.Contracts;

/// <summary>
/// The next planned contact of a case whose send step waits for the contact rules: the channel, the moment
/// (<paramref name="At"/>, and <paramref name="LocalTime"/> in the debtor's <paramref name="TimeZone"/>), and the rule
/// that holds it back with its arguments, for the case list to say it in the reader's language.
/// </summary>
public sealed record NextContactDto(string Channel, DateTimeOffset At, string LocalTime, string TimeZone, string? Rule, IReadOnlyDictionary<string, string> Arguments);
