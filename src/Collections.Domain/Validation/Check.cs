using System.Net.Mail;
using Collections.Domain.Errors;
using NodaTime;
using PhoneNumbers;

namespace Collections.Domain.Validation;

/// <summary>Field checks shared by the entities; each failure is a 400 that names the field.</summary>
public static class Check
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly HashSet<string> Regions = new(Phones.GetSupportedRegions(), StringComparer.Ordinal);

    /// <summary>Stable code of a refused control character (CR/LF in a name would become an e-mail header).</summary>
    public const string ControlCharacterCode = "request.control-character";

    /// <summary>
    /// Required single-line text, trimmed, at most <paramref name="maxLength"/> characters. Single-line fields end up
    /// in e-mail headers, SMS, CSV and log lines, so every control character (C0, DEL, C1 and the Unicode line and
    /// paragraph separators) is refused, not stripped: the caller learns which field is wrong.
    /// </summary>
    public static string Text(string? value, string field, int maxLength)
    {
        Required(value, field);
        return OptionalText(value, field, maxLength)!;
    }

    /// <summary>Optional single-line text (see <see cref="Text"/>); blank becomes null.</summary>
    public static string? OptionalText(string? value, string field, int maxLength) => Trimmed(value, field, maxLength, multiline: false);

    /// <summary>Required free text (notes, reasons) that may keep line breaks and tabs; other control characters are refused.</summary>
    public static string MultilineText(string? value, string field, int maxLength)
    {
        Required(value, field);
        return OptionalMultilineText(value, field, maxLength)!;
    }

    /// <summary>Optional free text (see <see cref="MultilineText"/>); blank becomes null.</summary>
    public static string? OptionalMultilineText(string? value, string field, int maxLength) => Trimmed(value, field, maxLength, multiline: true);

    /// <summary>True for the characters a single-line field refuses: C0, DEL, C1 (NEL U+0085 among them), U+2028 and U+2029.</summary>
    public static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainValidationException("field.required", field, $"'{field}' is required.");
    }

    private static string? Trimmed(string? value, string field, int maxLength, bool multiline)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength) throw new DomainValidationException("field.too-long", field, $"'{field}' has {trimmed.Length} characters; at most {maxLength} are allowed.");
        foreach (var c in trimmed)
        {
            if (multiline && c is '\n' or '\r' or '\t') continue;
            if (IsLineBreakOrControl(c))
            {
                throw new DomainValidationException(
                    ControlCharacterCode, field,
                    multiline ? $"'{field}' contains control characters." : $"'{field}' must be a single line without control characters (U+{(int)c:X4} found).");
            }
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>An IANA time zone id known to NodaTime's TZDB, e.g. <c>America/Mexico_City</c>.</summary>
    public static string TimeZone(string? value, string field)
    {
        var id = Text(value, field, 64);
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
        {
            throw new DomainValidationException("timezone.unknown", field, $"'{id}' is not an IANA time zone id (such as America/Mexico_City).");
        }

        return id;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code, upper case.</summary>
    public static string Country(string? value, string field)
    {
        var code = Text(value, field, 2);
        if (!Regions.Contains(code)) throw new DomainValidationException("country.unknown", field, $"'{code}' is not an ISO 3166-1 alpha-2 country code (such as MX, ES, US).");
        return code;
    }

    /// <summary><c>es</c> or <c>en</c> (DESIGN.md D7).</summary>
    public static string Language(string? value, string field)
    {
        var code = Text(value, field, 2);
        return code is "es" or "en" ? code : throw new DomainValidationException("language.unsupported", field, $"'{code}' is not a supported language; use 'es' or 'en'.");
    }

    public static string Email(string? value, string field)
    {
        var text = Text(value, field, 254);
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.'))
        {
            throw new DomainValidationException("email.invalid", field, $"'{text}' is not an e-mail address.");
        }

        return text;
    }

    /// <summary>A phone number valid for its region, returned in E.164; numbers without '+' are read in <paramref name="defaultRegion"/>.</summary>
    public static string Phone(string? value, string field, string? defaultRegion)
    {
        var text = Text(value, field, 32);
        try
        {
            var number = Phones.Parse(text, defaultRegion ?? "ZZ");
            if (Phones.IsValidNumber(number)) return Phones.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            // reported below with the field
        }

        throw new DomainValidationException("phone.invalid", field, $"'{text}' is not a valid phone number; use E.164 such as +525512345678.");
    }

    public static int Range(int value, string field, int min, int max) =>
        value >= min && value <= max ? value : throw new DomainValidationException("field.out-of-range", field, $"'{field}' must be between {min} and {max}; got {value}.");

    /// <summary>Dates between 1900 and 2200: anything else is a typo, not an invoice.</summary>
    public static DateOnly Date(DateOnly value, string field) =>
        value.Year is >= 1900 and <= 2200 ? value : throw new DomainValidationException("date.out-of-range", field, $"'{field}' must be between 1900-01-01 and 2200-12-31; got {value:yyyy-MM-dd}.");
}
