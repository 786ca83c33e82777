namespace Collections.Server.Apis.Staff;

/// <summary>Sign-in form.</summary>
public sealed record LoginBody(string Email, string Password);

/// <summary>The signed-in staff member as the UI sees it.</summary>
public sealed record MeDto(
    string Id, string Email, string DisplayName, string Language, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups,
    bool MustChangePassword = false);

/// <summary>A password change by the signed-in user.</summary>
public sealed record ChangePasswordBody(string CurrentPassword, string NewPassword);

/// <summary>The UI language the user chose: <c>es</c> or <c>en</c>.</summary>
public sealed record LanguageBody(string Language);

/// <summary>Whom a manager hands a task to; null or empty gives it back to its candidate groups.</summary>
public sealed record DelegateTaskBody(string? UserId);

/// <summary>A staff account in the admin page.</summary>
public sealed record StaffUserDto(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups,
    bool Disabled = false, bool MustChangePassword = false);

/// <summary>The roles an admin gives a staff account (replacing its roles).</summary>
public sealed record StaffRolesBody(IReadOnlyList<string> Roles);

/// <summary>A reset password, shown once to the admin; the user must change it at the next sign-in.</summary>
public sealed record TemporaryPasswordDto(string TemporaryPassword);

/// <summary>Creates a staff account.</summary>
public sealed record CreateStaffUserBody(string Email, string Password, string? DisplayName, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Groups);

/// <summary>Validation answer: valid when no problem is an error (warnings do not block publishing).</summary>
public sealed record ValidationResultDto(bool Valid, IReadOnlyList<ValidationProblemDto> Problems);

/// <summary>One problem of a validation result, with the element it belongs to.</summary>
public sealed record ValidationProblemDto(string Severity, string Code, string Message, string? ElementKind, string? ElementId, int Line, int Column);
