using System.Diagnostics;
using System.Globalization;
using Collections.Domain.Cases;
using Npgsql;

namespace Collections.Benchmarks;

/// <summary>
/// Bulk-loads the inbox benchmark's data with COPY: debtors, invoices, cases, process instances and open user tasks,
/// each a copy of a row the real server wrote for a template case (same columns, types, JSON document, candidate-list
/// encoding), with new ids and varied facts. Open cases wait in one of the process's four user tasks (the branch the
/// process's gateway takes for that amount); the others are closed as paid, as a full payment leaves them. History rows
/// are not copied: nothing the inbox reads uses them.
/// </summary>
internal sealed class InboxSeeder(NpgsqlConnection connection, InboxTemplates templates, DateTimeOffset now)
{
    private static readonly string[] Prefixes = ["Ferretería", "Distribuidora", "Comercial", "Abarrotes", "Transportes", "Servicios", "Farmacia", "Constructora"];
    private static readonly string[] Surnames = ["López", "García", "Hernández", "Martínez", "Norte", "del Sur", "del Valle", "Pérez", "Sánchez", "Ramírez"];

    private readonly Random _random = new(20261123);
    private readonly CasePriorityOptions _priority = new();

    public const int DebtorCount = 5000;

    /// <summary>Share of open tasks assigned to someone (the rest are offered to their group).</summary>
    private const double AssignedShare = 0.10;

