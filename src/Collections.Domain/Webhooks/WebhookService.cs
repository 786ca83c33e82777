using Collections.Domain.Paging;
using Collections.Domain.Work;
using Collections.Engine.Errors;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Webhooks;

/// <summary>Subscriptions (create, list, get, replace, delete) and the delivery log (list, redeliver).</summary>
public sealed class WebhookService(DomainWork work, Targets.WebhookTargetGuard targets)
{
    public async Task<WebhookSubscriptionDto> CreateAsync(WebhookSubscriptionInput input, CancellationToken cancellationToken) =>
        await work.RunAsync(async db =>
        {
            var subscription = new WebhookSubscription(work.NewId(), input, work.Now);
            await targets.EnsurePermittedAsync(subscription.Url, cancellationToken);
            db.WebhookSubscriptions.Add(subscription);
            return WebhookSubscriptionDto.From(subscription);
        }, cancellationToken);

    public Task<WebhookSubscriptionDto> UpdateAsync(Guid id, WebhookSubscriptionInput input, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException("Webhook subscription", id.ToString());
            subscription.Update(input, work.Now);
            await targets.EnsurePermittedAsync(subscription.Url, cancellationToken);
            return WebhookSubscriptionDto.From(subscription);
        }, cancellationToken);

    /// <summary>Deletes the subscription; its pending deliveries are dropped, the log of sent ones stays.</summary>
    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (subscription is null) return false;
            db.WebhookSubscriptions.Remove(subscription);
            db.WebhookDeliveries.RemoveRange(await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryStatuses.Pending).ToListAsync(cancellationToken));
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscriptionDto>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        return (await db.WebhookSubscriptions.OrderBy(s => s.Id).ToListAsync(cancellationToken)).Select(WebhookSubscriptionDto.From).ToList();
    }

    public async Task<WebhookSubscriptionDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = work.Read();
        var s = await db.WebhookSubscriptions.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return s is null ? null : WebhookSubscriptionDto.From(s);
    }

    public async Task<Page<WebhookDeliveryDto>> ListDeliveriesAsync(Guid? subscriptionId, string? status, string? eventType, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var take = Cursor.Limit(limit);
        var after = Cursor.Decode(cursor);
        await using var db = work.Read();
        var rows = db.WebhookDeliveries.AsQueryable();
        if (subscriptionId is { } sid) rows = rows.Where(d => d.SubscriptionId == sid);
        if (status is not null) rows = rows.Where(d => d.Status == status);
        if (eventType is not null) rows = rows.Where(d => d.EventType == eventType);
        if (after is { } a) rows = rows.Where(d => d.Id.CompareTo(a) > 0);
        var page = await rows.OrderBy(d => d.Id).Take(take + 1).ToListAsync(cancellationToken);
        return Cursor.Page(page, take, d => d.Id, WebhookDeliveryDto.From);
    }

    /// <summary>Queues the delivery again now (failed, delivered or pending), with a fresh 24-hour retry window.</summary>
    public Task<WebhookDeliveryDto> RedeliverAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        work.RunAsync(async db =>
        {
            var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken) ?? throw new NotFoundException("Webhook delivery", deliveryId.ToString());
            delivery.Redeliver(work.Now);
            return WebhookDeliveryDto.From(delivery);
        }, cancellationToken);
}
