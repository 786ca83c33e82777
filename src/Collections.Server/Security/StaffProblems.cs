using Collections.Server.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Security;

/// <summary>
/// The stable problem codes of sign-in and accounts, and the RFC 7807 body they travel in
/// (<c>https://collections.dev/problems/{code}</c>, <c>code</c> extension), as the rest of the server answers.
/// </summary>
public static class StaffProblems
{
    /// <summary>401: wrong e-mail or password (the same answer for both, so accounts cannot be probed).</summary>
    public const string InvalidCredentials = "auth.invalid-credentials";

    /// <summary>429: too many sign-in attempts from this address or for this account; see <c>Retry-After</c>.</summary>
    public const string TooManyAttempts = "auth.too-many-attempts";

    /// <summary>429: the account is locked after repeated wrong passwords; see <c>Retry-After</c>.</summary>
    public const string LockedOut = "auth.locked-out";

    /// <summary>403: an admin disabled the account.</summary>
    public const string AccountDisabled = "auth.account-disabled";

    /// <summary>403: the password must be changed before anything else (generated or reset password).</summary>
    public const string PasswordChangeRequired = "auth.password-change-required";

    /// <summary>400: the new password breaks the policy (errors in the user's language in <c>errors</c>).</summary>
    public const string PasswordRejected = "auth.password-rejected";

    /// <summary>400: the current password given to a password change is wrong.</summary>
    public const string CurrentPasswordWrong = "auth.current-password-wrong";

    /// <summary>404: no staff account with that id.</summary>
    public const string UserNotFound = "admin.user-not-found";

    /// <summary>400: an admin cannot disable their own account or remove their own admin role.</summary>
    public const string CannotChangeSelf = "admin.cannot-change-self";

    /// <summary>400: an unknown role name.</summary>
    public const string UnknownRole = "admin.unknown-role";

    /// <summary>400: Identity refused the account (e-mail taken or invalid); its errors, in the caller's language, in <c>errors</c>.</summary>
    public const string UserInvalid = "admin.user-invalid";

    /// <summary>400: a group name that is empty or longer than 100 characters.</summary>
    public const string GroupInvalid = "admin.group-invalid";

    public static ProblemDetails Create(int status, string title, string code, string detail)
    {
        var problem = new ProblemDetails { Type = CollectionsExceptionHandler.TypePrefix + code, Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }
}
