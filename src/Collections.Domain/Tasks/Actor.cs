namespace Collections.Domain.Tasks;

/// <summary>
/// Who acts on a task, always built from the authenticated principal (never from a request body). <see cref="Id"/> is
/// what the engine records as assignee: the staff member's user name, or the API key's name (an integrator's key is
/// its own actor). <see cref="Roles"/> are the staff roles, or the key's scopes; <see cref="Groups"/> the candidate
/// groups a staff member belongs to (keys have none).
/// </summary>
public sealed record Actor(string Id, ActorKind Kind, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, string? ApiKeyId = null);