    public async Task<TimeSpan> SeedAsync(int cases, int openTasks, string collector, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var debtors = await CopyDebtorsAsync(cancellationToken);
        var facts = Enumerable.Range(0, cases).Select(i => NewCase(i, cases, openTasks, debtors)).ToList();
        await CopyAsync(templates.Invoice(facts[0]), facts, InvoiceOverrides, cancellationToken);
        await CopyAsync(templates.Instance(facts[0]), facts, InstanceOverrides, cancellationToken);
        await CopyAsync(templates.Case(facts[0]), facts, CaseOverrides, cancellationToken);
        var open = facts.Where(f => f.Branch is not null).ToList();
        AssignSome(open, collector);
        await CopyAsync(templates.Task(open[0]), open, TaskOverrides, cancellationToken);
        foreach (var table in new[] { "domain_debtors", "domain_invoices", "domain_cases", "engine_instances", "engine_user_tasks" })
        {
            // As autovacuum leaves a table at rest: statistics, and the visibility map that index-only scans need.
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return clock.Elapsed;
    }

    private async Task<List<(Guid Id, string Name, string ExternalId, int Risk)>> CopyDebtorsAsync(CancellationToken cancellationToken)
    {
        var debtors = Enumerable.Range(0, DebtorCount).Select(n => (
            Id: Guid.CreateVersion7(now),
            Name: string.Create(CultureInfo.InvariantCulture, $"{Prefixes[n % Prefixes.Length]} {Surnames[n / Prefixes.Length % Surnames.Length]} {n}"),
            ExternalId: string.Create(CultureInfo.InvariantCulture, $"BD-{n:00000}"),
            Risk: _random.Next(0, 101))).ToList();
        var row = templates.Debtor;
        await using var writer = await row.BeginCopyAsync(connection, cancellationToken);
        foreach (var d in debtors)
        {
            await row.WriteAsync(writer, new Dictionary<int, object?>
            {
                [row.Index("Id")] = d.Id, [row.Index("ExternalId")] = d.ExternalId, [row.Index("Name")] = d.Name, [row.Index("RiskScore")] = d.Risk,
            }, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return debtors;
    }

    private SeededCase NewCase(int i, int cases, int openTasks, List<(Guid Id, string Name, string ExternalId, int Risk)> debtors)
    {
        // Exactly openTasks of the cases are open, spread evenly through the ids.
        var open = (long)i * openTasks / cases != (long)(i + 1) * openTasks / cases;
        var branch = open ? InboxTemplates.PickBranch(_random.NextDouble()) : null;
        var amount = Math.Round((decimal)(branch?.MinAmount ?? 100) + ((decimal)_random.NextDouble() * ((branch?.MaxAmount ?? 50_000) - (branch?.MinAmount ?? 100))), 2);
        var days = _random.Next(1, 201);
        var debtor = debtors[_random.Next(debtors.Count)];
        var broken = open && _random.NextDouble() < 0.1 ? 1 : 0;
        var opened = now.AddMinutes(-_random.Next(1, 60 * 24 * 60));
        return new SeededCase(
            CaseId: Guid.CreateVersion7(opened), InvoiceId: Guid.CreateVersion7(opened), InstanceId: Guid.CreateVersion7(opened), TaskId: Guid.CreateVersion7(opened),
            Number: string.Create(CultureInfo.InvariantCulture, $"BI-{i:000000}"), DebtorId: debtor.Id, DebtorName: debtor.Name, DebtorExternalId: debtor.ExternalId,
            Amount: amount, DueDate: DateOnly.FromDateTime(now.UtcDateTime).AddDays(-days), OpenedAt: opened,
            Priority: _priority.Compute(amount, days, debtor.Risk, broken), BrokenPromises: broken, Branch: branch);
    }

    private void AssignSome(List<SeededCase> open, string collector)
    {
        for (var i = 0; i < open.Count; i++)
        {
            if (_random.NextDouble() >= AssignedShare) continue;
            // About one in seven assigned tasks is the measured collector's; the others belong to colleagues.
            open[i] = open[i] with { Assignee = _random.Next(7) == 0 ? collector : string.Create(CultureInfo.InvariantCulture, $"colleague{_random.Next(40)}@bench.test") };
        }
    }

    private async Task CopyAsync(TemplateRow first, IReadOnlyList<SeededCase> facts, Func<TemplateRow, SeededCase, Dictionary<int, object?>> overrides, CancellationToken cancellationToken)
    {
        await using var writer = await first.BeginCopyAsync(connection, cancellationToken);
        foreach (var fact in facts)
        {
            var row = first.Table switch
            {
                "domain_invoices" => templates.Invoice(fact),
                "engine_instances" => templates.Instance(fact),
                "domain_cases" => templates.Case(fact),
                _ => templates.Task(fact),
            };
            await row.WriteAsync(writer, overrides(row, fact), cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Dictionary<int, object?> InvoiceOverrides(TemplateRow row, SeededCase c) => new()
    {
        [row.Index("Id")] = c.InvoiceId, [row.Index("ExternalId")] = "ext-" + c.Number, [row.Index("Number")] = c.Number, [row.Index("DebtorId")] = c.DebtorId,
        [row.Index("Amount")] = c.Amount, [row.Index("Balance")] = c.Branch is null ? 0m : c.Amount,
        [row.Index("IssueDate")] = c.DueDate.AddDays(-30), [row.Index("DueDate")] = c.DueDate, [row.Index("CreatedAt")] = c.OpenedAt, [row.Index("UpdatedAt")] = c.OpenedAt,
    };

    private Dictionary<int, object?> InstanceOverrides(TemplateRow row, SeededCase c) => new()
    {
        [row.Index("Id")] = c.InstanceId, [row.Index("RootInstanceId")] = c.InstanceId, [row.Index("BusinessKey")] = c.Number,
        [row.Index("StartedAt")] = c.OpenedAt, [row.Index("EndedAt")] = c.Branch is null ? c.OpenedAt.AddDays(3) : null,
        [row.Index("Document")] = templates.Document(row, c),
    };

    private static Dictionary<int, object?> CaseOverrides(TemplateRow row, SeededCase c) => new()
    {
        [row.Index("Id")] = c.CaseId, [row.Index("InvoiceId")] = c.InvoiceId, [row.Index("DebtorId")] = c.DebtorId, [row.Index("ProcessInstanceId")] = c.InstanceId,
        [row.Index("Priority")] = c.Priority, [row.Index("BrokenPromises")] = c.BrokenPromises, [row.Index("OpenedAt")] = c.OpenedAt,
        [row.Index("ClosedAt")] = c.Branch is null ? c.OpenedAt.AddDays(3) : null, [row.Index("UpdatedAt")] = c.OpenedAt,
    };

    private static Dictionary<int, object?> TaskOverrides(TemplateRow row, SeededCase c) => new()
    {
        [row.Index("Id")] = c.TaskId, [row.Index("ProcessInstanceId")] = c.InstanceId, [row.Index("RootInstanceId")] = c.InstanceId,
        [row.Index("BusinessKey")] = c.Number, [row.Index("Assignee")] = c.Assignee, [row.Index("CreatedAt")] = c.OpenedAt,
        // The process sets the task's due date to the invoice's (camunda:dueDate="${dueDate}").
        [row.Index("DueDate")] = new DateTimeOffset(c.DueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}
