using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Collections.Domain.Webhooks;

/// <summary>
/// <c>Collections-Signature: t=UNIX_SECONDS,v1=HEX</c> where HEX is HMAC-SHA256 with the subscription's secret over
/// <c>"{t}.{body}"</c> (the Stripe scheme): the timestamp inside the MAC lets receivers refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Collections-Signature";

    public static string Create(string secret, DateTimeOffset at, string body)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Mac(secret, t, body)}";
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(secret, t, body)), Encoding.ASCII.GetBytes(v1));
    }

    private static string Mac(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}
