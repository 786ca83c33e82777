namespace Collections.Server.Apis.EngineRest.Contracts;

public sealed record CountResultDto(long Count);
