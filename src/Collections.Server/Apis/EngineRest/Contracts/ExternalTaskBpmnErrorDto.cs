namespace Collections.Server.Apis.EngineRest.Contracts;

public sealed record ExternalTaskBpmnErrorDto(
    string? WorkerId,
    string? ErrorCode,
    string? ErrorMessage,
    IReadOnlyDictionary<string, CamundaVariableDto>? Variables);
