using Collections.Domain.Outreach.Calls;
using Collections.Engine.Api;
using Collections.Server.Audit;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The audit trail (docs/security.md, "Audit trail"): recording, the engine's before-commit hook, reads, retention.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>Register after <c>AddCollectionsStaff</c>: its start-up migrates the audit tables before retention runs.</summary>
    public static IServiceCollection AddCollectionsAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditRetentionOptions>().BindConfiguration(AuditRetentionOptions.Section)
            .Validate(o => o.Retention > TimeSpan.Zero, "Collections:Audit:Retention must be positive.")
            .Validate(o => o.PruneInterval > TimeSpan.Zero, "Collections:Audit:PruneInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ServerDbContextFactory>();
        services.AddSingleton<AuditLogWriter>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton<IUnitOfWorkListener>(sp => sp.GetRequiredService<AuditTrail>());
        services.Replace(ServiceDescriptor.Singleton<IContactOverrideAudit, AuditedContactOverrides>()); // over the domain's no-op
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<AuditPruner>();
        services.AddSingleton<AuditCaseLookup>();
        services.AddHostedService<AuditRetentionDuty>();
        services.AddAuthorizationBuilder().AddPolicy(AuditPolicies.Reader, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Manager));

        return services;
    }
}
