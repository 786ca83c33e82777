using Collections.Engine.Errors;

namespace Collections.Domain.Tasks;

/// <summary>
/// <see cref="TaskAuthorization"/> refused an action on a user task: 403, or 409 when <see cref="IsConflict"/> (the task
/// is held by someone else, which may change). Codes are listed in docs/api.md and docs/security.md.
/// </summary>
public sealed class TaskRefusedException(string code, string message, bool isConflict = false) : CollectionsException(code, message)
{
    public bool IsConflict { get; } = isConflict;
}
