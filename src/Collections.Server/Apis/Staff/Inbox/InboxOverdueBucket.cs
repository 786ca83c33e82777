using System.Globalization;
using Collections.Domain.Errors;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// Days past the invoice's due date (query parameter <c>overdue</c>), the same buckets as the case list:
/// <c>1-30</c>, <c>31-60</c>, <c>61-90</c>, <c>90+</c>. Days count in UTC dates, as the domain counts them.
/// </summary>
public sealed record InboxOverdueBucket(int MinDays, int? MaxDays)
{
    public static readonly IReadOnlyList<string> Known = ["1-30", "31-60", "61-90", "90+"];

    public static InboxOverdueBucket Parse(string bucket) => bucket switch
    {
        "1-30" => new(1, 30),
        "31-60" => new(31, 60),
        "61-90" => new(61, 90),
        "90+" => new(91, null),
        _ => throw new DomainValidationException("inbox.overdue-unknown", "overdue",
            string.Create(CultureInfo.InvariantCulture, $"'{bucket}' is not an overdue bucket; use {string.Join(", ", Known)}.")),
    };

    /// <summary>Invoices due on or before this day are at least <see cref="MinDays"/> overdue on <paramref name="today"/>.</summary>
    public DateOnly DueOnOrBefore(DateOnly today) => today.AddDays(-MinDays);

    /// <summary>Invoices due on or after this day are at most <see cref="MaxDays"/> overdue; null for the open-ended bucket.</summary>
    public DateOnly? DueOnOrAfter(DateOnly today) => MaxDays is { } max ? today.AddDays(-max) : null;
}
