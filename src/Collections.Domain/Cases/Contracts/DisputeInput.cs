using System.Text.Json.Serialization;

namespace Collections.Domain.Cases.Contracts;

/// <summary>Opens a dispute: a reason code of <c>DisputeReasons</c>, who works it, notes.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DisputeInput(string? Reason, string? Owner = null, string? Notes = null);

/// <summary>
/// Resolves or rejects a dispute. <see cref="Outcome"/> is what the process does next (<c>disputeOutcome</c>):
/// <c>resume</c> (default; collection goes on) or <c>credit-note</c> (the debt is cancelled, the case closes in the
/// playbook). A rejection always resumes.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DisputeCloseInput(string? Resolution = null, string? Outcome = null);
