using System.Linq.Expressions;
using Collections.Engine.Api;
using Collections.Server.Persistence.Reads;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// The collector's inbox as one paged SQL query: open user tasks assigned to the user or offered to them or their
/// groups, left-joined with their case (by the root process instance), invoice and debtor, ordered by case priority
/// (highest first; tasks without a case last), then due date (none last), creation and id, and paged by keyset. The
/// database does the filtering, sorting and paging; only the page's rows are read.
/// </summary>
internal sealed class InboxQuery(StaffReadDbContextFactory reads, IProcessQueries processes, TimeProvider timeProvider)
{
    /// <summary>Sort rank of a task without a case: after every case (case priorities are never negative).</summary>
    private const int NoCaseRank = int.MinValue;

    /// <summary>Sort stand-in for "no due date": after every real one.</summary>
    internal static readonly DateTimeOffset NoDueDate = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<InboxPageDto> ListAsync(InboxRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        await using var db = reads.Create();
        var rows = Filter(Join(db, Visible(db, request)), request, today);
        int? total = request.IncludeTotal ? await rows.CountAsync(cancellationToken) : null;
        if (request.After is { } after) rows = rows.Where(After(after));
        var page = await rows
            .OrderByDescending(r => r.Rank).ThenBy(r => r.Due).ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
            .Take(request.Limit + 1)
            .ToListAsync(cancellationToken);

        var items = new List<InboxItemDto>(Math.Min(page.Count, request.Limit));
        foreach (var row in page.Take(request.Limit))
        {
            items.Add(row.Case is null ? await WithoutCaseAsync(row.Task, cancellationToken) : WithCase(row, today));
        }

        var next = page.Count > request.Limit ? Position(page[request.Limit - 1]).Encode() : null;
        return new InboxPageDto(items, next, total);
    }

    /// <summary>The task definition keys among the tasks I see (any filter but the task key), most frequent first.</summary>
    public async Task<IReadOnlyList<InboxTaskTypeDto>> TaskTypesAsync(string userId, IReadOnlyList<string> groups, CancellationToken cancellationToken)
    {
        await using var db = reads.Create();
        var types = await db.UserTasks.Where(InboxVisibility.For(userId, groups, InboxFilters.All))
            .GroupBy(t => t.TaskDefinitionKey)
            .Select(g => new { g.Key, Name = g.Max(t => t.Name), Count = g.Count() })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Key)
            .ToListAsync(cancellationToken);
        return types.Select(t => new InboxTaskTypeDto(t.Key, t.Name, t.Count)).ToList();
    }

    private static IQueryable<UserTaskRow> Visible(StaffReadDbContext db, InboxRequest request)
    {
        var tasks = db.UserTasks.Where(InboxVisibility.For(request.UserId, request.Groups, request.Filter));
        return request.TaskDefinitionKey is { } key ? tasks.Where(t => t.TaskDefinitionKey == key) : tasks;
    }

    private static IQueryable<InboxRow> Join(StaffReadDbContext db, IQueryable<UserTaskRow> tasks) =>
        from t in tasks
        join c in db.Cases on (Guid?)t.RootInstanceId equals c.ProcessInstanceId into cases
        from c in cases.DefaultIfEmpty()
        join i in db.Invoices on c!.InvoiceId equals i.Id into invoices
        from i in invoices.DefaultIfEmpty()
        join d in db.Debtors on c!.DebtorId equals d.Id into debtors
        from d in debtors.DefaultIfEmpty()
        select new InboxRow
        {
            Task = t,
            Case = c,
            Invoice = i,
            Debtor = d,
            Rank = c == null ? NoCaseRank : c.Priority,
            Due = t.DueDate ?? NoDueDate,
        };

    private static IQueryable<InboxRow> Filter(IQueryable<InboxRow> rows, InboxRequest request, DateOnly today)
    {
        if (request.Overdue is { } bucket)
        {
            var onOrBefore = bucket.DueOnOrBefore(today);
            rows = rows.Where(r => r.Invoice != null && r.Invoice.DueDate <= onOrBefore);
            if (bucket.DueOnOrAfter(today) is { } onOrAfter) rows = rows.Where(r => r.Invoice!.DueDate >= onOrAfter);
        }

        if (request.Search is { } search)
        {
            // Lower-cased on both sides: case-insensitive on both providers (SQLite folds ASCII letters only).
            var term = search.ToLowerInvariant();
            rows = rows.Where(r => (r.Debtor != null && r.Debtor.Name.ToLower().Contains(term))
                || (r.Invoice != null && r.Invoice.Number.ToLower().Contains(term))
                || (r.Task.BusinessKey != null && r.Task.BusinessKey.ToLower().Contains(term)));
        }

        return rows;
    }

    /// <summary>Strictly after the cursor in (rank desc, due, created, id) order.</summary>
    private static Expression<Func<InboxRow, bool>> After(InboxCursor c) => r =>
        r.Rank < c.Rank
        || (r.Rank == c.Rank && (r.Due > c.Due
            || (r.Due == c.Due && (r.Task.CreatedAt > c.CreatedAt
                || (r.Task.CreatedAt == c.CreatedAt && r.Task.Id.CompareTo(c.TaskId) > 0)))));

    private static InboxCursor Position(InboxRow row) => new(row.Rank, row.Due, row.Task.CreatedAt, row.Task.Id);

    private static InboxItemDto WithCase(InboxRow row, DateOnly today) => Item(
        row.Task, row.Case!.Id, row.Case.Priority, row.Invoice?.Number, row.Invoice?.Balance, row.Invoice?.Currency,
        row.Invoice is { } invoice ? Math.Max(0, today.DayNumber - invoice.DueDate.DayNumber) : null, row.Debtor?.Name);

    /// <summary>
    /// A task whose process was started without a case (engine API, tests, older data): its facts are the root
    /// instance's variables. Read per row of this page only; processes the domain starts always have a case.
    /// </summary>
    private async Task<InboxItemDto> WithoutCaseAsync(UserTaskRow task, CancellationToken cancellationToken)
    {
        var variables = await processes.GetVariablesAsync(task.RootInstanceId, cancellationToken);
        object? Value(string name) => variables.TryGetValue(name, out var value) ? value.ToClr() : null;
        return Item(task, null, null, null, ToDecimal(Value("amount")), Value("currency")?.ToString(), null,
            (Value("debtorName") ?? Value("debtor"))?.ToString());
    }

    private static InboxItemDto Item(
        UserTaskRow t, Guid? caseId, int? priority, string? invoice, decimal? amount, string? currency, int? daysOverdue, string? debtor) =>
        new(t.Id, t.TaskDefinitionKey, t.Name, t.DefinitionKey, t.ProcessInstanceId, t.RootInstanceId, t.BusinessKey, t.Assignee,
            InboxVisibility.Decode(t.CandidateGroups), t.CreatedAt, t.DueDate, t.FollowUpDate, t.Priority, caseId, priority, invoice,
            amount, currency, daysOverdue, debtor);

    private static decimal? ToDecimal(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        string text when decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A task with its left-joined case facts and the two computed sort keys (translated into the SQL).</summary>
    private sealed class InboxRow
    {
        public required UserTaskRow Task { get; init; }
        public CaseRow? Case { get; init; }
        public InvoiceRow? Invoice { get; init; }
        public DebtorRow? Debtor { get; init; }
        public int Rank { get; init; }
        public DateTimeOffset Due { get; init; }
    }
}
