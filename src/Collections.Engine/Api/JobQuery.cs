namespace Collections.Engine.Api;

public sealed record JobQuery(
    Guid? ProcessInstanceId = null,
    Guid? RootInstanceId = null,
    string? Type = null,
    bool? Failed = null,
    int Skip = 0,
    int Take = 100);
