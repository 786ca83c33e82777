namespace Collections.Server.Security;

/// <summary>The first administrator, created at start when no user exists. Bound from <c>Collections:Admin</c>.</summary>
public sealed class StaffAdminOptions
{
    public const string Section = "Collections:Admin";

    /// <summary>E-mail (and user name) of the first admin. Default <c>admin@collections.local</c>.</summary>
    public string Email { get; set; } = "admin@collections.local";

    /// <summary>Password of the first admin. Default null: a random one is generated and written to the log once.</summary>
    public string? Password { get; set; }
}
