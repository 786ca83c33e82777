namespace Collections.Server.Apis.EngineRest.Contracts;

public sealed record CompleteExternalTaskDto(
    string? WorkerId,
    IReadOnlyDictionary<string, CamundaVariableDto>? Variables,
    IReadOnlyDictionary<string, CamundaVariableDto>? LocalVariables);
