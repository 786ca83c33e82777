using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security;

/// <summary>
/// Role table of the engine API: reads need any staff role; deploying needs a process owner; claiming
/// and completing tasks needs a task worker. The table is keyed by the endpoint names the API files give
/// (<c>WithName</c>), so those files stay free of role knowledge. An unknown name needs an admin.
/// </summary>
internal sealed class EngineApiAuthorizationHandler(IOptionsMonitor<StaffSecurityOptions> options)
    : AuthorizationHandler<EngineApiRequirement>
{
    private static readonly IReadOnlyList<string> AnyStaff = StaffRoles.All;
    private static readonly IReadOnlyList<string> Operators = [StaffRoles.ProcessOwner, StaffRoles.Manager, StaffRoles.Admin];

    private static readonly Dictionary<string, IReadOnlyList<string>> RolesByEndpoint = new(StringComparer.Ordinal)
    {
        ["ListProcessDefinitions"] = AnyStaff,
        ["GetProcessDefinition"] = AnyStaff,
        ["GetProcessDefinitionXml"] = AnyStaff,
        ["CreateDeployment"] = StaffRoles.Designers,
        ["StartProcessInstance"] = Operators,
        ["ListProcessInstances"] = AnyStaff,
        ["GetProcessInstance"] = AnyStaff,
        ["GetProcessInstanceVariables"] = AnyStaff,
        ["GetProcessInstanceHistory"] = AnyStaff,
        ["ListTasks"] = AnyStaff,
        ["GetTask"] = AnyStaff,
        ["ClaimTask"] = StaffRoles.TaskWorkers,
        ["CompleteTask"] = StaffRoles.TaskWorkers,
        ["ListIncidents"] = AnyStaff,
        ["RetryIncident"] = Operators,
        ["TriggerExecution"] = Operators,
    };

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EngineApiRequirement requirement)
    {
        if (options.CurrentValue.AllowAnonymousEngineApi || IsApiKeyAdmin(context.User))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var name = (context.Resource as HttpContext)?.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var roles = name is not null && RolesByEndpoint.TryGetValue(name, out var found) ? found : [StaffRoles.Admin];
        if (roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>API-key hook: a key with the <see cref="ApiScopes.Admin"/> scope may use the whole engine API.</summary>
    private static bool IsApiKeyAdmin(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == StaffAuthenticationDefaults.ApiKeyScheme && user.HasClaim(ApiScopes.ClaimType, ApiScopes.Admin);
}
