using System.Linq.Expressions;
using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Invoices;
using Collections.Domain.Outreach.Policy;
using Collections.Engine.Api;
using Collections.Server.Persistence.Reads;
using Microsoft.EntityFrameworkCore;

namespace Collections.Server.Apis.Staff.Inbox;

/// <summary>
/// The collector's inbox as paged SQL: open user tasks assigned to the user or offered to them or their groups, joined
/// with their open case (by the root process instance), invoice and debtor, ordered by case priority (highest first),
/// due date (none last), creation and id, and paged by keyset. Tasks without an open case (processes started straight
/// through the engine API) follow all others, ordered the same way without the priority. The database filters, sorts
/// and pages; only a page of rows is read. On PostgreSQL the first page walks the open cases in priority order
/// (index <c>IX_domain_cases_Status_Priority</c>) and stops after a page; narrower filters start from the tasks and
/// probe the open cases' partial covering index.
/// Debtors the contact policy does not let anyone call now (hours, Sunday, holiday in their zone) sort after the
/// others: the distinct (country, zone) pairs of the debtors are judged once per request and the blocked ones go into
/// the SQL as a list, so the order and keyset paging stay in the database. The price: that leading sort key makes
/// PostgreSQL sort the matching rows instead of walking the priority index (see docs/architecture.md, inbox).
/// </summary>
internal sealed class InboxQuery(StaffReadDbContextFactory reads, IProcessQueries processes, TimeProvider timeProvider, ContactPolicy policy)
{
    /// <summary>Sort rank of a task without an open case: after every case (case priorities are never negative).</summary>
    private const int NoCaseRank = int.MinValue;

    private const string LikeEscape = "\\";

    /// <summary>Sort stand-in for "no due date": after every real one.</summary>
    private static readonly DateTimeOffset NoDueDate = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<InboxPageDto> ListAsync(InboxRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        await using var db = reads.Create();
        var blocked = await BlockedZonesAsync(db, cancellationToken);
        var keys = blocked.Keys.ToList();
        var tasks = Visible(db, request);
        var page = new List<InboxRow>(request.Limit + 1);
        if (request.After is not { Rank: NoCaseRank })
        {
            var rows = WithOpenCase(db, tasks, request, today, keys);
            if (request.After is { } after) rows = (after.Later == 1 ? rows.Where(r => r.Later == 1 && r.Rank <= after.Rank) : rows).Where(After(after));
            page.AddRange(await rows.OrderBy(r => r.Later).ThenByDescending(r => r.Rank).ThenBy(r => r.Due).ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
                .Take(request.Limit + 1).ToListAsync(cancellationToken));
        }

        if (page.Count <= request.Limit && request.Overdue is null)
        {
            var rows = WithoutOpenCase(db, tasks, request);
            if (request.After is { Rank: NoCaseRank } after) rows = rows.Where(After(after));
            page.AddRange(await rows.OrderBy(r => r.Due).ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
                .Take(request.Limit + 1 - page.Count).ToListAsync(cancellationToken));
        }

        var items = new List<InboxItemDto>(Math.Min(page.Count, request.Limit));
        foreach (var row in page.Take(request.Limit))
        {
            var item = row.CaseId is null ? await WithoutCaseAsync(row.Task, cancellationToken) : WithCase(row, today, blocked);
            items.Add(item with { TaskNames = await TaskNamesAsync(row.Task, cancellationToken) });
        }

        var next = page.Count > request.Limit ? Position(page[request.Limit - 1]).Encode() : null;
        int? total = request.IncludeTotal ? await CountAsync(db, tasks, request, today, keys, cancellationToken) : null;
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
        var result = new List<InboxTaskTypeDto>(types.Count);
        foreach (var type in types)
        {
            // One small query per kind of task (a handful): PostgreSQL has no max() over uuid to fold it into the grouping.
            var definitionId = await db.UserTasks.Where(t => t.TaskDefinitionKey == type.Key).Select(t => t.DefinitionId).FirstAsync(cancellationToken);
            var names = (await processes.GetProcessTextsAsync(definitionId, cancellationToken))?.Activities.GetValueOrDefault(type.Key)?.Names;
            result.Add(new InboxTaskTypeDto(type.Key, type.Name, type.Count, names));
        }

        return result;
    }

    private static IQueryable<UserTaskRow> Visible(StaffReadDbContext db, InboxRequest request)
    {
        var tasks = db.UserTasks.Where(InboxVisibility.For(request.UserId, request.Groups, request.Filter));
        return request.TaskDefinitionKey is { } key ? tasks.Where(t => t.TaskDefinitionKey == key) : tasks;
    }

