using System.Buffers.Text;
using System.Text;
using Collections.Domain.Errors;

namespace Collections.Server.Audit;

/// <summary>
/// The admin list's filters, checked: actor and action match exactly, the period is <c>from</c> inclusive to <c>to</c>
/// exclusive, the cursor is the opaque base64url of the last sequence seen, the limit 1 to <see cref="MaxLimit"/>.
/// </summary>
public sealed record AuditFilter(string? Actor, string? Action, Guid? CaseId, DateTimeOffset? From, DateTimeOffset? To, long? Before, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static AuditFilter Parse(string? actor, string? action, Guid? caseId, DateTimeOffset? from, DateTimeOffset? to, string? cursor, int? limit)
    {
        if (limit is < 1 or > MaxLimit) throw new DomainValidationException("audit.limit-invalid", "limit", $"limit is 1 to {MaxLimit}.");
        if (from is { } f && to is { } t && f > t) throw new DomainValidationException("audit.period-invalid", "from", "from must not be after to.");
        return new AuditFilter(Blank(actor), Blank(action), caseId, from, to, DecodeCursor(cursor), limit ?? DefaultLimit);
    }

    public static string EncodeCursor(long sequence) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static long? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            if (cursor.Length <= 40 && long.TryParse(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)), System.Globalization.CultureInfo.InvariantCulture, out var sequence) && sequence > 0)
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }

        throw new DomainValidationException("audit.cursor-invalid", "cursor", "The cursor is not one this list handed out.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
