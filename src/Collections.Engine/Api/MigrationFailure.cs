namespace Collections.Engine.Api;

/// <summary>An instance a batch could not migrate, and why; it stays on its version.</summary>
public sealed record MigrationFailure(Guid ProcessInstanceId, string? BusinessKey, string Message);
