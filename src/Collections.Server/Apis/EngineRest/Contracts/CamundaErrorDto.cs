namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>Camunda's REST error body: <c>{"type": "RestException", "message": "..."}</c>; <paramref name="Code"/> is ours.</summary>
public sealed record CamundaErrorDto(string Type, string Message, string? Code);
