using Collections.Server.Security;
using Microsoft.AspNetCore.Authorization;

namespace Collections.Server.Apis.Domain;

/// <summary>
/// The integrator API's one authorization policy: the caller's API key must carry the scope the endpoint names
/// (<see cref="DomainScopeMetadata"/>, the endpoint's own over its group's), or <c>admin</c>. Signed-in staff
/// pass by role instead: any staff role reads, task workers write, managers cancel and write off,
/// admins manage webhooks.
/// </summary>
internal sealed class DomainScopeRequirement : AuthorizationHandler<DomainScopeRequirement>, IAuthorizationRequirement
{
    public const string PolicyName = "domain-scope";

    /// <summary>Operators' keys may do everything.</summary>
    public const string AdminScope = "admin";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DomainScopeRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        var scope = endpoint?.Metadata.GetMetadata<DomainScopeMetadata>()?.Scope;
        if (scope is not null
            && (context.User.Claims.Any(c => c.Type == DomainApiScopes.ClaimType && (c.Value == scope || c.Value == AdminScope))
                || RolesFor(scope).Any(context.User.IsInRole)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>The staff roles that stand for a scope.</summary>
    internal static IReadOnlyList<string> RolesFor(string scope) => scope switch
    {
        DomainApiScopes.CasesRead => StaffRoles.All,
        DomainApiScopes.CasesWrite or DomainApiScopes.PaymentsWrite => StaffRoles.TaskWorkers,
        DomainApiScopes.CasesManage => [StaffRoles.Manager, StaffRoles.Admin],
        DomainApiScopes.WebhooksManage => [StaffRoles.Admin],
        _ => [],
    };
}
