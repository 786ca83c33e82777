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

    public async Task EnqueueAsync(DomainDbContext db, string eventType, object data, Func<Guid> newId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.Where(s => s.Active).ToListAsync(cancellationToken);
        var interested = subscriptions.Where(s => s.Wants(eventType)).ToList();
        if (interested.Count == 0) return;
        var eventId = newId();
        var payload = JsonSerializer.Serialize(new WebhookEnvelope(eventId, eventType, now, data), Json);
        foreach (var subscription in interested)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery(newId(), subscription.Id, eventId, eventType, payload, now));
        }
    }
}
