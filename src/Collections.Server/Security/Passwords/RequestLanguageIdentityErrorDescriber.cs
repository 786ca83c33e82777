using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security.Passwords;

/// <summary>
/// The describer Identity gets: picks English or Spanish at the moment an error is described, not when it is built.
/// Identity builds it with <c>UserManager</c>, which the cookie handler's stamp check already needs while the request
/// is still being authenticated, before the signed-in user (and so the language) is known.
/// </summary>
internal sealed class RequestLanguageIdentityErrorDescriber(Func<string?> language) : StaffIdentityErrorDescriber
{
    private StaffIdentityErrorDescriber Current => For(language());

    public override IdentityError PasswordTooCommon() => Current.PasswordTooCommon();

    public override IdentityError DefaultError() => Current.DefaultError();

    public override IdentityError ConcurrencyFailure() => Current.ConcurrencyFailure();

    public override IdentityError PasswordMismatch() => Current.PasswordMismatch();

    public override IdentityError InvalidToken() => Current.InvalidToken();

    public override IdentityError LoginAlreadyAssociated() => Current.LoginAlreadyAssociated();

    public override IdentityError InvalidUserName(string? userName) => Current.InvalidUserName(userName);

    public override IdentityError InvalidEmail(string? email) => Current.InvalidEmail(email);

    public override IdentityError DuplicateUserName(string userName) => Current.DuplicateUserName(userName);

    public override IdentityError DuplicateEmail(string email) => Current.DuplicateEmail(email);

    public override IdentityError InvalidRoleName(string? role) => Current.InvalidRoleName(role);

    public override IdentityError DuplicateRoleName(string role) => Current.DuplicateRoleName(role);

    public override IdentityError UserAlreadyHasPassword() => Current.UserAlreadyHasPassword();

    public override IdentityError UserLockoutNotEnabled() => Current.UserLockoutNotEnabled();

    public override IdentityError UserAlreadyInRole(string role) => Current.UserAlreadyInRole(role);

    public override IdentityError UserNotInRole(string role) => Current.UserNotInRole(role);

    public override IdentityError PasswordTooShort(int length) => Current.PasswordTooShort(length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Current.PasswordRequiresUniqueChars(uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Current.PasswordRequiresNonAlphanumeric();

    public override IdentityError PasswordRequiresDigit() => Current.PasswordRequiresDigit();

    public override IdentityError PasswordRequiresLower() => Current.PasswordRequiresLower();

    public override IdentityError PasswordRequiresUpper() => Current.PasswordRequiresUpper();

    public override IdentityError RecoveryCodeRedemptionFailed() => Current.RecoveryCodeRedemptionFailed();
}
