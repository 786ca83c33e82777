using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Shortcuts over HTTP for the domain tests: register a debtor and invoice, open a case, read JSON.</summary>
public static class DomainApiClient
{
    public static async Task<JsonElement> RegisterDebtorAsync(this HttpClient client, string externalId = "D-1", string timeZone = "America/Mexico_City")
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/debtors/{externalId}", new
        {
            name = "Ferretería López SA de CV",
            taxId = "FLO010101AB1",
            language = "es",
            timeZone,
            country = "MX",
            riskScore = 60,
            hasService = true,
            contacts = new[] { new { channel = "email", value = "pagos@ferreteria.mx" }, new { channel = "phone", value = "+52 55 1234 5678" } },
        });
        return await response.ReadAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> RegisterInvoiceAsync(this HttpClient client, string number, DateOnly due, decimal amount = 1200.50m, string debtor = "D-1", string currency = "MXN")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/invoices", new
        {
            externalId = "ext-" + number,
            number,
            debtorExternalId = debtor,
            amount,
            currency,
            issueDate = due.AddDays(-30),
            dueDate = due,
            purchaseOrderNumber = "PO-77",
        });
        return await response.ReadAsync(HttpStatusCode.Created);
    }

    /// <summary>Registers D-1 (if needed) and an invoice due 10 days before the fake clock's start, and opens its case.</summary>
    public static async Task<JsonElement> OpenCaseAsync(this HttpClient client, string number = "F-1001", decimal amount = 1200.50m)
    {
        await client.RegisterDebtorIfMissingAsync();
        var invoice = await client.RegisterInvoiceAsync(number, DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-10), amount);
        using var response = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid() });
        return await response.ReadAsync(HttpStatusCode.Created);
    }

    public static async Task RegisterDebtorIfMissingAsync(this HttpClient client, string externalId = "D-1")
    {
        using var existing = await client.GetAsync($"/api/v1/debtors/{externalId}");
        if (existing.StatusCode == HttpStatusCode.NotFound) await client.RegisterDebtorAsync(externalId);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ReadAsync(HttpStatusCode.OK);
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    /// <summary>Asserts the status (showing the body when it differs) and parses the body.</summary>
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>Webhook shortcuts.</summary>
public static class WebhookTestClient
{
    public const string Secret = "whsec_test_0123456789abcdef";

    public static async Task<JsonElement> SubscribeAsync(this HttpClient client, params string[] events)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://erp.example.com/hooks/collections", events, secret = Secret });
        return await response.ReadAsync(HttpStatusCode.Created);
    }
}
