namespace Collections.Engine.Api;

public sealed record ExternalTaskQuery(
    string? TopicName = null,
    Guid? ProcessInstanceId = null,
    Guid? RootInstanceId = null,
    string? WorkerId = null,
    bool? Locked = null,
    int Skip = 0,
    int Take = 100);
