using System.Security.Claims;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Collections.Server.Tests.Domain;

/// <summary>Who passes the integrator API's scope policy: API keys by scope, signed-in staff by role (manager role for write-off).</summary>
public sealed class DomainScopeRequirementTests
{
    [Theory]
    [InlineData("cases:manage", "scope", "cases:manage", true)]
    [InlineData("cases:manage", "scope", "cases:write", false)]
    [InlineData("cases:manage", "scope", "admin", true)]
    [InlineData("cases:manage", "role", "manager", true)]
    [InlineData("cases:manage", "role", "collector", false)]
    [InlineData("cases:write", "role", "collector", true)]
    [InlineData("cases:read", "role", "process-owner", true)]
    [InlineData("webhooks:manage", "role", "manager", false)]
    [InlineData("webhooks:manage", "role", "admin", true)]
    public async Task Handle_ClaimForScope_SucceedsOnlyWhenItStandsForTheScope(string scope, string kind, string value, bool expected)
    {
        var identity = new ClaimsIdentity([new Claim(kind == "role" ? ClaimTypes.Role : DomainApiScopes.ClaimType, value)], "test");
        var endpoint = new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new DomainScopeMetadata("cases:read"), new DomainScopeMetadata(scope)), "test");
        var requirement = new DomainScopeRequirement();
        var context = new AuthorizationHandlerContext([requirement], new ClaimsPrincipal(identity), endpoint);

        await requirement.HandleAsync(context);

        Assert.Equal(expected, context.HasSucceeded);
    }
}
