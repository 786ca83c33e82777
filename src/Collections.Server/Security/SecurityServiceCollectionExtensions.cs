using Collections.Server.Security;
using Microsoft.AspNetCore.Authentication;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>API-key authentication over the key table and configured keys, and the scope policies (issues 4 and 5).</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddCollectionsSecurity(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.ApiKeys.All(k => k.Hash.Trim().Length == 64 && k.Hash.Trim().All(Uri.IsHexDigit)),
                "Every Collections:ApiKeys entry needs a 64-digit hex SHA-256 Hash (see 'apikey create').")
            .Validate(o => o.ApiKeys.All(k => !string.IsNullOrWhiteSpace(k.Name)), "Every Collections:ApiKeys entry needs a Name.")
            .ValidateOnStart();
        services.AddOptions<ApiKeyStoreOptions>().BindConfiguration(ApiKeyStoreOptions.Section)
            .Validate(o => o.CacheDuration >= TimeSpan.Zero, "Collections:ApiKeyStore:CacheDuration must not be negative.")
            .Validate(o => o.LastUsedInterval >= TimeSpan.Zero, "Collections:ApiKeyStore:LastUsedInterval must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyPolicies.ExternalTasks, p => p.RequireClaim(ApiScopes.ClaimType, ApiScopes.ExternalTasks, ApiScopes.Admin))
            .AddPolicy(ApiKeyPolicies.Admin, p => p.RequireClaim(ApiScopes.ClaimType, ApiScopes.Admin));
        return services;
    }
}
