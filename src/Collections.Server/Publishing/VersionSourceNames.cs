using Collections.Engine.Api;
using Collections.Server.Security;
using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Publishing;

/// <summary>
/// Says who a version's source is in words a person reads: the file's path, the publishing staff member's name (the
/// stored reference is their user id), or the API key's name. A user who no longer exists is named by id.
/// </summary>
public sealed class VersionSourceNames(IServiceScopeFactory scopes)
{
    /// <summary>Prefix of an API deployment's reference when an API key deployed (the rest is the key's name).</summary>
    public const string ApiKeyPrefix = "key:";

    /// <summary>Prefix of an API deployment's reference when a signed-in staff member deployed (the rest is their id).</summary>
    public const string UserPrefix = "user:";

    public async Task<string?> DescribeAsync(DeploymentSource? source, CancellationToken cancellationToken)
    {
        if (source?.Reference is not { } reference)
        {
            return null;
        }

        return source.Kind switch
        {
            DeploymentSource.DesignerKind => await UserNameAsync(reference, cancellationToken),
            DeploymentSource.ApiKind when reference.StartsWith(UserPrefix, StringComparison.Ordinal) =>
                await UserNameAsync(reference[UserPrefix.Length..], cancellationToken),
            DeploymentSource.ApiKind when reference.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) => reference[ApiKeyPrefix.Length..],
            _ => reference,
        };
    }

    private async Task<string> UserNameAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId);
        return user is null ? userId : user.DisplayName ?? user.Email ?? userId;
    }
}
