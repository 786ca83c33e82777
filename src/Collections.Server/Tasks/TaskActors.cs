using System.Security.Claims;
using Collections.Domain.Tasks;
using Collections.Server.Security;

namespace Collections.Server.Tasks;

/// <summary>Builds the <see cref="Actor"/> of a request from its authenticated principal, never from its body.</summary>
public static class TaskActors
{
    /// <summary>The actor, or null for an anonymous caller (who acts on no task).</summary>
    public static Actor? From(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return null;
        if (user.Identity.AuthenticationType == StaffAuthenticationDefaults.ApiKeyScheme)
        {
            var scopes = user.FindAll(ApiScopes.ClaimType).Select(c => c.Value).ToList();
            return new Actor(name, ActorKind.ApiKey, scopes, [], user.FindFirst(ApiScopes.KeyIdClaimType)?.Value);
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new Actor(name, ActorKind.User, roles, user.FindAll(StaffGroups.ClaimType).Select(c => c.Value).ToList());
    }

    /// <summary>The actor of a request that passed an authorization policy (so it is signed in).</summary>
    public static Actor Of(ClaimsPrincipal user) =>
        From(user) ?? throw new InvalidOperationException("An authorized request has an authenticated principal.");
}
