namespace Collections.Server.Security;

/// <summary>One configured API key: a name for logs, the SHA-256 of the key (hex), and its scopes.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key, e.g. <c>erp-connector</c>; shown in logs, never the key.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key; the key itself is never stored (print it once with <c>apikey create</c>).</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>What the key may do: <see cref="ApiScopes.ExternalTasks"/>, <see cref="ApiScopes.Admin"/>.</summary>
    public List<string> Scopes { get; set; } = [];
}
