using System.Threading.RateLimiting;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The integrator API's services: the domain, its error answers, strict JSON binding, the per-key rate limiter.</summary>
public static class DomainApiServiceCollectionExtensions
{
    /// <summary>Call before the engine's exception handler is added: handlers run in registration order.</summary>
    public static IServiceCollection AddCollectionsDomainApi(this IServiceCollection services)
    {
        services.AddCollectionsDomain();
        services.AddSingleton<Collections.Server.Apis.Staff.ProcessStates.ProcessStateReader>();
        services.AddExceptionHandler<Collections.Server.Apis.QueryBindingExceptionHandler>();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.AddTransient<IStartupFilter, DomainApiBodyLimit>();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", DomainOpenApi.Configure);

        // Bad JSON, wrong types and unknown fields throw BadHttpRequestException (with the JsonException and its path)
        // instead of a bare 400, so DomainExceptionHandler can name the field in every environment.
        services.AddAuthorizationBuilder().AddPolicy(DomainScopeRequirement.PolicyName, p => p.RequireAuthenticatedUser().AddRequirements(new DomainScopeRequirement()));

        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.AllowDuplicateProperties = false);

        services.AddOptions<DomainApiRateLimitOptions>().BindConfiguration(DomainApiRateLimitOptions.Section)
            .Validate(o => o.PermitsPerSecond > 0 && o.Burst > 0, "Collections:Domain:RateLimit needs positive PermitsPerSecond and Burst.")
            .ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(DomainApiLimits.RatePolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<DomainApiRateLimitOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                var problem = DomainExceptionHandler.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", "rate-limited", "This API key sent more requests than its rate limit allows; retry after a second.", null);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await context.HttpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
            };
        });
        return services;
    }

    /// <summary>The authenticated key's name; without one, the bearer value's hash or the client address.</summary>
    private static string ClientOf(HttpContext http) =>
        http.User.Identity?.Name
        ?? (http.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? "auth:" + auth.GetHashCode(StringComparison.Ordinal) : null)
        ?? "ip:" + http.Connection.RemoteIpAddress;
}
