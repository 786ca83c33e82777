namespace Collections.Engine.Api;

/// <summary>A plan and the instances it applies to: the given ids, or (null) every running instance of the source.</summary>
public sealed record MigrationRequest(MigrationPlan Plan, IReadOnlyList<Guid>? ProcessInstanceIds = null);
