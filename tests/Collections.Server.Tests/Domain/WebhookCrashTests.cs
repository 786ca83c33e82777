using System.Text.Json;
using Collections.Domain.Work;
using Collections.Server.Tests.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Domain;

/// <summary>Webhooks are at least once with a stable id: a crash after the POST and before the record repeats the same delivery id.</summary>
public sealed class WebhookCrashTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Delivery_CrashAfterPostBeforeRecord_ReceiverSeesSameDeliveryIdAtMostTwice(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, s => s.AddSingleton<ICrashPoints>(new CrashAt(CrashPoint.AfterWebhookPost)));
        using var client = factory.CreateClient();
        await client.SubscribeAsync("case.opened");
        await client.OpenCaseAsync("F-CRASH");

        await Assert.ThrowsAsync<SimulatedCrashException>(factory.DispatchWebhooksAsync);
        factory.Clock.Advance(TimeSpan.FromMinutes(2)); // the claim's lock (1 minute) expires
        await factory.DispatchWebhooksAsync();
        await factory.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.Equal(2, factory.Receiver.Received.Count);
        var ids = factory.Receiver.Received.Select(r => r.DeliveryId).Distinct().ToList();
        Assert.Single(ids);
        Assert.True(Guid.TryParse(ids[0], out _));
        Assert.Single(factory.Receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).Distinct());
        var row = Assert.Single((await client.GetJsonAsync("/api/v1/webhooks/deliveries")).GetProperty("items").EnumerateArray());
        Assert.Equal("delivered", row.GetProperty("status").GetString());
    }
}
