namespace Collections.Server.Security;

/// <summary>
/// An API key as the admin page lists it (never the secret). <see cref="Source"/> is <c>database</c> (issued here,
/// revocable) or <c>configuration</c> (deployed in <c>Collections:ApiKeys</c>: no id, removed from configuration to revoke).
/// </summary>
public sealed record ApiKeyDto(
    Guid? Id,
    string Name,
    string? Prefix,
    IReadOnlyList<string> Scopes,
    DateTimeOffset? CreatedAt,
    string? CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    string Source)
{
    public const string FromDatabase = "database";
    public const string FromConfiguration = "configuration";
}

/// <summary>A newly issued key: its listing and the secret, which is shown this once and never again.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);

/// <summary>Issues a key: a unique name (letters, digits, <c>. _ -</c>) and at least one scope.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateApiKeyBody(string? Name, IReadOnlyList<string>? Scopes);
