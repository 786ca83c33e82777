using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Domain.Outreach.Delivery;
using Collections.Domain.Outreach.Workers;
using Collections.Server.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// The server of the domain tests with outreach configured for them: its own outbox folders, a SendGrid verification
/// key made here (the test holds the private half and signs like SendGrid does), an SMS receipt secret and a staff
/// admin. The outreach workers are off in the Testing environment; <see cref="RunWorkersAsync"/> runs them once.
/// </summary>
public sealed class OutreachServer : IAsyncDisposable
{
    public const string AdminEmail = "admin@collections.test";
    public const string AdminPassword = "Adm1n-Passw0rd!";
    public const string SmsSecret = "sms-receipts-test-secret";

    private readonly ECDsa _sendGridKey;
    private readonly string _outbox;

    private OutreachServer(DomainApiFactory factory, ECDsa key, string outbox)
    {
        (Factory, _sendGridKey, _outbox) = (factory, key, outbox);
    }

    public DomainApiFactory Factory { get; }

    public string EmailOutbox => _outbox;

    public static Task<OutreachServer> StartAsync(string database, params string[] bpmn) => StartAsync(database, null, bpmn);

    /// <summary>As above, with services replaced at the outside edges (a fake provider, a crash seam).</summary>
    public static Task<OutreachServer> StartAsync(string database, Action<IServiceCollection>? services, params string[] bpmn) =>
        StartAsync(database, null, services, bpmn);

    /// <summary>As above, with more settings over the test environment's (blanked company details).</summary>
    public static async Task<OutreachServer> StartAsync(string database, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services, params string[] bpmn)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var outbox = Directory.CreateTempSubdirectory("collections-outbox-").FullName;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Collections:Outreach:Email:OutboxDirectory"] = outbox,
            ["Collections:Outreach:Email:EventWebhookPublicKey"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            ["Collections:Outreach:Sms:OutboxDirectory"] = Path.Combine(outbox, "sms"),
            ["Collections:Outreach:Sms:ReceiptSecret"] = SmsSecret,
            ["Collections:Admin:Email"] = AdminEmail,
            ["Collections:Admin:Password"] = AdminPassword,
        };
        var factory = await DomainApiFactory.CreateAsync(database, all, services, bpmn);
        return new OutreachServer(factory, key, outbox);
    }

    public static string Playbook(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "workflows", name));
    }

    /// <summary>Fetches and handles once per outreach topic, as the in-server workers would.</summary>
    public async Task<int> RunWorkersAsync()
    {
        var done = 0;
        foreach (var handler in Factory.Services.GetServices<IExternalTaskHandler>())
        {
            done += await ActivatorUtilities.CreateInstance<ExternalTaskWorker>(Factory.Services, handler).RunOnceAsync(CancellationToken.None);
        }

        return done;
    }

    /// <summary>Registers a debtor with the given contacts (and alternate contacts) over the integrator API.</summary>
    public static async Task RegisterDebtorAsync(HttpClient client, string externalId, string language, string country, string timeZone,
        object[] contacts, object[]? alternates = null)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/debtors/{externalId}", new
        {
            name = language == "en" ? "Acme Hardware Inc." : "Ferretería López SA de CV",
            language,
            timeZone,
            country,
            contacts,
            alternateContacts = alternates ?? [],
        });
        await response.ReadAsync(HttpStatusCode.Created);
    }

    /// <summary>An invoice of the debtor due 10 days before the clock's start, and its case opened over HTTP.</summary>
    public static async Task<JsonElement> OpenCaseAsync(HttpClient client, string debtor, string number, string currency = "MXN")
    {
        var invoice = await client.RegisterInvoiceAsync(number, DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(-10), 1200.50m, debtor, currency);
        using var response = await client.PostAsJsonAsync("/api/v1/cases", new { invoiceId = invoice.GetProperty("id").GetGuid() });
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("case");
    }

    /// <summary>Posts a body to the SendGrid webhook signed as SendGrid signs: ECDSA P-256 over timestamp + body.</summary>
    public async Task<HttpResponseMessage> PostSendGridAsync(HttpClient client, string body, string? signedBody = null)
    {
        var timestamp = Factory.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _sendGridKey.SignData(Encoding.UTF8.GetBytes(timestamp + (signedBody ?? body)), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/providers/sendgrid/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SendGridSignature.SignatureHeader, Convert.ToBase64String(signature));
        request.Headers.Add(SendGridSignature.TimestampHeader, timestamp);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostSmsReceiptAsync(HttpClient client, string body, string secret = SmsSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/providers/sms/receipts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SmsReceipts.SignatureHeader, SmsReceipts.Sign(secret, body));
        return await client.SendAsync(request);
    }

    /// <summary>A client signed in as the staff admin with the cookie (no API key).</summary>
    public async Task<HttpClient> StaffClientAsync()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AdminEmail, password = AdminPassword });
        await login.ReadAsync(HttpStatusCode.NoContent);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _sendGridKey.Dispose();
        try
        {
            Directory.Delete(_outbox, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
