using Npgsql;

namespace Collections.Benchmarks;

/// <summary>A user task of the benchmark process, the group it is offered to, the amounts that lead there and its share of open tasks.</summary>
internal sealed record InboxBranch(string TaskKey, string Group, decimal MinAmount, decimal MaxAmount, double Share);

/// <summary>One case the seeder writes: new ids and the facts that vary between cases.</summary>
internal sealed record SeededCase(
    Guid CaseId, Guid InvoiceId, Guid InstanceId, Guid TaskId, string Number, Guid DebtorId, string DebtorName, string DebtorExternalId,
    decimal Amount, DateOnly DueDate, DateTimeOffset OpenedAt, int Priority, int BrokenPromises, InboxBranch? Branch, string? Assignee = null);

/// <summary>
/// The rows the real server wrote for the template cases: one open case per branch (case, invoice, instance, user
/// task) and one paid case, plus their debtor.
/// </summary>
internal sealed class InboxTemplates
{
    public static readonly IReadOnlyList<InboxBranch> Branches =
    [
        new("call_debtor", "junior-collectors", 100m, 1_999.99m, 0.40),
        new("senior_call", "senior-collectors", 2_000m, 4_999.99m, 0.30),
        new("approve_discount", "managers", 5_000m, 19_999.99m, 0.15),
        new("resolve_dispute", "finance", 20_000m, 500_000m, 0.15),
    ];

    private readonly Dictionary<string, TemplateSet> _sets;
    private readonly TemplateSet _closed;

    private InboxTemplates(TemplateRow debtor, Dictionary<string, TemplateSet> sets, TemplateSet closed) => (Debtor, _sets, _closed) = (debtor, sets, closed);

    public TemplateRow Debtor { get; }

    public static InboxBranch PickBranch(double uniform)
    {
        var sum = 0.0;
        foreach (var branch in Branches)
        {
            sum += branch.Share;
            if (uniform < sum) return branch;
        }

        return Branches[^1];
    }

    /// <summary>Reads the rows of the template cases: one open case per branch (by task key) and the paid one.</summary>
    public static async Task<InboxTemplates> CaptureAsync(NpgsqlConnection connection, IReadOnlyDictionary<string, Guid> openCases, Guid paidCase, CancellationToken cancellationToken)
    {
        var sets = new Dictionary<string, TemplateSet>();
        foreach (var (key, caseId) in openCases) sets[key] = await ReadSetAsync(connection, caseId, withTask: true, cancellationToken);
        var closed = await ReadSetAsync(connection, paidCase, withTask: false, cancellationToken);
        var debtor = await TemplateRow.ReadAsync(connection, "domain_debtors", "Id", (Guid)closed.Case["DebtorId"]!, cancellationToken);
        return new InboxTemplates(debtor, sets, closed);
    }

    public TemplateRow Invoice(SeededCase c) => Set(c).Invoice;

    public TemplateRow Instance(SeededCase c) => Set(c).Instance;

    public TemplateRow Case(SeededCase c) => Set(c).Case;

    public TemplateRow Task(SeededCase c) => Set(c).Task ?? throw new InvalidOperationException("A paid case has no open task.");

    /// <summary>The template's instance document with the template case's ids, invoice number and debtor replaced by this case's.</summary>
    public string Document(TemplateRow instance, SeededCase c)
    {
        var set = Set(c);
        return ((string)instance["Document"]!)
            .Replace(((Guid)set.Case["Id"]!).ToString(), c.CaseId.ToString(), StringComparison.Ordinal)
            .Replace(((Guid)set.Invoice["Id"]!).ToString(), c.InvoiceId.ToString(), StringComparison.Ordinal)
            .Replace(((Guid)set.Instance["Id"]!).ToString(), c.InstanceId.ToString(), StringComparison.Ordinal)
            .Replace(((Guid)set.Case["DebtorId"]!).ToString(), c.DebtorId.ToString(), StringComparison.Ordinal)
            .Replace((string)set.Invoice["Number"]!, c.Number, StringComparison.Ordinal)
            .Replace((string)Debtor["ExternalId"]!, c.DebtorExternalId, StringComparison.Ordinal)
            .Replace((string)Debtor["Name"]!, c.DebtorName, StringComparison.Ordinal);
    }

    private TemplateSet Set(SeededCase c) => c.Branch is { } branch ? _sets[branch.TaskKey] : _closed;

    private static async Task<TemplateSet> ReadSetAsync(NpgsqlConnection connection, Guid caseId, bool withTask, CancellationToken cancellationToken)
    {
        var @case = await TemplateRow.ReadAsync(connection, "domain_cases", "Id", caseId, cancellationToken);
        var instanceId = (Guid)@case["ProcessInstanceId"]!;
        return new TemplateSet(
            @case,
            await TemplateRow.ReadAsync(connection, "domain_invoices", "Id", (Guid)@case["InvoiceId"]!, cancellationToken),
            await TemplateRow.ReadAsync(connection, "engine_instances", "Id", instanceId, cancellationToken),
            withTask ? await TemplateRow.ReadAsync(connection, "engine_user_tasks", "RootInstanceId", instanceId, cancellationToken) : null);
    }

    private sealed record TemplateSet(TemplateRow Case, TemplateRow Invoice, TemplateRow Instance, TemplateRow? Task);
}
