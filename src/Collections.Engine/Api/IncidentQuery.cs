namespace Collections.Engine.Api;

public sealed record IncidentQuery(
    Guid? ProcessInstanceId = null,
    Guid? RootInstanceId = null,
    bool OpenOnly = true,
    int Skip = 0,
    int Take = 100);