    /// <summary>The (country, zone) pairs of debtors nobody may call now, keyed <c>country|zone</c>, with the next allowed moment and the rule.</summary>
    private async Task<Dictionary<string, (DateTimeOffset Until, string Rule)>> BlockedZonesAsync(StaffReadDbContext db, CancellationToken cancellationToken)
    {
        var now = NodaTime.Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
        var zones = await db.Debtors.Select(d => new { d.Country, d.TimeZone }).Distinct().ToListAsync(cancellationToken);
        var blocked = new Dictionary<string, (DateTimeOffset, string)>(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            if (policy.Decide(new ContactRequest(ContactChannels.Phone, zone.Country, zone.TimeZone, now)) is ContactDecision.DeferredUntil deferred)
            {
                blocked[ZoneKey(zone.Country, zone.TimeZone)] = (deferred.Until.ToDateTimeOffset(), deferred.Reason);
            }
        }

        return blocked;
    }

    private static string ZoneKey(string country, string timeZone) => country + "|" + timeZone;

    private static IQueryable<InboxRow> WithOpenCase(StaffReadDbContext db, IQueryable<UserTaskRow> tasks, InboxRequest request, DateOnly today, List<string> blocked)
    {
        var cases = db.Cases.Where(c => c.Status == CaseStatuses.Open);
        if (request.Overdue is { } bucket)
        {
            var onOrBefore = bucket.DueOnOrBefore(today);
            var invoices = db.Invoices.Where(i => i.Status == InvoiceStatuses.Open && i.DueDate <= onOrBefore);
            if (bucket.DueOnOrAfter(today) is { } onOrAfter) invoices = invoices.Where(i => i.DueDate >= onOrAfter);
            var inBucket = invoices.Select(i => i.Id);
            cases = cases.Where(c => inBucket.Contains(c.InvoiceId));
        }

        if (Pattern(request) is { } pattern)
        {
            // Debtors and invoices that match come first (a trigram index each on PostgreSQL), then their open cases.
            var debtors = db.Debtors.Where(d => EF.Functions.Like(d.Name.ToLower(), pattern, LikeEscape)).Select(d => d.Id);
            var invoices = db.Invoices.Where(i => EF.Functions.Like(i.Number.ToLower(), pattern, LikeEscape)).Select(i => i.Id);
            var matching = db.Cases.Where(c => c.Status == CaseStatuses.Open && debtors.Contains(c.DebtorId)).Select(c => c.Id)
                .Union(db.Cases.Where(c => c.Status == CaseStatuses.Open && invoices.Contains(c.InvoiceId)).Select(c => c.Id));
            cases = cases.Where(c => matching.Contains(c.Id));
        }

        var joined =
            from t in tasks
            join c in cases on (Guid?)t.RootInstanceId equals c.ProcessInstanceId
            join i in db.Invoices on c.InvoiceId equals i.Id
            join d in db.Debtors on c.DebtorId equals d.Id
            select new { t, c, i, d };
        if (request.Overdue is null && request.Search is null)
        {
            return joined.Select(x => new InboxRow
            {
                Task = x.t, CaseId = x.c.Id, InvoiceNumber = x.i.Number, Balance = x.i.Balance, Currency = x.i.Currency, InvoiceDueDate = x.i.DueDate,
                Debtor = x.d.Name, Rank = x.c.Priority, Due = x.t.DueDate ?? NoDueDate,
                Country = x.d.Country, TimeZone = x.d.TimeZone, Later = blocked.Contains(x.d.Country + "|" + x.d.TimeZone) ? 1 : 0,
            });
        }

        // Filtered on case facts, the rank is an expression (priority + 0 as a parameter): PostgreSQL then sorts the
        // filtered rows instead of walking every open case in priority order until enough match. Days overdue are part
        // of the priority, so an overdue bucket or a rare search term can sit at the far end of that walk.
        var zero = 0;
        return joined.Select(x => new InboxRow
        {
            Task = x.t, CaseId = x.c.Id, InvoiceNumber = x.i.Number, Balance = x.i.Balance, Currency = x.i.Currency, InvoiceDueDate = x.i.DueDate,
            Debtor = x.d.Name, Rank = x.c.Priority + zero, Due = x.t.DueDate ?? NoDueDate,
            Country = x.d.Country, TimeZone = x.d.TimeZone, Later = blocked.Contains(x.d.Country + "|" + x.d.TimeZone) ? 1 : 0,
        });
    }

