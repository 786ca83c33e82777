namespace Collections.Engine.Api;

/// <summary>Why a plan or an instance cannot migrate, with a stable code and the source activity concerned.</summary>
public sealed record MigrationProblem(string Code, string Message, string? ActivityId = null);
