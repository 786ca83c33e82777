using Collections.Domain.Cases;
using Collections.Domain.Debtors;
using Collections.Domain.Disputes;
using Collections.Domain.Invoices;
using Collections.Domain.Payments;
using Collections.Domain.Persistence;
using Collections.Domain.Promises;
using Collections.Domain.Scheduling;
using Collections.Domain.Webhooks;
using Collections.Domain.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CollectionsDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the domain on top of <c>AddCollectionsEngine</c>: its context on the engine's database (migrated at
    /// start), the services behind <c>/api/v1</c>, the scanner that opens overdue cases and breaks promises, and the
    /// webhook dispatcher. Call after the engine's startup service so the engine migrates first.
    /// </summary>
    public static IServiceCollection AddCollectionsDomain(this IServiceCollection services)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefaultProcessKey), "Collections:Domain:Cases:DefaultProcessKey is required.")
            .Validate(o => o.GraceDays is >= 0 and <= 365, "Collections:Domain:Cases:GraceDays must be 0..365.")
            .Validate(o => o.ScanInterval > TimeSpan.Zero, "Collections:Domain:Cases:ScanInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<CasePriorityOptions>().BindConfiguration(CasePriorityOptions.Section)
            .Validate(o => o.DaysCap >= 0, "Collections:Domain:Priority:DaysCap must not be negative.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.InitialRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.InitialRetryDelay, "Webhook retry delays must be positive and MaxRetryDelay >= InitialRetryDelay.")
            .Validate(o => o.LockDuration > o.RequestTimeout, "Collections:Domain:Webhooks:LockDuration must exceed RequestTimeout.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DomainDbContextFactory>();
        services.TryAddSingleton<DomainWork>();
        services.TryAddSingleton<Collections.Domain.Company.CompanyDetailsSeeder>();
        services.TryAddSingleton<WebhookOutbox>();
        services.TryAddSingleton<CaseProcess>();
        services.TryAddSingleton<DebtorService>();
        services.TryAddSingleton<InvoiceService>();
        services.TryAddSingleton<CourtesyCalls>();
        services.TryAddSingleton<CaseService>();
        services.TryAddSingleton<PaymentService>();
        services.TryAddSingleton<DisputeService>();
        services.TryAddSingleton<PromiseService>();
        services.TryAddSingleton<WebhookService>();
        services.TryAddSingleton<Collections.Domain.Outreach.ContactAttemptService>();
        services.TryAddSingleton<NegotiationRequestService>();
        services.TryAddSingleton<CaseBrowser>();
        services.TryAddSingleton<Collections.Domain.ProcessNames.ActivityNames>();
        // Calls and visits: the outcome recorder and the call script with the contact policy.
        services.TryAddSingleton<Collections.Domain.Outreach.Calls.CallOutcomeRecorder>();
        services.TryAddSingleton<Collections.Domain.Outreach.Calls.CallScriptService>();
        services.TryAddSingleton<Collections.Domain.Outreach.Calls.ContactRulesGuard>();
        services.TryAddSingleton<Collections.Domain.Outreach.Calls.IContactOverrideAudit, Collections.Domain.Outreach.Calls.NoContactOverrideAudit>();
        services.TryAddSingleton<Collections.Domain.Outreach.Holidays.HolidayCalendars>();
        services.TryAddSingleton<Collections.Domain.Outreach.Policy.ContactPolicy>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<DueInvoiceScanner>();
        services.TryAddSingleton<StageObserver>();
        services.TryAddSingleton<Collections.Domain.Workers.ProcessTaskWorker>();
        services.TryAddSingleton<DomainClock>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Collections.Engine.Api.IUserTaskListener, TaskWebhookListener>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Collections.Engine.Api.IUserTaskListener, Collections.Domain.Settlements.SettlementApprovalListener>());
        services.TryAddSingleton<Collections.Domain.Tasks.TaskActions>();
        services.TryAddSingleton<Collections.Domain.Plans.NegotiationProcess>();
        services.TryAddSingleton<Collections.Domain.Plans.PaymentPlanService>();
        services.TryAddSingleton<Collections.Domain.Settlements.SettlementService>();
        services.TryAddSingleton<Collections.Domain.Webhooks.Targets.IWebhookHostResolver, Collections.Domain.Webhooks.Targets.DnsWebhookHostResolver>();
        services.TryAddSingleton<Collections.Domain.Webhooks.Targets.WebhookTargetPolicy>();
        services.TryAddSingleton<Collections.Domain.Webhooks.Targets.WebhookTargetGuard>();
        services.TryAddSingleton<Collections.Domain.Webhooks.Targets.WebhookConnector>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<Collections.Domain.Webhooks.Targets.WebhookConnector>().CreateHandler());

        services.AddHostedService<DomainDatabase>();
        services.AddHostedService<DomainClockService>();
        services.AddHostedService<WebhookDispatcherService>();
        services.AddHostedService<Collections.Domain.Workers.ProcessTaskWorkerService>();
        return services;
    }
}
