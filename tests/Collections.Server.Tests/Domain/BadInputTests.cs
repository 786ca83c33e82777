using System.Net;
using System.Text;
using System.Text.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// Issue 5 "Done when": at least 30 bad inputs, each answered with a 4xx problem (naming the field where there is
/// one), never a 5xx, and nothing half-written (invoices, cases, payments, balance, webhooks unchanged).
/// </summary>
public sealed class BadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Invoice = """{"externalId":"X-1","number":"N-1","debtorExternalId":"D-1","amount":10.50,"currency":"MXN","issueDate":"2026-01-01","dueDate":"2026-02-01"}""";
    private const string Debtor = """{"externalId":"D-9","name":"Acme","language":"es","timeZone":"America/Mexico_City","country":"MX","riskScore":10}""";
    private const string Payment = """{"amount":10,"currency":"MXN","reference":"R-9"}""";

    public static TheoryData<string, string, string, string, int, string?> Cases()
    {
        var data = new TheoryData<string, string, string, string, int, string?>();
        foreach (var db in BadInputFixture.Databases)
        {
            // name, database, path, body, status, field
            data.Add("malformed JSON", db, "POST /api/v1/invoices", """{"externalId": "X-1", """, 400, null);
            data.Add("array instead of object", db, "POST /api/v1/invoices", "[1,2]", 400, null);
            data.Add("null body", db, "POST /api/v1/invoices", "null", 400, null);
            data.Add("amount is text", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "\"ten\""), 400, "amount");
            data.Add("dueDate is a number", db, "POST /api/v1/invoices", Invoice.Replace("\"2026-02-01\"", "20260201"), 400, "dueDate");
            data.Add("negative amount", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "-10.50"), 400, "amount");
            data.Add("zero amount", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "0"), 400, "amount");
            data.Add("20-digit amount", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "12345678901234567890"), 400, "amount");
            data.Add("amount beyond decimal", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "1e40"), 400, "amount");
            data.Add("three decimals in MXN", db, "POST /api/v1/invoices", Invoice.Replace("10.50", "10.505"), 400, "amount");
            data.Add("decimals in JPY", db, "POST /api/v1/invoices", Invoice.Replace("\"MXN\"", "\"JPY\""), 400, "amount");
            data.Add("unknown currency", db, "POST /api/v1/invoices", Invoice.Replace("\"MXN\"", "\"XYZ\""), 400, "currency");
            data.Add("lower-case currency", db, "POST /api/v1/invoices", Invoice.Replace("\"MXN\"", "\"mxn\""), 400, "currency");
            data.Add("missing currency", db, "POST /api/v1/invoices", Invoice.Replace(",\"currency\":\"MXN\"", string.Empty), 400, "currency");
            data.Add("30 February", db, "POST /api/v1/invoices", Invoice.Replace("2026-02-01", "2026-02-30"), 400, "dueDate");
            data.Add("due before issue", db, "POST /api/v1/invoices", Invoice.Replace("2026-02-01", "2025-12-01"), 400, "dueDate");
            data.Add("year 1800", db, "POST /api/v1/invoices", Invoice.Replace("2026-01-01", "1800-01-01"), 400, "issueDate");
            data.Add("unknown field", db, "POST /api/v1/invoices", Invoice.Replace("}", ",\"discount\":5}"), 400, "discount");
            data.Add("duplicate property", db, "POST /api/v1/invoices", Invoice.Replace("}", ",\"amount\":99}"), 400, null);
            data.Add("unknown debtor", db, "POST /api/v1/invoices", Invoice.Replace("\"D-1\"", "\"D-404\""), 400, "debtorExternalId");
            data.Add("duplicate invoice external id", db, "POST /api/v1/invoices", Invoice.Replace("X-1", "ext-F-OPEN"), 409, null);
            data.Add("duplicate invoice number", db, "POST /api/v1/invoices", Invoice.Replace("N-1", "F-OPEN"), 409, null);
            data.Add("duplicate debtor external id", db, "POST /api/v1/debtors", Debtor.Replace("D-9", "D-1"), 409, null);
            data.Add("unknown time zone", db, "POST /api/v1/debtors", Debtor.Replace("America/Mexico_City", "Mars/Olympus"), 400, "timeZone");
            data.Add("Windows time zone id", db, "POST /api/v1/debtors", Debtor.Replace("America/Mexico_City", "Central Standard Time (Mexico)"), 400, "timeZone");
            data.Add("unsupported language", db, "POST /api/v1/debtors", Debtor.Replace("\"es\"", "\"fr\""), 400, "language");
            data.Add("unknown country", db, "POST /api/v1/debtors", Debtor.Replace("\"MX\"", "\"XX\""), 400, "country");
            data.Add("risk score 150", db, "POST /api/v1/debtors", Debtor.Replace("10}", "150}"), 400, "riskScore");
            data.Add("missing name", db, "POST /api/v1/debtors", Debtor.Replace("\"name\":\"Acme\",", string.Empty), 400, "name");
            data.Add("bad e-mail", db, "POST /api/v1/debtors", Debtor.Replace("}", ",\"contacts\":[{\"channel\":\"email\",\"value\":\"not-an-email\"}]}"), 400, "contacts[0].value");
            data.Add("bad phone", db, "POST /api/v1/debtors", Debtor.Replace("}", ",\"contacts\":[{\"channel\":\"phone\",\"value\":\"+52 123\"}]}"), 400, "contacts[0].value");
            data.Add("unknown channel", db, "POST /api/v1/debtors", Debtor.Replace("}", ",\"contacts\":[{\"channel\":\"pigeon\",\"value\":\"x\"}]}"), 400, "contacts[0].channel");
            data.Add("unknown nested field", db, "POST /api/v1/debtors", Debtor.Replace("}", ",\"contacts\":[{\"channel\":\"email\",\"value\":\"a@b.mx\",\"fax\":1}]}"), 400, "contacts[0].fax");
            data.Add("payment in another currency", db, "POST /api/v1/invoices/{invoice}/payments", Payment.Replace("MXN", "USD"), 400, "currency");
            data.Add("payment above balance", db, "POST /api/v1/invoices/{invoice}/payments", Payment.Replace("10,", "5000,"), 400, "amount");
            data.Add("payment reference reused", db, "POST /api/v1/invoices/{invoice}/payments", Payment.Replace("R-9", "P-1"), 409, null);
            data.Add("payment without reference", db, "POST /api/v1/invoices/{invoice}/payments", """{"amount":10,"currency":"MXN"}""", 400, "reference");
            data.Add("payment to unknown invoice", db, "POST /api/v1/invoices/00000000-0000-0000-0000-000000000001/payments", Payment, 404, null);
            data.Add("promise in another currency", db, "POST /api/v1/cases/{case}/promises", """{"amount":10,"currency":"EUR","promiseDate":"2026-03-10"}""", 400, "currency");
            data.Add("promise in the past", db, "POST /api/v1/cases/{case}/promises", """{"amount":10,"currency":"MXN","promiseDate":"2026-01-10"}""", 400, "promiseDate");
            data.Add("dispute reason unknown", db, "POST /api/v1/cases/{case}/disputes", """{"reason":"aliens"}""", 400, "reason");
            data.Add("contact attempt direction unknown", db, "POST /api/v1/cases/{case}/contact-attempts", """{"channel":"phone","direction":"sideways","outcome":"reached","by":"ana"}""", 400, "direction");
            data.Add("contact attempt without author", db, "POST /api/v1/cases/{case}/contact-attempts", """{"channel":"phone","direction":"outbound","outcome":"reached"}""", 400, "by");
            data.Add("case for a not-yet-due invoice", db, "POST /api/v1/cases", """{"invoiceId":"{later}"}""", 409, null);
            data.Add("case naming two invoices", db, "POST /api/v1/cases", """{"invoiceId":"{invoice}","invoiceExternalId":"ext-F-LATER"}""", 400, "invoice");
            data.Add("case with unknown process", db, "POST /api/v1/cases", Invoice.Replace("{", "{\"invoice\":{").Replace("X-1", "X-2").Replace("N-1", "N-2") + ",\"processKey\":\"no-such-process\"}", 404, null);
            data.Add("inline invoice negative amount", db, "POST /api/v1/cases", """{"invoice":{"externalId":"X-3","number":"N-3","debtorExternalId":"D-1","amount":-1,"currency":"MXN","issueDate":"2026-01-01","dueDate":"2026-02-01"}}""", 400, "invoice.amount");
            data.Add("inline debtor unknown zone", db, "POST /api/v1/cases", """{"debtor":{"externalId":"D-5","name":"X","timeZone":"Atlantis/Capital"},"invoice":{"externalId":"X-4","number":"N-4","amount":1,"currency":"MXN","issueDate":"2026-01-01","dueDate":"2026-02-01"}}""", 400, "debtor.timeZone");
            data.Add("webhook over http", db, "POST /api/v1/webhooks", """{"url":"http://erp.example.com/h","events":["*"],"secret":"0123456789abcdef0"}""", 400, "url");
            data.Add("webhook unknown event", db, "POST /api/v1/webhooks", """{"url":"https://erp.example.com/h","events":["case.exploded"],"secret":"0123456789abcdef0"}""", 400, "events[0]");
            data.Add("webhook short secret", db, "POST /api/v1/webhooks", """{"url":"https://erp.example.com/h","events":["*"],"secret":"short"}""", 400, "secret");
            data.Add("invalid cursor", db, "GET /api/v1/cases?cursor=%%%", string.Empty, 400, "cursor");
            data.Add("limit 0", db, "GET /api/v1/invoices?limit=0", string.Empty, 400, "limit");
            data.Add("limit not a number", db, "GET /api/v1/cases?limit=ten", string.Empty, 400, null);
            data.Add("unknown overdue bucket", db, "GET /api/v1/cases?overdueBucket=old", string.Empty, 400, "overdueBucket");
            data.Add("unknown case", db, "GET /api/v1/cases/00000000-0000-0000-0000-000000000001", string.Empty, 404, null);
        }

        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Request_BadInput_4xxProblemAndNothingWritten(string name, string database, string request, string body, int status, string? field)
    {
        var seeded = await fixture.GetAsync(database);
        var before = await SnapshotAsync(seeded);
        var (method, path) = (request.Split(' ')[0], Fill(request.Split(' ', 2)[1], seeded));

        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") message.Content = new StringContent(Fill(body, seeded), Encoding.UTF8, "application/json");
        using var response = await seeded.Client.SendAsync(message);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{name}: expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        if (field is not null) Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Equal(before, await SnapshotAsync(seeded));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Request_BodyOver1MB_413Problem(string database)
    {
        var seeded = await fixture.GetAsync(database);
        var before = await SnapshotAsync(seeded);
        var huge = Invoice.Replace("\"N-1\"", "\"" + new string('n', 1_100_000) + "\"");

        using var response = await seeded.Client.PostJsonAsync("/api/v1/invoices", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await SnapshotAsync(seeded));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Request_IdempotencyKeyOver200Chars_400NamingHeader(string database)
    {
        var seeded = await fixture.GetAsync(database);

        using var response = await seeded.Client.PostJsonAsync("/api/v1/invoices", Invoice, new string('k', 201));

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Idempotency-Key", problem.GetProperty("field").GetString());
    }

    public static TheoryData<string> Databases()
    {
        var data = new TheoryData<string>();
        foreach (var db in BadInputFixture.Databases) data.Add(db);
        return data;
    }

    private static string Fill(string text, Seeded seeded) => text
        .Replace("{invoice}", seeded.InvoiceId.ToString())
        .Replace("{later}", seeded.LaterInvoiceId.ToString())
        .Replace("{case}", seeded.CaseId.ToString());

    /// <summary>Everything a bad request could have half-written, as one comparable string.</summary>
    private static async Task<string> SnapshotAsync(Seeded seeded)
    {
        var invoices = await seeded.Client.GetJsonAsync("/api/v1/invoices?limit=200");
        var cases = await seeded.Client.GetJsonAsync("/api/v1/cases?limit=200");
        var detail = await seeded.Client.GetJsonAsync($"/api/v1/cases/{seeded.CaseId}");
        var webhooks = await seeded.Client.GetJsonAsync("/api/v1/webhooks");
        using var debtor = await seeded.Client.GetAsync("/api/v1/debtors/D-9");
        return string.Join("|",
            invoices.GetProperty("items").GetArrayLength(),
            cases.GetProperty("items").GetArrayLength(),
            detail.GetProperty("case").GetProperty("balance").GetDecimal(),
            detail.GetProperty("payments").GetArrayLength(),
            detail.GetProperty("promises").GetArrayLength(),
            detail.GetProperty("disputes").GetArrayLength(),
            webhooks.GetArrayLength(),
            (int)debtor.StatusCode);
    }
}
