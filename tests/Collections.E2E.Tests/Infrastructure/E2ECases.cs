using System.Net.Http.Json;
using System.Text.Json;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Opens cases over the integrator API with the admin key, as an ERP would.</summary>
public static class E2ECases
{
    /// <summary>A Spanish debtor in Madrid, an invoice of 12,500 EUR due 12 days ago, on the "E2E call" process; returns the case id.</summary>
    public static async Task<Guid> OpenAsync(E2EServer server, string invoiceNumber)
    {
        using var integrator = new HttpClient { BaseAddress = server.BaseAddress };
        integrator.DefaultRequestHeaders.Authorization = new("Bearer", StaffAccounts.AdminApiKey);
        var due = (await E2EClock.TodayAsync(server)).AddDays(-12);
        using var opened = await integrator.PostAsJsonAsync("/api/v1/cases", new
        {
            processKey = E2EBpmn.CallCaseProcessKey,
            debtor = new
            {
                externalId = "C-" + invoiceNumber, name = "Suministros Levante SL", language = "es", timeZone = "Europe/Madrid", country = "ES",
                contacts = new[] { new { channel = "phone", value = "+34 612 345 678" } },
            },
            invoice = new
            {
                externalId = "X-" + invoiceNumber, number = invoiceNumber, amount = 12500.00m, currency = "EUR",
                issueDate = due.AddDays(-30), dueDate = due,
            },
        });
        var body = await opened.Content.ReadAsStringAsync();
        if (!opened.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Opening case {invoiceNumber} failed: {(int)opened.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("case").GetProperty("id").GetGuid();
    }
}
