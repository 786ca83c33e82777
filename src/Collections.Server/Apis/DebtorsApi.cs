using Collections.Domain.Debtors;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Debtors and their contacts, keyed by the integrator's external id.</summary>
public static class DebtorsApi
{
    public static RouteGroupBuilder MapDebtorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/debtors").WithTags("Debtors").WithDomainApiDefaults(DomainApiScopes.CasesWrite);
        api.MapPost("/", CreateAsync).WithName("CreateDebtor")
            .WithSummary("Registers a debtor; 409 when the external id is already registered (use PUT to update).")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{externalId}", UpsertAsync).WithName("UpsertDebtor")
            .WithSummary("Creates (201) or replaces (200) the debtor with this external id.");
        api.MapGet("/{externalId}", GetAsync).WithName("GetDebtor").WithSummary("One debtor by external id.")
            .RequireAuthorizationScope(DomainApiScopes.CasesRead);
        api.MapPut("/{externalId}/contacts", UpsertContactAsync).WithName("UpsertDebtorContact")
            .WithSummary("Adds a contact, or replaces the one with the same channel and value. Phones become E.164.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Created<DebtorDto>> CreateAsync(DebtorInput body, DebtorService debtors, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DebtorCreated, $"debtor:{body.ExternalId}", details: new { body.ExternalId, body.Name });
        var created = await debtors.CreateAsync(body, cancellationToken);
        return TypedResults.Created($"/api/v1/debtors/{Uri.EscapeDataString(created.ExternalId)}", created);
    }

    public static async Task<Results<Created<DebtorDto>, Ok<DebtorDto>>> UpsertAsync(
        string externalId, DebtorInput body, DebtorService debtors, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DebtorUpserted, $"debtor:{externalId}", details: new { body.ExternalId, body.Name });
        var (debtor, created) = await debtors.UpsertAsync(externalId, body, cancellationToken);
        return created ? TypedResults.Created($"/api/v1/debtors/{Uri.EscapeDataString(debtor.ExternalId)}", debtor) : TypedResults.Ok(debtor);
    }

    public static async Task<Results<Ok<DebtorDto>, ProblemHttpResult>> GetAsync(string externalId, DebtorService debtors, CancellationToken cancellationToken) =>
        await debtors.FindAsync(externalId, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(DomainApiResults.NotFound("Debtor", externalId));

    public static async Task<Ok<DebtorDto>> UpsertContactAsync(string externalId, ContactInput body, DebtorService debtors, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.DebtorContactUpserted, $"debtor:{externalId}", details: body);
        return TypedResults.Ok(await debtors.UpsertContactAsync(externalId, body, cancellationToken));
    }
}
