using System.Security.Cryptography;
using System.Text;

namespace Collections.Server.Security;

/// <summary>Generates keys and hashes them. A key is 32 random bytes; SHA-256 suffices for such high-entropy secrets.</summary>
public static class ApiKeyHasher
{
    public const string Prefix = "col_";

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The key's first characters for lists (<c>col_</c> and 8 more of its 43 random ones).</summary>
    public static string DisplayPrefix(string key) => key[..Math.Min(key.Length, Prefix.Length + 8)];

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of two hex hashes.</summary>
    public static bool Matches(string keyHash, string configuredHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(keyHash), Encoding.ASCII.GetBytes(configuredHash.Trim().ToLowerInvariant()));
}
