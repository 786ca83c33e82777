using System.Text.Json.Serialization;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// A contact a collector made outside a call task (an inbound call, a visit, a letter): the channel, the outcome
/// (<c>reached</c>, <c>not-reached</c>, <c>wrong-number</c>, <c>left-message</c>, …), the reason code, notes, direction
/// (default <c>outbound</c>) and when (default now). Who made it is the signed-in staff member.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record StaffContactAttemptBody(string? Channel, string? Outcome, string? ReasonCode = null, string? Notes = null, string? Direction = null, DateTimeOffset? At = null);

/// <summary>Opens a dispute with a reason code (<c>DisputeReasons</c>) and notes; the signed-in staff member is noted as who opened it.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record StaffDisputeBody(string? Reason, string? Notes = null);
