namespace Collections.Server.Security;

/// <summary>Scope names an API key can carry (persisted in configuration, so stable strings).</summary>
public static class ApiScopes
{
    /// <summary>Camunda external-task workers: <c>/engine-rest</c>.</summary>
    public const string ExternalTasks = "external-tasks";

    /// <summary>Operators: <c>/api/v1/operations</c> and <c>/metrics</c> (stands in for issue 8's admin role).</summary>
    public const string Admin = "admin";

    /// <summary>The claim type that carries one scope.</summary>
    public const string ClaimType = "scope";
}
