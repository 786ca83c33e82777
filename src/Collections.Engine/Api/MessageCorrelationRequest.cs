namespace Collections.Engine.Api;

/// <summary>
/// A message to deliver. Matching narrows by <paramref name="ProcessInstanceId"/>, <paramref name="BusinessKey"/> and
/// <paramref name="CorrelationKeys"/> (root variables that must equal the given values). Exactly one waiting
/// subscription must match unless <paramref name="All"/> is set; with none waiting, a message start event starts a process.
/// </summary>
public sealed record MessageCorrelationRequest(
    string MessageName,
    string? BusinessKey = null,
    Guid? ProcessInstanceId = null,
    IReadOnlyDictionary<string, object?>? CorrelationKeys = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    bool All = false);
