using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Collections.Server.Security.Sessions;

/// <summary>
/// Identity's principal (id, name, roles, user claims such as candidate groups, security stamp) plus
/// the must-change-password mark. Rebuilt at sign-in and at every security-stamp check, so it follows the database.
/// </summary>
internal sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(StaffClaimTypes.MustChangePassword, "true"));
        }

        return identity;
    }
}
