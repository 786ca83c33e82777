using Collections.Domain.Errors;

namespace Collections.Domain.Paging;

/// <summary>
/// Opaque keyset cursors: the id of the last item returned. Ids are version-7 GUIDs made from the injected clock, so
/// id order is creation order on both databases and a page never skips or repeats a row inserted meanwhile.
/// </summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string Encode(Guid lastId) => Convert.ToBase64String(lastId.ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Guid? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = cursor.Replace('-', '+').Replace('_', '/') + "==";
            var bytes = Convert.FromBase64String(text);
            if (bytes.Length == 16) return new Guid(bytes);
        }
        catch (FormatException)
        {
            // reported below
        }

        throw new DomainValidationException("cursor.invalid", "cursor", "The cursor is not one this API returned.");
    }

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        < 1 or > MaxLimit => throw new DomainValidationException("field.out-of-range", "limit", $"'limit' must be between 1 and {MaxLimit}."),
        _ => limit.Value,
    };

    /// <summary>Builds the page from up to <paramref name="limit"/> + 1 rows fetched.</summary>
    public static Page<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> rows, int limit, Func<TIn, Guid> id, Func<TIn, TOut> map) =>
        new(rows.Take(limit).Select(map).ToList(), rows.Count > limit ? Encode(id(rows[limit - 1])) : null);
}
