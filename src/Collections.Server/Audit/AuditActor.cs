using System.Security.Claims;
using Collections.Server.Security;

namespace Collections.Server.Audit;

/// <summary>Who acted: a signed-in staff member, an API key, the command line, or the server itself.</summary>
public sealed record AuditActor(string Kind, string Id)
{
    public const string User = "user";
    public const string ApiKey = "api-key";
    public const string Cli = "cli";
    public const string System = "system";
    public const string Anonymous = "anonymous";

    /// <summary>A request without an authenticated principal (only the Testing environment leaves such routes open).</summary>
    public static AuditActor Unauthenticated { get; } = new(Anonymous, "anonymous");

    /// <summary>The <c>apikey create</c> command line.</summary>
    public static AuditActor CommandLine { get; } = new(Cli, "cli");

    /// <summary>
    /// From the authenticated principal only (never a request body): a key's name for the API-key scheme (unique and
    /// never reused, also for configured keys that have no row), else the staff member's user id (the e-mail).
    /// </summary>
    public static AuditActor? From(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return null;
        return principal.HasClaim(c => c.Type == ApiScopes.KeyIdClaimType) ? new AuditActor(ApiKey, name) : new AuditActor(User, name);
    }
}
