namespace Collections.Server.Security;

/// <summary>Authorization policy names.</summary>
public static class ApiKeyPolicies
{
    /// <summary>A key with <see cref="ApiScopes.ExternalTasks"/> or <see cref="ApiScopes.Admin"/>.</summary>
    public const string ExternalTasks = "external-tasks";

    /// <summary>A key with <see cref="ApiScopes.Admin"/>.</summary>
    public const string Admin = "admin";
}
