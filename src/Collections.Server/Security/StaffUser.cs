using Microsoft.AspNetCore.Identity;

namespace Collections.Server.Security;

/// <summary>A staff member who signs in to the UI. The user name is the e-mail address.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>Shown in the UI and recorded as the task assignee's display; null falls back to the e-mail.</summary>
    public string? DisplayName { get; set; }

    /// <summary>UI language: <c>es</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "es";
}
