using Collections.Domain.Outreach.Contacts;
using Collections.Domain.Outreach.Delivery;
using Collections.Domain.Outreach.Intents;
using Collections.Domain.Outreach.Messages;
using Collections.Domain.Outreach.Outbox;
using Collections.Domain.Outreach.Preview;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Workers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class OutreachDomainServiceCollectionExtensions
{
    /// <summary>
    /// Outreach wired to the domain (after <c>AddCollectionsDomain</c>): recipients, opt-outs, disputes and calls from the
    /// domain's tables (<see cref="DomainOutreachContacts"/>), each send recorded as a message and a contact attempt
    /// (<see cref="DomainOutreachLog"/>), the providers' delivery reports (<see cref="DeliveryRecorder"/>), the outbox
    /// reader, the case's messages and the template preview, and the send intents that make each send step send at
    /// most one message across crashes (<see cref="DomainOutreachIntents"/>), with one statement a day per debtor
    /// (<see cref="StatementCandidates"/>); then <c>AddCollectionsOutreach</c>.
    /// </summary>
    public static IServiceCollection AddCollectionsDomainOutreach(this IServiceCollection services)
    {
        services.TryAddSingleton<ProcessVariableContacts>();
        services.TryAddSingleton<IOutreachContacts, DomainOutreachContacts>();
        services.TryAddSingleton<IOutreachLog, DomainOutreachLog>();
        services.AddOptions<SendCheckOptions>().BindConfiguration(SendCheckOptions.Section)
            .Validate(o => o.DisputeRecheckInterval > TimeSpan.Zero, "Collections:Outreach:SendCheck:DisputeRecheckInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<SendStepInputs>();
        services.TryAddSingleton<StatementCandidates>();
        services.TryAddSingleton<IOutreachIntents, DomainOutreachIntents>();
        services.TryAddSingleton<OutreachIntentService>();
        services.TryAddSingleton<DeliveryRecorder>();
        services.TryAddSingleton<OptOutRecorder>();
        services.TryAddSingleton<Collections.Domain.Outreach.Deferrals.ContactDeferralTimeline>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<CaseMessageQueries>();
        services.TryAddSingleton<TemplatePreviewService>();
        services.TryAddSingleton<Collections.Domain.Company.CompanyDetailsStore>();
        services.TryAddSingleton<Collections.Domain.Company.ICompanyDetailsSource>(sp => sp.GetRequiredService<Collections.Domain.Company.CompanyDetailsStore>());
        services.TryAddSingleton<Collections.Domain.Company.CompanyDetailsTimeline>();
        return services.AddCollectionsOutreach();
    }
}
