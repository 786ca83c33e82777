using System.Text.Json;
using System.Text.Json.Serialization;
using Collections.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Collections.Domain.Webhooks;

/// <summary>
/// Writes one delivery row per interested subscription into the caller's transaction (the outbox, DESIGN.md D13): the
/// event leaves only if the change that caused it commits, and the dispatcher sends it afterwards.
/// </summary>
public sealed class WebhookOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task EnqueueAsync(DomainDbContext db, string eventType, object data, Func<Guid> newId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Enqueue(db, await ActiveAsync(db, cancellationToken), eventType, data, newId, now);

    /// <summary>The active subscriptions, read once by a caller that enqueues several events.</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> ActiveAsync(DomainDbContext db, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.Where(s => s.Active).ToListAsync(cancellationToken);

    /// <summary>Queues <paramref name="eventType"/> for each of <paramref name="active"/> that wants it.</summary>
    public void Enqueue(DomainDbContext db, IReadOnlyList<WebhookSubscription> active, string eventType, object data, Func<Guid> newId, DateTimeOffset now)
    {
        var interested = active.Where(s => s.Wants(eventType)).ToList();
        if (interested.Count == 0) return;
        var eventId = newId();
        var payload = JsonSerializer.Serialize(new WebhookEnvelope(eventId, eventType, now, data), Json);
        foreach (var subscription in interested)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery(newId(), subscription.Id, eventId, eventType, payload, now));
        }
    }
}
