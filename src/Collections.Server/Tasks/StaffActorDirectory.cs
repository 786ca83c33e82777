using System.Security.Claims;
using Collections.Domain.Tasks;
using Collections.Server.Security;
using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Tasks;

/// <summary>Staff members from ASP.NET Core Identity, with their roles and candidate groups, for delegation checks.</summary>
internal sealed class StaffActorDirectory(IServiceScopeFactory scopes) : IActorDirectory
{
    public async Task<Actor?> FindUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByNameAsync(userId) is not { UserName: { } name } user) return null;
        var roles = await users.GetRolesAsync(user);
        var groups = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffGroups.ClaimType).Select(c => c.Value).ToList();
        return new Actor(name, ActorKind.User, roles.ToList(), groups);
    }
}
