using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security;

/// <summary>A staff member who signs in to the UI. The user name is the e-mail address.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>Shown in the UI and recorded as the task assignee's display; null falls back to the e-mail.</summary>
    public string? DisplayName { get; set; }

    /// <summary>UI language: <c>es</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "es";

    /// <summary>
    /// Set for a generated first-admin password and after an admin reset: until the user picks a new password, every
    /// API call but sign-out, <c>/api/v1/me</c> and the password change answers 403 <c>auth.password-change-required</c>.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>An admin disabled the account: it cannot sign in, and its sessions end at the next stamp check.</summary>
    public bool Disabled { get; set; }
}
