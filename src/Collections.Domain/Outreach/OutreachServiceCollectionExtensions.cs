using Collections.Domain.Outreach.Email;
using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Sms;
using Collections.Domain.Outreach.Statements;
using Collections.Domain.Outreach.Templates;
using Collections.Domain.Outreach.Workers;
using Collections.Domain.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SendGrid;

namespace Microsoft.Extensions.DependencyInjection;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Registers outreach on top of <c>AddCollectionsEngine</c>: templates, contact policy, e-mail (SendGrid when
    /// <c>Collections:Outreach:Email:SendGridApiKey</c> is set, else the <c>.eml</c> outbox), SMS (HTTP gateway when
    /// <c>Collections:Outreach:Sms:Url</c> is set, else the outbox), and one in-server worker per topic:
    /// <c>send-email</c>, <c>send-sms</c>, <c>suspend-service</c>, <c>restore-service</c>, <c>notify-webhook</c>.
    /// An <see cref="IOutreachContacts"/> registered before this call replaces the process-variable default.
    /// </summary>
    public static IServiceCollection AddCollectionsOutreach(this IServiceCollection services)
    {
        services.AddOptions<OutreachTemplateOptions>().BindConfiguration(OutreachTemplateOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Collections:Outreach:Templates:Directory is required.")
            .ValidateOnStart();
        services.AddOptions<ContactPolicyOptions>().BindConfiguration(ContactPolicyOptions.Section)
            .Validate(o => o.DisputeRecheckInterval > TimeSpan.Zero, "Collections:Outreach:ContactPolicy:DisputeRecheckInterval must be positive.")
            .Validate(o => NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(o.DefaultTimeZone) is not null, "Collections:Outreach:ContactPolicy:DefaultTimeZone must be an IANA zone.")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.FromAddress), "Collections:Outreach:Email:FromAddress is required.")
            .ValidateOnStart();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section)
            .Validate(o => o.Url.Length == 0 || Uri.TryCreate(o.Url, UriKind.Absolute, out _), "Collections:Outreach:Sms:Url must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<OutreachWorkerOptions>().BindConfiguration(OutreachWorkerOptions.Section)
            .Validate(o => o.LockDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.MaxTasks > 0 && o.Retries > 0 && o.UncertainRecheckInterval > TimeSpan.Zero
                && o.CompanyDetailsRecheckInterval > TimeSpan.Zero,
                "Collections:Outreach:Workers: LockDuration, PollInterval, MaxTasks, Retries, UncertainRecheckInterval and CompanyDetailsRecheckInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<StatementOptions>().BindConfiguration(StatementOptions.Section)
            .Validate(o => o.MaxItems >= 2 && !string.IsNullOrWhiteSpace(o.EmailTemplate) && !string.IsNullOrWhiteSpace(o.SmsTemplate),
                "Collections:Outreach:Statements: MaxItems must be 2 or more and both templates named.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TemplateCatalog>();
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddSingleton<Collections.Domain.Company.ICompanyDetailsSource, Collections.Domain.Company.ConfiguredCompanyDetails>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactPolicyOptions>, ContactPolicyOptionsValidator>());
        services.TryAddSingleton<Collections.Domain.Outreach.Holidays.HolidayCalendars>();
        services.TryAddSingleton<ContactPolicy>();
        services.TryAddSingleton<IOutreachLog, SqlOutreachLog>();
        services.TryAddSingleton<IOutreachContacts, ProcessVariableContacts>();
        services.TryAddSingleton<IOutreachIntents, UnguardedOutreachIntents>();
        services.TryAddSingleton<ICrashPoints, NoCrashPoints>();
        services.TryAddSingleton<OutboxEmailSender>();
        services.TryAddSingleton<OutboxSmsSender>();
        services.TryAddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.SendGridApiKey is { Length: > 0 } key
            ? new SendGridEmailSender(new SendGridClient(key), sp.GetRequiredService<IOptions<EmailOptions>>())
            : sp.GetRequiredService<OutboxEmailSender>());
        services.AddHttpClient(HttpSmsSender.HttpClientName);
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.Url.Length > 0
            ? ActivatorUtilities.CreateInstance<HttpSmsSender>(sp)
            : sp.GetRequiredService<OutboxSmsSender>());

        services.AddSingleton<IExternalTaskHandler, SendEmailHandler>();
        services.AddSingleton<IExternalTaskHandler, SendSmsHandler>();
        // suspend-service, restore-service and notify-webhook belong to the domain's ProcessTaskWorker, which records
        // the case's state and its webhook in the same transaction as the task's completion.
        services.AddHostedService<OutreachWorkerService>();
        return services;
    }
}
