using Collections.Server.Apis.Domain;

namespace Collections.Server.Security;

/// <summary>Scope names an API key can carry (persisted in the key table and in configuration, so stable strings).</summary>
public static class ApiScopes
{
    /// <summary>Camunda external-task workers: <c>/engine-rest</c>.</summary>
    public const string ExternalTasks = "external-tasks";

    /// <summary>Operators: <c>/api/v1/operations</c>, <c>/metrics</c>, the engine API, and every integrator scope.</summary>
    public const string Admin = "admin";

    /// <summary>The claim type that carries one scope.</summary>
    public const string ClaimType = "scope";

    /// <summary>The claim type that carries the key's id (<c>db:GUID</c> or <c>config:NAME</c>).</summary>
    public const string KeyIdClaimType = "api_key_id";

    /// <summary>Every scope a key may be given: the integrator API's (<see cref="DomainApiScopes"/>), then the engine's.</summary>
    public static IReadOnlyList<string> All { get; } = [.. DomainApiScopes.All, ExternalTasks, Admin];
}
