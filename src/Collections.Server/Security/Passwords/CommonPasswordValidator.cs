using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security.Passwords;

/// <summary>Refuses a password on <see cref="CommonPasswordList"/>, in the describer's language.</summary>
internal sealed class CommonPasswordValidator(CommonPasswordList list, IdentityErrorDescriber describer) : IPasswordValidator<StaffUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (password is not null && list.Contains(password.Trim()))
        {
            var error = describer is StaffIdentityErrorDescriber staff ? staff.PasswordTooCommon() : StaffIdentityErrorDescriber.English.PasswordTooCommon();
            return Task.FromResult(IdentityResult.Failed(error));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
