using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Domain;

/// <summary>What every integrator endpoint shares: body limit, rate limit, scope, error responses in OpenAPI.</summary>
internal static class DomainApiEndpointExtensions
{
    public static RouteGroupBuilder WithDomainApiDefaults(this RouteGroupBuilder group, string scope)
    {
        group.WithMetadata(new RequestSizeLimitAttribute(DomainApiLimits.MaxBodyBytes))
            .RequireRateLimiting(DomainApiLimits.RatePolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.WithMetadata(new DomainScopeMetadata(scope)).RequireAuthorization(DomainScopeRequirement.PolicyName);
        return group;
    }

    /// <summary>An endpoint that needs another scope than its group's default.</summary>
    public static RouteHandlerBuilder RequireAuthorizationScope(this RouteHandlerBuilder endpoint, string scope) =>
        endpoint.WithMetadata(new DomainScopeMetadata(scope));

    /// <summary>A POST that creates something: honours Idempotency-Key.</summary>
    public static RouteHandlerBuilder WithCreatingPost(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotentPostMetadata()).ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>Marks a POST that honours Idempotency-Key (read by the OpenAPI transformer).</summary>
internal sealed record IdempotentPostMetadata;

/// <summary>The scope an endpoint needs; the last one added (the endpoint's own) wins over the group's.</summary>
internal sealed record DomainScopeMetadata(string Scope);
