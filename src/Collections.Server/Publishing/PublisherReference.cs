using System.Security.Claims;
using Collections.Engine.Api;
using Collections.Server.Security;

namespace Collections.Server.Publishing;

/// <summary>Who deploys, from the authenticated principal (never from the request body).</summary>
public static class PublisherReference
{
    /// <summary>The signed-in staff member's user id (the Identity <c>NameIdentifier</c>), else their name.</summary>
    public static string? UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name;

    /// <summary>A deployment through the API: the API key's name, or the signed-in user's id.</summary>
    public static DeploymentSource Api(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return DeploymentSource.Api(null);
        }

        return identity.AuthenticationType == StaffAuthenticationDefaults.ApiKeyScheme
            ? DeploymentSource.Api(VersionSourceNames.ApiKeyPrefix + identity.Name)
            : DeploymentSource.Api(UserId(user) is { } id ? VersionSourceNames.UserPrefix + id : null);
    }
}
