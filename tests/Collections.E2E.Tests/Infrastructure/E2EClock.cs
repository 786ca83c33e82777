using System.Net.Http.Json;
using System.Text;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Moves the E2E server's clock through its test-only endpoint; due jobs have run when this returns.</summary>
public static class E2EClock
{
    public static async Task AdvanceAsync(E2EServer server, string isoDuration)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("/api/test/clock/advance", new StringContent(isoDuration, Encoding.UTF8, "text/plain"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Advancing the clock by {isoDuration} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }
}
