namespace Collections.Engine.Api;

/// <summary>Filters for instances; null fields do not filter. <paramref name="RootInstanceId"/> includes called instances.</summary>
public sealed record InstanceQuery(
    string? DefinitionKey = null,
    Guid? DefinitionId = null,
    string? BusinessKey = null,
    Guid? RootInstanceId = null,
    ProcessInstanceStatus? Status = null,
    int Skip = 0,
    int Take = 100);
