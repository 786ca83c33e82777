namespace Collections.Server.Security;

/// <summary>
/// API keys, bound from <c>Collections:ApiKeys</c> (an array of name, hash, scopes). The first cut of issue 5's key
/// store: configuration instead of a database table (docs/architecture.md, "API keys").
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Collections";

    /// <summary>The accepted keys (default none: every protected endpoint answers 401 until a key is configured).</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];
}
