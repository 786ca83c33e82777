using System.Security.Cryptography;
using System.Text.Json;

namespace Collections.Server.Audit;

/// <summary>
/// The hash chain of the audit log. A row's canonical content is a JSON array of its fields in a fixed order (sequence,
/// id, time in Unix milliseconds, actor kind, actor id, action, target, case id, client address, details, previous
/// hash); JSON quoting keeps field boundaries unambiguous. The hash is the lower-case hex SHA-256 of its UTF-8 bytes.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.Id.ToString("D"));
            json.WriteNumberValue(entry.OccurredAt.ToUnixTimeMilliseconds());
            json.WriteStringValue(entry.ActorKind);
            json.WriteStringValue(entry.ActorId);
            json.WriteStringValue(entry.Action);
            json.WriteStringValue(entry.Target);
            WriteNullable(json, entry.CaseId?.ToString("D"));
            WriteNullable(json, entry.ClientAddress);
            json.WriteStringValue(entry.Details);
            json.WriteStringValue(entry.PreviousHash);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>Whole milliseconds in UTC: what SQLite's and PostgreSQL's columns both keep exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }
}
