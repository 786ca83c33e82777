using Collections.Server.Persistence;
using Collections.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Staff sign-in (issue 8): ASP.NET Core Identity with cookies over <see cref="ServerDbContext"/>, roles, candidate
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
            .ValidateOnStart();
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
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<StaffSecurityOptions>>((cookie, security) =>
            {
                cookie.Cookie.Name = StaffAuthenticationDefaults.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = security.Value.SessionLifetime;
                cookie.SlidingExpiration = true;
                // A single-page app: the API answers 401/403; the UI shows its sign-in page itself.
                cookie.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                cookie.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            });

        services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ServerDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAntiforgery(o =>
        {
            o.HeaderName = StaffAuthenticationDefaults.AntiforgeryHeader;
            o.Cookie.Name = ".Collections.Antiforgery";
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
