namespace Collections.Server.Security;

/// <summary>The database key store's settings, bound from <c>Collections:ApiKeyStore</c>.</summary>
public sealed class ApiKeyStoreOptions
{
    public const string Section = "Collections:ApiKeyStore";

    /// <summary>
    /// How long a node trusts what it read about a key before reading it again. Default 30 seconds: a revocation made on
    /// this node applies at once; one made on another node applies here within this time. Zero reads every request.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each node writes a key's <c>LastUsedAt</c> at most this often. Default 1 minute: one small write per key per minute, not per request.</summary>
    public TimeSpan LastUsedInterval { get; set; } = TimeSpan.FromMinutes(1);
}
