namespace Collections.Server.Security;

/// <summary>Staff sign-in settings, bound from <c>Collections:Security</c>.</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Collections:Security";

    /// <summary>
    /// Leaves the engine API (/api/v1 process definitions, deployments, instances, tasks, incidents) open to anonymous
    /// callers. Default false. Only the <c>Testing</c> environment of the server API tests, written before sign-in
    /// existed, turns it on (appsettings.Testing.json); never in production.
    /// </summary>
    public bool AllowAnonymousEngineApi { get; set; }

    /// <summary>How long a sign-in lasts without activity. Default 8 hours (one working day).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
