namespace Collections.Server.Apis.Staff.ProcessStates;

/// <summary>
/// One thing a running process waits for: <see cref="Kind"/> is <c>deferred</c> (a send step handed back until
/// <see cref="Until"/> for <see cref="Reason"/>, e.g. <c>outside-hours</c>), <c>external</c> (a step waiting for its
/// worker), <c>timer</c> (until <see cref="Until"/>), <c>task</c> (a person) or <c>other</c> (a message or event).
/// </summary>
public sealed record ProcessWaitDto(string Kind, string ActivityId, string? ActivityName, DateTimeOffset? Until, string? Reason, IReadOnlyDictionary<string, string>? Names = null);
