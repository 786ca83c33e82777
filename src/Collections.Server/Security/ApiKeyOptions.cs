namespace Collections.Server.Security;

/// <summary>
/// Keys deployed with the server, bound from <c>Collections:ApiKeys</c> (an array of name, hash, scopes): for keys that
/// must exist before anyone signs in (a worker fleet, a benchmark, a test). Admins issue and revoke the others in the
/// key table (<see cref="ApiKeyStore"/>; docs/architecture.md, "API keys").
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Collections";

    /// <summary>The accepted keys (default none: only keys from the key table are accepted).</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];
}
