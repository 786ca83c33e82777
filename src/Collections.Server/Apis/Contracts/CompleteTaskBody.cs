using System.Text.Json;

namespace Collections.Server.Apis.Contracts;

/// <summary>Variables set on the process when the task completes; whole numbers become integers, fractions decimals.</summary>
public sealed record CompleteTaskBody(IReadOnlyDictionary<string, JsonElement>? Variables = null);
