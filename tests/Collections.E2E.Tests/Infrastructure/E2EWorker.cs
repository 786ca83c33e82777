using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// An external-task worker over the Camunda REST contract with the worker API key: the E2E environment runs no
/// outreach workers, so the tests "send" a case's e-mails themselves.
/// </summary>
public static class E2EWorker
{
    private const string WorkerId = "e2e-worker";

    /// <summary>Fetches and completes every open task of <paramref name="topic"/> for the case; returns how many.</summary>
    public static async Task<int> CompleteAsync(E2EServer server, string businessKey, string topic = "send-email")
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StaffAccounts.WorkerApiKey);
        using var fetched = await http.PostAsJsonAsync("/engine-rest/external-task/fetchAndLock", new
        {
            workerId = WorkerId,
            maxTasks = 10,
            topics = new[] { new { topicName = topic, lockDuration = 60_000, businessKey } },
        });
        fetched.EnsureSuccessStatusCode();
        var tasks = await fetched.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var task in tasks.EnumerateArray())
        {
            using var completed = await http.PostAsJsonAsync($"/engine-rest/external-task/{task.GetProperty("id").GetString()}/complete", new { workerId = WorkerId });
            completed.EnsureSuccessStatusCode();
        }

        return tasks.GetArrayLength();
    }
}
