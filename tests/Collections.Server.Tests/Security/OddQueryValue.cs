using System.Globalization;
using System.Text.Json;

namespace Collections.Server.Tests.Security;

/// <summary>
/// The odd query-string values the sweep sends to every query parameter, and whether a value is one the parameter's
/// schema can hold (a value it cannot hold must be refused with 400, not silently read as something else).
/// </summary>
public sealed record OddQueryValue(string Raw, string Label)
{
    public static IReadOnlyList<OddQueryValue> All { get; } =
    [
        new("%00", "NUL"),
        new("%01%1F", "control characters"),
        new("a%0Ab", "a line feed"),
        new(new string('x', 4000), "4,000 characters"),
        new("-1", "-1"),
        new("0", "0"),
        new("2147483648", "2^31"),
        new("99999999999999999999", "a huge page size"),
        new("1e309", "1e309"),
        new("abc", "abc"),
        new("2026-13-45", "2026-13-45"),
        new("not-a-guid", "not-a-guid"),
    ];

    /// <summary>The value as the server reads it (percent-decoded).</summary>
    public string Decoded => Uri.UnescapeDataString(Raw);

    /// <summary>
    /// False when the schema is typed (number, boolean, GUID, date, enum) and the value is not of that type; null when
    /// the schema is free text, so any value may be legitimate.
    /// </summary>
    public bool? FitsType(JsonElement schema)
    {
        var types = SampleBody.Types(schema);
        var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var value = Decoded;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == value);
        }

        return (types, format) switch
        {
            (_, "int32") => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            (_, "int64") => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            (_, "uuid") => Guid.TryParse(value, out _),
            (_, "date") => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            (_, "date-time") => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ when types.Contains("boolean") => bool.TryParse(value, out _),
            _ when types.Contains("integer") => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ => null,
        };
    }
}
