using System.Threading.RateLimiting;
using Collections.Server.Persistence;
using Collections.Server.Security;
using Collections.Server.Security.Passwords;
using Collections.Server.Security.Proxy;
using Collections.Server.Security.Sessions;
using Collections.Server.Security.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Staff sign-in: ASP.NET Core Identity with cookies over <see cref="ServerDbContext"/>, roles, candidate
/// groups, anti-forgery, and the role policies of the engine API. The default scheme is a policy scheme that forwards to
/// the cookie, or to the API-key scheme (<see cref="StaffAuthenticationDefaults.ApiKeyScheme"/>) when an
/// <c>Authorization</c> header is present and that scheme is registered.
/// </summary>
public static class StaffServiceCollectionExtensions
{
    public static IServiceCollection AddCollectionsStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffSecurityOptions>().BindConfiguration(StaffSecurityOptions.Section)
            .Validate(o => o.SessionLifetime > TimeSpan.Zero, "Collections:Security:SessionLifetime must be positive.")
            .Validate(o => o.SecurityStampValidationInterval > TimeSpan.Zero, "Collections:Security:SecurityStampValidationInterval must be positive.")
            .Validate(o => o.MinimumPasswordLength >= 8, "Collections:Security:MinimumPasswordLength must be at least 8.")
            .ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(o => o.AttemptsPerAddress > 0 && o.FailuresPerAccount > 0 && o.LockoutThreshold > 0,
                "Collections:Security:SignIn limits must be positive.")
            .Validate(o => o.AddressWindow > TimeSpan.Zero && o.AccountWindow > TimeSpan.Zero && o.LockoutDuration > TimeSpan.Zero,
                "Collections:Security:SignIn windows must be positive.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(ConfigureForwardedHeaders.IsValid, "Collections:Security:ForwardedHeaders: KnownProxies must be IP addresses, KnownNetworks CIDR networks, ForwardLimit positive.")
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, ConfigureForwardedHeaders>();
        services.AddTransient<IStartupFilter, ForwardedHeadersStartupFilter>();
        services.AddOptions<StaffAdminOptions>().BindConfiguration(StaffAdminOptions.Section)
            .Validate(o => o.Email.Contains('@'), "Collections:Admin:Email must be an e-mail address.")
            .ValidateOnStart();

        services.AddServerDbContext();
        services.AddAuthentication()
            .AddPolicyScheme(StaffAuthenticationDefaults.PolicyScheme, "Staff cookie or API key", o => o.ForwardDefaultSelector = SelectScheme)
            .AddIdentityCookies();
        // PostConfigure: whichever other AddAuthentication(defaultScheme) runs, staff and integrators share this default.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = StaffAuthenticationDefaults.PolicyScheme;
            o.DefaultAuthenticateScheme = StaffAuthenticationDefaults.PolicyScheme;
            o.DefaultChallengeScheme = StaffAuthenticationDefaults.PolicyScheme;
            o.DefaultForbidScheme = StaffAuthenticationDefaults.PolicyScheme;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<StaffSecurityOptions>>((cookie, security) =>
            {
                cookie.Cookie.Name = StaffAuthenticationDefaults.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request is HTTPS, as seen after the forwarded headers of a trusted TLS proxy.
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = security.Value.SessionLifetime;
                cookie.SlidingExpiration = true;
                // A single-page app: the API answers 401/403; the UI shows its sign-in page itself.
                cookie.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                cookie.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            });

        services.AddIdentityCore<StaffUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ServerDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<StaffSecurityOptions>, IOptions<SignInThrottleOptions>>((o, security, signIn) =>
        {
            o.User.RequireUniqueEmail = true;
            // NIST SP 800-63B §5.1.1.2: length and a blocklist, no composition rules.
            o.Password.RequiredLength = security.Value.MinimumPasswordLength;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 1;
            o.Lockout.MaxFailedAccessAttempts = signIn.Value.LockoutThreshold;
            o.Lockout.DefaultLockoutTimeSpan = signIn.Value.LockoutDuration;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<StaffSecurityOptions>>((o, security) =>
            o.ValidationInterval = security.Value.SecurityStampValidationInterval);
        services.AddSingleton<CommonPasswordList>();
        services.AddHttpContextAccessor();
        // Password and account errors in the language of whoever acts (their stored language, else Accept-Language).
        services.Replace(ServiceDescriptor.Scoped<IdentityErrorDescriber>(sp => new RequestLanguageIdentityErrorDescriber(() => LanguageOf(sp))));

        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o => o.AddPolicy(SignInLimits.PerAddressPolicy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter("address:" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.AttemptsPerAddress,
                Window = settings.AddressWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }));
        services.AddSingleton<IPostConfigureOptions<RateLimiterOptions>, SignInRejectionWriter>();

        services.AddAntiforgery(o =>
        {
            o.HeaderName = StaffAuthenticationDefaults.AntiforgeryHeader;
            o.Cookie.Name = ".Collections.Antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton<IAuthorizationHandler, EngineApiAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Designer, p => p.RequireRole(StaffRoles.Designers))
            .AddPolicy(StaffPolicies.TaskWorker, p => p.RequireRole(StaffRoles.TaskWorkers))
            .AddPolicy(StaffPolicies.Admin, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(StaffPolicies.ProcessOperator, p => p.RequireRole(StaffRoles.ProcessOperators))
            .AddPolicy(StaffPolicies.EngineApi, p => p.AddRequirements(new EngineApiRequirement()));

        // After the engine's start-up service (migrations), before Kestrel accepts requests.
        services.AddHostedService<StaffBootstrapService>();
        return services;
    }

    /// <summary>The signed-in user's stored language (read here: UserManager itself needs the describer), else Accept-Language.</summary>
    private static string LanguageOf(IServiceProvider services)
    {
        var context = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        if (context?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } id
            && services.GetRequiredService<ServerDbContext>().Users.Where(u => u.Id == id).Select(u => u.Language).FirstOrDefault() is { } stored)
        {
            return stored;
        }

        var header = context?.Request.Headers.AcceptLanguage.ToString() ?? string.Empty;
        return header.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "es";
    }

    private static string SelectScheme(HttpContext context)
    {
        // Camunda workers (/engine-rest) always use keys, so their 401 carries the key scheme's WWW-Authenticate.
        if (context.Request.Headers.Authorization.Count > 0 || context.Request.Path.StartsWithSegments("/engine-rest"))
        {
            var schemes = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.SchemeMap;
            if (schemes.ContainsKey(StaffAuthenticationDefaults.ApiKeyScheme))
            {
                return StaffAuthenticationDefaults.ApiKeyScheme;
            }
        }

        return IdentityConstants.ApplicationScheme;
    }
}