    private static IQueryable<InboxRow> WithoutOpenCase(StaffReadDbContext db, IQueryable<UserTaskRow> tasks, InboxRequest request)
    {
        var rows = tasks.Where(t => !db.Cases.Any(c => c.ProcessInstanceId == t.RootInstanceId && c.Status == CaseStatuses.Open));
        if (Pattern(request) is { } pattern)
        {
            rows = rows.Where(t => t.BusinessKey != null && EF.Functions.Like(t.BusinessKey.ToLower(), pattern, LikeEscape));
        }

        return rows.Select(t => new InboxRow { Task = t, Rank = NoCaseRank, Due = t.DueDate ?? NoDueDate, Later = 0 });
    }

    /// <summary>Every task the request matches; without filters on case facts that is one count of the tasks.</summary>
    private static async Task<int> CountAsync(
        StaffReadDbContext db, IQueryable<UserTaskRow> tasks, InboxRequest request, DateOnly today, List<string> blocked, CancellationToken cancellationToken)
    {
        if (request.Overdue is null && request.Search is null) return await tasks.CountAsync(cancellationToken);
        var withCase = await WithOpenCase(db, tasks, request, today, blocked).CountAsync(cancellationToken);
        return request.Overdue is null ? withCase + await WithoutOpenCase(db, tasks, request).CountAsync(cancellationToken) : withCase;
    }

    /// <summary>The search as a case-insensitive LIKE pattern (lower-cased on both sides; SQLite folds ASCII letters only).</summary>
    private static string? Pattern(InboxRequest request) => request.Search is { } search
        ? "%" + InboxVisibility.EscapeLike(search.ToLowerInvariant()) + "%"
        : null;

    /// <summary>Strictly after the cursor in (later, rank desc, due, created, id) order.</summary>
    private static Expression<Func<InboxRow, bool>> After(InboxCursor c) => r =>
        r.Later > c.Later
        || (r.Later == c.Later && (r.Rank < c.Rank
            || (r.Rank == c.Rank && (r.Due > c.Due
                || (r.Due == c.Due && (r.Task.CreatedAt > c.CreatedAt
                    || (r.Task.CreatedAt == c.CreatedAt && r.Task.Id.CompareTo(c.TaskId) > 0)))))));

    private static InboxCursor Position(InboxRow row) => new(row.Rank, row.Due, row.Task.CreatedAt, row.Task.Id, row.Later);

    private static InboxItemDto WithCase(InboxRow row, DateOnly today, Dictionary<string, (DateTimeOffset Until, string Rule)> blocked)
    {
        var item = Item(row.Task, row.CaseId, row.Rank, row.InvoiceNumber, row.Balance, row.Currency,
            Math.Max(0, today.DayNumber - row.InvoiceDueDate!.Value.DayNumber), row.Debtor);
        return blocked.TryGetValue(ZoneKey(row.Country!, row.TimeZone!), out var next)
            ? item with { ContactableNow = false, ContactableAt = next.Until, ContactRule = next.Rule }
            : item;
    }

    /// <summary>
    /// A task without an open case (its process was started through the engine API, or its case was closed a moment
    /// ago): its facts are the root instance's variables, read for the rows of this page only.
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

    /// <summary>The task's name per language from its diagram (cached by the engine per definition), else its stored name.</summary>
    private async Task<IReadOnlyDictionary<string, string>?> TaskNamesAsync(UserTaskRow task, CancellationToken cancellationToken) =>
        (await processes.GetProcessTextsAsync(task.DefinitionId, cancellationToken))?.Activities.GetValueOrDefault(task.TaskDefinitionKey)?.Names
        ?? Engine.Model.ProcessTextKeys.Resolve(Engine.Model.ProcessTextKeys.None, task.Name);

    private static decimal? ToDecimal(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        string text when decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>
    /// A task with the case facts the page shows (null without an open case) and the two sort keys, all computed in
    /// the SQL. Only these columns are read, so the open cases' partial index covers its part of the join.
    /// </summary>
    private sealed class InboxRow
    {
        public required UserTaskRow Task { get; init; }
        public Guid? CaseId { get; init; }
        public string? InvoiceNumber { get; init; }
        public decimal? Balance { get; init; }
        public string? Currency { get; init; }
        public DateOnly? InvoiceDueDate { get; init; }
        public string? Debtor { get; init; }

        /// <summary>The case priority, or <see cref="NoCaseRank"/>.</summary>
        public int Rank { get; init; }

        public DateTimeOffset Due { get; init; }

        public string? Country { get; init; }

        public string? TimeZone { get; init; }

        /// <summary>1 when the debtor cannot be called now (sorts after 0), else 0.</summary>
        public int Later { get; init; }
    }
}
