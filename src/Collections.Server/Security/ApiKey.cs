namespace Collections.Server.Security;

/// <summary>
/// An API key issued by an admin (admin page or <c>apikey create</c>), stored in the server's database. The secret is
/// never stored: only its SHA-256 (<see cref="Hash"/>) and its first characters (<see cref="Prefix"/>) so people can
/// tell keys apart. A revoked key stays in the table (who revoked it and when) and authenticates nothing.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;

    private ApiKey()
    {
        Name = Prefix = Hash = Scopes = CreatedBy = string.Empty;
    }

    public ApiKey(Guid id, string name, string prefix, string hash, IEnumerable<string> scopes, DateTimeOffset createdAt, string createdBy)
        : this()
    {
        (Id, Name, Prefix, Hash, CreatedAt, CreatedBy) = (id, name, prefix, hash, createdAt, createdBy);
        Scopes = string.Join(' ', scopes);
    }

    public Guid Id { get; private set; }

    /// <summary>Who holds the key (<c>erp-connector</c>); unique, and the identity that rate limits and idempotency keys are per.</summary>
    public string Name { get; private set; }

    /// <summary>The key's first characters (<c>col_Ab3dE9</c>), shown in lists; too short to guess the rest from.</summary>
    public string Prefix { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the key (unique).</summary>
    public string Hash { get; private set; }

    /// <summary>Space-separated scopes (<see cref="ApiScopes.All"/>).</summary>
    public string Scopes { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The admin's e-mail, or <c>cli</c> for <c>apikey create</c>.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>Last successful authentication, written at most once per <see cref="ApiKeyStoreOptions.LastUsedInterval"/> per node.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Revokes the key; false when it already was (the first revocation is kept).</summary>
    public bool Revoke(DateTimeOffset now, string by)
    {
        if (IsRevoked) return false;
        (RevokedAt, RevokedBy) = (now, by);
        return true;
    }
}
