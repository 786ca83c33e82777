using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Domain.Webhooks;

namespace Collections.Server.Tests.Domain;

/// <summary>Issue 5 item 4: signed deliveries from the outbox, retried with backoff, logged and redeliverable.</summary>
public sealed class WebhookDeliveryTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Delivery_TargetFailsThreeTimes_DeliveredOnceWithValidSignature(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("case.opened");
        factory.Receiver.FailNext(3);
        await client.OpenCaseAsync("F-1");

        await factory.DispatchWebhooksAsync();                // attempt 1 fails
        await factory.AdvanceAsync(TimeSpan.FromSeconds(29)); // backoff 30 s: not yet
        var afterFirst = factory.Receiver.Received.Count;
        await factory.AdvanceAsync(TimeSpan.FromSeconds(1));  // attempt 2 fails
        await factory.AdvanceAsync(TimeSpan.FromSeconds(60)); // attempt 3 fails
        await factory.AdvanceAsync(TimeSpan.FromSeconds(120)); // attempt 4 succeeds
        await factory.AdvanceAsync(TimeSpan.FromHours(25));   // nothing more

        Assert.Equal(1, afterFirst);
        Assert.Equal([503, 503, 503, 200], factory.Receiver.Received.Select(r => r.AnsweredStatus));
        var delivered = factory.Receiver.Received.Last();
        Assert.True(WebhookSignature.Verify(WebhookTestClient.Secret, delivered.Signature, delivered.Body));
        Assert.False(WebhookSignature.Verify("another-secret-entirely", delivered.Signature, delivered.Body));
        Assert.Equal("case.opened", JsonDocument.Parse(delivered.Body).RootElement.GetProperty("type").GetString());
        var log = (await client.GetJsonAsync("/api/v1/webhooks/deliveries")).GetProperty("items");
        var row = Assert.Single(log.EnumerateArray());
        Assert.Equal("delivered", row.GetProperty("status").GetString());
        Assert.Equal(4, row.GetProperty("attempts").GetInt32());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Delivery_TargetDownFor24Hours_FailsThenRedeliverSendsIt(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.SubscribeAsync("*");
        factory.Receiver.FailNext(1000, HttpStatusCode.InternalServerError);
        await client.OpenCaseAsync("F-2");

        for (var hour = 0; hour <= 25; hour++) await factory.AdvanceAsync(TimeSpan.FromHours(1));
        var failed = (await client.GetJsonAsync("/api/v1/webhooks/deliveries?status=failed")).GetProperty("items")[0];
        var attemptsBefore = failed.GetProperty("attempts").GetInt32();
        await (await client.PostAsync($"/api/v1/webhooks/deliveries/{failed.GetProperty("id").GetGuid()}/redeliver", null)).ReadAsync(HttpStatusCode.OK);

        Assert.InRange(attemptsBefore, 5, 40);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        var pending = (await client.GetJsonAsync("/api/v1/webhooks/deliveries?status=pending")).GetProperty("items");
        Assert.Single(pending.EnumerateArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Subscriptions_CreateListUpdateDelete_SecretNeverReturned(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        var created = await client.SubscribeAsync("case.opened", "case.closed");
        var id = created.GetProperty("id").GetGuid();
        var updated = await (await client.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { url = "https://erp.example.com/v2", events = new[] { "*" }, secret = WebhookTestClient.Secret, active = false })).ReadAsync(HttpStatusCode.OK);
        var list = await client.GetJsonAsync("/api/v1/webhooks");
        using var deleted = await client.DeleteAsync($"/api/v1/webhooks/{id}");
        using var gone = await client.GetAsync($"/api/v1/webhooks/{id}");

        Assert.DoesNotContain(WebhookTestClient.Secret, created.GetRawText());
        Assert.False(updated.GetProperty("active").GetBoolean());
        Assert.Single(list.EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
