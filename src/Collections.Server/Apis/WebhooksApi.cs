using Collections.Domain.Paging;
using Collections.Domain.Webhooks;
using Collections.Server.Apis.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Collections.Server.Audit;

namespace Collections.Server.Apis;

/// <summary>Webhook subscriptions and the delivery log.</summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").WithDomainApiDefaults(DomainApiScopes.WebhooksManage);
        api.MapPost("/", CreateAsync).WithName("CreateWebhook")
            .WithSummary("Subscribes a URL to events (or \"*\"); every delivery carries Collections-Signature: t=UNIX,v1=HMAC-SHA256(secret, t + \".\" + body).")
            .WithCreatingPost();
        api.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("Every subscription (secrets are never returned).");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetWebhook").WithSummary("One subscription.");
        api.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateWebhook").WithSummary("Replaces url, events, secret and active.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhook").WithSummary("Deletes the subscription and its pending deliveries; the log of sent ones stays.");
        api.MapGet("/deliveries", ListDeliveriesAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log: status (pending, delivered, failed), attempts, last response; cursor pagination.");
        api.MapPost("/deliveries/{id:guid}/redeliver", RedeliverAsync).WithName("RedeliverWebhook")
            .WithSummary("Sends the delivery again now, with a fresh 24-hour retry window.").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Created<WebhookSubscriptionDto>> CreateAsync(WebhookSubscriptionInput body, WebhookService webhooks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        // Never the signing secret.
        using var entry = audit.Record(AuditActions.WebhookCreated, $"webhook:{body.Url}", details: new { body.Url, body.Events, body.Active });
        var created = await webhooks.CreateAsync(body, cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
    }

    public static async Task<Ok<IReadOnlyList<WebhookSubscriptionDto>>> ListAsync(WebhookService webhooks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await webhooks.ListAsync(cancellationToken));

    public static async Task<Results<Ok<WebhookSubscriptionDto>, ProblemHttpResult>> GetAsync(Guid id, WebhookService webhooks, CancellationToken cancellationToken) =>
        await webhooks.FindAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(DomainApiResults.NotFound("Webhook subscription", id.ToString()));

    public static async Task<Ok<WebhookSubscriptionDto>> UpdateAsync(Guid id, WebhookSubscriptionInput body, WebhookService webhooks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.WebhookUpdated, $"webhook:{id}", details: new { after = new { body.Url, body.Events, body.Active, secretChanged = body.Secret is not null } });
        return TypedResults.Ok(await webhooks.UpdateAsync(id, body, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, WebhookService webhooks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.WebhookDeleted, $"webhook:{id}");
        return await webhooks.DeleteAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(DomainApiResults.NotFound("Webhook subscription", id.ToString()));
    }

    public static async Task<Ok<Page<WebhookDeliveryDto>>> ListDeliveriesAsync(
        WebhookService webhooks, Guid? subscriptionId, string? status, string? eventType, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await webhooks.ListDeliveriesAsync(subscriptionId, status, eventType, cursor, limit, cancellationToken));

    public static async Task<Ok<WebhookDeliveryDto>> RedeliverAsync(Guid id, WebhookService webhooks, IAuditTrail audit, CancellationToken cancellationToken)
    {
        using var entry = audit.Record(AuditActions.WebhookRedelivered, $"webhook-delivery:{id}");
        return TypedResults.Ok(await webhooks.RedeliverAsync(id, cancellationToken));
    }
}
