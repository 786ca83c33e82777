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

    /// <summary>
    /// How often a session's cookie is checked against the user's security stamp in the database. Default 1 minute:
    /// sign-out, a password change or reset, disabling and role changes update the stamp, so every session of that
    /// user ends within this interval on every node.
    /// </summary>
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask more). Default 12.</summary>
    public int MinimumPasswordLength { get; set; } = 12;
}
