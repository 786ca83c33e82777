using System.Text.Json;

namespace Collections.Server.Apis.Contracts;

/// <summary>Moves on the token waiting at <paramref name="ActivityId"/> (a receive task without a message), setting <paramref name="Variables"/> first.</summary>
public sealed record TriggerExecutionBody(
    string ActivityId,
    IReadOnlyDictionary<string, JsonElement>? Variables = null);
