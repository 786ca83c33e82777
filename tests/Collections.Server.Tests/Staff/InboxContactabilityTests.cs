using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.InboxTestData;

namespace Collections.Server.Tests.Staff;

/// <summary>
/// The inbox marks tasks whose debtor nobody may call now (their country's hours, Sundays, holidays in their zone) with
/// the next allowed moment, and sorts them after the callable ones in SQL, so paging keeps that order.
/// </summary>
public sealed class InboxContactabilityTests
{
    private const string Collector = "carla@collections.test";

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_DebtorAt3amLocal_AfterCallableDebtorAndMarkedWithNextMoment(string database)
    {
        // 09:00Z: 03:00 in Mexico City (nobody may call), 18:00 in Tokyo (callable).
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process("inbox-contact", "call", Junior));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-MX", "Ferretería López");
        await RegisterAsync(integrator, "D-JP", "Tanaka Shoji", "Asia/Tokyo", "JP");
        await integrator.OpenAsync("inbox-contact", "F-MX-LARGE", 500_000m, 30, debtor: "D-MX");
        await integrator.OpenAsync("inbox-contact", "F-JP-SMALL", 50m, 1, debtor: "D-JP", currency: "JPY");
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);

        var page = await collector.GetJsonAsync("/api/v1/inbox");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["F-JP-SMALL", "F-MX-LARGE"], items.Select(i => i.GetProperty("businessKey").GetString()));
        Assert.True(items[0].GetProperty("contactableNow").GetBoolean());
        Assert.False(items[1].GetProperty("contactableNow").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), items[1].GetProperty("contactableAt").GetDateTimeOffset()); // 07:00 CST
        Assert.Equal("outside-hours", items[1].GetProperty("contactRule").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListMyTasks_PagesOfOne_KeepCallableFirstAndListEveryTaskOnce(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, null, Process("inbox-contact", "call", Junior));
        using var integrator = factory.CreateClient();
        await integrator.RegisterNamedDebtorAsync("D-MX", "Ferretería López");
        await RegisterAsync(integrator, "D-JP", "Tanaka Shoji", "Asia/Tokyo", "JP");
        await integrator.OpenAsync("inbox-contact", "F-MX-1", 500_000m, 30, debtor: "D-MX");
        await integrator.OpenAsync("inbox-contact", "F-JP-1", 5_000m, 5, debtor: "D-JP", currency: "JPY");
        await integrator.OpenAsync("inbox-contact", "F-MX-2", 900m, 3, debtor: "D-MX");
        await integrator.OpenAsync("inbox-contact", "F-JP-2", 50m, 1, debtor: "D-JP", currency: "JPY");
        using var collector = await factory.SignInAsync(Collector, ["collector"], [Junior]);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await collector.GetJsonAsync("/api/v1/inbox?limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessKey").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["F-JP-1", "F-JP-2", "F-MX-1", "F-MX-2"], seen);
    }

    private static async Task RegisterAsync(HttpClient client, string externalId, string name, string timeZone, string country)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/debtors/{externalId}", new { name, language = "en", timeZone, country, riskScore = 0 });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
