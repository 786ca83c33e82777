using System.Security.Claims;
using Collections.Server.Apis.Domain;
using Collections.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Collections.Server.Apis.Staff;

/// <summary>
/// Admin page: the integrators' API keys. Admins only (the staff role, not a key's <c>admin</c> scope: a key
/// cannot mint keys); cookie writes need the anti-forgery header like every other staff write.
/// </summary>
public static class AdminApiKeysApi
{
    public static IEndpointRouteBuilder MapAdminApiKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/api-keys").WithTags("Staff admin").RequireAuthorization(StaffPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", ListAsync).WithName("ListApiKeys")
            .WithSummary("Every API key: issued here (revocable) and deployed in configuration; never the secrets.");
        api.MapPost("/", CreateAsync).WithName("CreateApiKey")
            .WithSummary("Issues an API key with a unique name and scopes; the response holds the key, shown this once.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/revoke", RevokeAsync).WithName("RevokeApiKey")
            .WithSummary("Revokes an issued key: from then on it authenticates nothing (401).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListAsync(ApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    public static async Task<Created<CreatedApiKeyDto>> CreateAsync(CreateApiKeyBody body, ApiKeyStore keys, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var created = await keys.CreateAsync(body.Name, body.Scopes, user.Identity?.Name ?? "admin", cancellationToken);
        return TypedResults.Created($"/api/v1/admin/api-keys/{created.ApiKey.Id}", created);
    }

    public static async Task<Results<Ok<ApiKeyDto>, NotFound<ProblemDetails>>> RevokeAsync(
        Guid id, ApiKeyStore keys, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, user.Identity?.Name ?? "admin", cancellationToken) is { } revoked
            ? TypedResults.Ok(revoked)
            : TypedResults.NotFound(DomainApiResults.NotFound("API key", id.ToString()));
}
