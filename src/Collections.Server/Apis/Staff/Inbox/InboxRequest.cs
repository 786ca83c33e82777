using System.Globalization;
using Collections.Domain.Errors;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// One inbox page request, already checked: whose inbox (<see cref="UserId"/> and <see cref="Groups"/>), which tasks
/// (<see cref="InboxFilters"/>, a task definition key, an overdue bucket, a search over debtor name and invoice
/// number), and where the page starts.
/// </summary>
public sealed record InboxRequest(
    string UserId,
    IReadOnlyList<string> Groups,
    string Filter,
    string? TaskDefinitionKey,
    InboxOverdueBucket? Overdue,
    string? Search,
    InboxCursor? After,
    int Limit,
    bool IncludeTotal)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxSearchLength = 100;

    /// <summary>Checks the query parameters; a bad one is a 400 problem naming it.</summary>
    public static InboxRequest Parse(
        string userId, IReadOnlyList<string> groups, string? filter, string? taskKey, string? overdue, string? search, string? cursor,
        int? limit, bool? total)
    {
        var chosen = string.IsNullOrWhiteSpace(filter) ? InboxFilters.All : filter.Trim();
        if (!InboxFilters.Known.Contains(chosen))
        {
            throw new DomainValidationException("inbox.filter-unknown", "filter", $"'{filter}' is not a filter; use {string.Join(", ", InboxFilters.Known)}.");
        }

        var key = string.IsNullOrWhiteSpace(taskKey) ? null : taskKey.Trim();
        if (key is { Length: > 255 }) throw new DomainValidationException("field.too-long", "taskKey", "'taskKey' is at most 255 characters.");
        var term = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (term is { Length: > MaxSearchLength })
        {
            throw new DomainValidationException("field.too-long", "q", string.Create(CultureInfo.InvariantCulture, $"'q' is at most {MaxSearchLength} characters."));
        }

        if (limit is < 1 or > MaxLimit)
        {
            throw new DomainValidationException("field.out-of-range", "limit", string.Create(CultureInfo.InvariantCulture, $"'limit' must be between 1 and {MaxLimit}."));
        }

        return new InboxRequest(userId, groups, chosen, key, string.IsNullOrWhiteSpace(overdue) ? null : InboxOverdueBucket.Parse(overdue.Trim()),
            term, InboxCursor.Decode(cursor), limit ?? DefaultLimit, total ?? false);
    }
}
