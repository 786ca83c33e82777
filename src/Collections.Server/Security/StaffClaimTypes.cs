namespace Collections.Server.Security;

/// <summary>Claims the sign-in cookie carries besides Identity's own (refreshed at every security-stamp check).</summary>
public static class StaffClaimTypes
{
    /// <summary>Present (value <c>true</c>) while the user must change the password before doing anything else.</summary>
    public const string MustChangePassword = "collections:must-change-password";
}
