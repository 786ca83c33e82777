namespace Collections.Server.Security;

/// <summary>What authentication learns about a presented key: its id, name, scopes, and whether it was revoked.</summary>
public sealed record ApiKeyMatch(string KeyId, string Name, IReadOnlyList<string> Scopes, bool Revoked);
