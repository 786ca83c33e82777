using System.Security.Claims;
using Collections.Domain.Plans;
using Collections.Domain.Settlements;
using Collections.Server.Apis.Domain;
using Collections.Server.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>
/// A case's payment plans and settlement offers: propose, list, read. A proposal completes the playbook's
/// negotiation step when the case's process is negotiating; a settlement's approval then follows the process.
/// </summary>
public static class NegotiationsApi
{
    public static RouteGroupBuilder MapNegotiationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cases/{id:guid}").WithTags("Payment plans and settlements").WithDomainApiDefaults(DomainApiScopes.CasesWrite);
        api.MapPost("/payment-plans", ProposePlanAsync).WithName("ProposePaymentPlan")
            .WithSummary("Proposes a payment plan: installments after today, ascending, in the invoice's currency, adding up to the balance; supersedes the previous plan and completes the process's negotiation step (negotiationType=payment-plan) when it is open.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/payment-plans", ListPlansAsync).WithName("ListPaymentPlans").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("The case's payment plans, oldest first, with installments paid so far.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/payment-plans/{planId:guid}", GetPlanAsync).WithName("GetPaymentPlan").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("One payment plan.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/settlement-offers", ProposeOfferAsync).WithName("ProposeSettlementOffer")
            .WithSummary("Proposes a settlement: a whole-percent discount off the balance, valid until expiresOn; completes the process's negotiation step (negotiationType=settlement) when it is open, and the approval task by authority limit decides it.")
            .WithCreatingPost().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/settlement-offers", ListOffersAsync).WithName("ListSettlementOffers").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("The case's settlement offers, oldest first, with their approval state and approver.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/settlement-offers/{offerId:guid}", GetOfferAsync).WithName("GetSettlementOffer").RequireAuthorizationScope(DomainApiScopes.CasesRead)
            .WithSummary("One settlement offer: approval state (pending, approved, rejected), approver, groups that may approve, expiry.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Created<PaymentPlanDto>> ProposePlanAsync(
        Guid id, PaymentPlanInput body, PaymentPlanService plans, ClaimsPrincipal user, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.PaymentPlanProposed, $"case:{id}", id, body);
        var plan = await plans.ProposeAsync(id, body, TaskActors.Of(user), cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{id}/payment-plans/{plan.Id}", plan);
    }

    public static async Task<Results<Ok<IReadOnlyList<PaymentPlanDto>>, ProblemHttpResult>> ListPlansAsync(Guid id, PaymentPlanService plans, CancellationToken cancellationToken) =>
        await plans.ListAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.Problem(DomainApiResults.NotFound("Case", id.ToString()));

    public static async Task<Results<Ok<PaymentPlanDto>, ProblemHttpResult>> GetPlanAsync(Guid id, Guid planId, PaymentPlanService plans, CancellationToken cancellationToken) =>
        await plans.GetAsync(id, planId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.Problem(DomainApiResults.NotFound("Payment plan", planId.ToString()));

    public static async Task<Created<SettlementOfferDto>> ProposeOfferAsync(
        Guid id, SettlementOfferInput body, SettlementService offers, ClaimsPrincipal user, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.SettlementOfferProposed, $"case:{id}", id, body);
        var offer = await offers.ProposeAsync(id, body, TaskActors.Of(user), cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{id}/settlement-offers/{offer.Id}", offer);
    }

    public static async Task<Results<Ok<IReadOnlyList<SettlementOfferDto>>, ProblemHttpResult>> ListOffersAsync(Guid id, SettlementService offers, CancellationToken cancellationToken) =>
        await offers.ListAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.Problem(DomainApiResults.NotFound("Case", id.ToString()));

    public static async Task<Results<Ok<SettlementOfferDto>, ProblemHttpResult>> GetOfferAsync(Guid id, Guid offerId, SettlementService offers, CancellationToken cancellationToken) =>
        await offers.GetAsync(id, offerId, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.Problem(DomainApiResults.NotFound("Settlement offer", offerId.ToString()));
}
