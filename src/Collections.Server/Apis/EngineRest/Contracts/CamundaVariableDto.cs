using System.Text.Json.Nodes;

namespace Collections.Server.Apis.EngineRest.Contracts;

/// <summary>One typed variable in Camunda's REST form: <c>{"value": 12.5, "type": "Double", "valueInfo": {}}</c>.</summary>
public sealed record CamundaVariableDto(JsonNode? Value, string? Type, JsonObject? ValueInfo);
