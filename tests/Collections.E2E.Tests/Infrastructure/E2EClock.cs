using System.Net.Http.Json;
using System.Text;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// Moves the E2E server's clock through its test-only endpoint; due jobs have run when this returns. The server is
/// shared by the tests of one database and only moves forward, so a test that needs "today" asks the server for it.
/// </summary>
public static class E2EClock
{
    /// <summary>The server's date now (UTC), which is ahead of the machine's once any test has moved the clock.</summary>
    public static async Task<DateOnly> TodayAsync(E2EServer server) =>
        DateOnly.FromDateTime((await AdvanceAsync(server, "PT0S")).UtcDateTime);

    public static async Task<DateTimeOffset> AdvanceAsync(E2EServer server, string isoDuration)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("/api/test/clock/advance", new StringContent(isoDuration, Encoding.UTF8, "text/plain"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Advancing the clock by {isoDuration} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var advanced = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return advanced.GetProperty("now").GetDateTimeOffset();
    }
}
