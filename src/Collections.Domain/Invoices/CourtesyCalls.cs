using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Persistence;
using Collections.Domain.Work;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Invoices;

/// <summary>
/// The process that runs for an invoice before it is due (<see cref="CaseOptions.CourtesyProcessKey"/>, the playbook's
/// courtesy call). Its business key is the invoice number, like a case's process, so the domain finds it without a
/// column of its own. The process, not the domain, decides whether an invoice is large enough for a call.
/// </summary>
public sealed partial class CourtesyCalls(
    IProcessEngine engine, IProcessQueries queries, DomainWork work, IOptions<CaseOptions> options, ILogger<CourtesyCalls> logger)
{
    private string? ProcessKey => string.IsNullOrWhiteSpace(options.Value.CourtesyProcessKey) ? null : options.Value.CourtesyProcessKey;

    /// <summary>Starts the courtesy process for a newly registered invoice that is not yet due, inside the registration's unit of work.</summary>
    internal async Task StartIfBeforeDueAsync(DomainDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        if (ProcessKey is not { } key || invoice.DueDate <= work.Today) return;
        var debtor = await db.Debtors.FindAsync([invoice.DebtorId], cancellationToken) ?? throw new InvalidOperationException($"Invoice {invoice.Id} names a missing debtor.");
        try
        {
            await engine.StartProcessAsync(new StartProcessRequest(key, invoice.Number, CaseService.InvoiceVariables(invoice, debtor, 0)), cancellationToken);
        }
        catch (NotFoundException ex)
        {
            // Registration must not fail because a process owner removed the courtesy process; the case still opens when due.
            LogNotDeployed(invoice.Number, key, ex.Message);
        }
    }

    /// <summary>True while a courtesy process of this invoice still runs (a call to make, an early dispute to resolve).</summary>
    public async Task<bool> IsRunningAsync(string invoiceNumber, CancellationToken cancellationToken) =>
        ProcessKey is { } key && (await RunningAsync(key, invoiceNumber, cancellationToken)).Count > 0;

    /// <summary>Ends the running courtesy process of an invoice that no longer needs it (paid before the call).</summary>
    internal async Task<bool> CancelAsync(string invoiceNumber, string reason, CancellationToken cancellationToken)
    {
        if (ProcessKey is not { } key) return false;
        var running = await RunningAsync(key, invoiceNumber, cancellationToken);
        foreach (var instance in running)
        {
            await engine.CancelProcessInstanceAsync(instance.Id, reason, cancellationToken);
        }

        return running.Count > 0;
    }

    private async Task<IReadOnlyList<ProcessInstanceInfo>> RunningAsync(string key, string invoiceNumber, CancellationToken cancellationToken) =>
        await queries.ListInstancesAsync(new InstanceQuery(DefinitionKey: key, BusinessKey: invoiceNumber, Status: ProcessInstanceStatus.Active, Take: 10), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No courtesy call for invoice {InvoiceNumber}: process {ProcessKey} cannot start ({Reason})")]
    private partial void LogNotDeployed(string invoiceNumber, string processKey, string reason);
}
