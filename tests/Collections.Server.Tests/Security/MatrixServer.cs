using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collections.Domain.Outreach.Delivery;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using StaffSession = Collections.Server.Tests.Staff.StaffSession;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Collections.Server.Tests.Security;

/// <summary>
/// The server of the authorization matrix: every principal of <see cref="AuthorizationMatrix.Principals"/> (a key per
/// scope issued through the admin API, an account per staff role signed in with the cookie), the providers' signing
/// secrets (the test signs like SendGrid and the SMS gateway do) and one client that carries no credentials of its
/// own, so each request carries exactly one principal's and no response changes another's session.
/// </summary>
public sealed class MatrixServer : IAsyncDisposable
{
    public const string SmsSecret = "matrix-sms-secret";
    public const string LoginEmail = "matrix-login@staff.test";

    private readonly ECDsa _sendGridKey;
    private readonly HttpClient _client;

    private MatrixServer(DomainApiFactory factory, ECDsa sendGridKey, IReadOnlyDictionary<string, MatrixPrincipal> principals)
    {
        (Factory, _sendGridKey, Principals) = (factory, sendGridKey, principals);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        _client.DefaultRequestHeaders.Authorization = null;
    }

    public DomainApiFactory Factory { get; }

    public IReadOnlyDictionary<string, MatrixPrincipal> Principals { get; }

    public static async Task<MatrixServer> StartAsync(string database, params string[] bpmn)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var factory = await DomainApiFactory.CreateAsync(database, new Dictionary<string, string?>(StaffSession.Settings)
        {
            ["Collections:Outreach:Email:EventWebhookPublicKey"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            ["Collections:Outreach:Sms:ReceiptSecret"] = SmsSecret,
            // Every principal and every object-level row signs in from the same test address.
            ["Collections:Security:SignIn:AttemptsPerAddress"] = "1000",
            // The Testing environment opens the engine API to anyone; production does not, and the matrix is production's.
            ["Collections:Security:AllowAnonymousEngineApi"] = "false",
        }, bpmn);
        var principals = new Dictionary<string, MatrixPrincipal> { [MatrixPrincipal.Anonymous] = new(MatrixPrincipal.Anonymous) };
        var admin = await SignInAsync(factory, StaffSession.Admin);
        using (var adminClient = Client(factory, admin))
        {
            foreach (var scope in ApiScopes.All)
            {
                using var created = await adminClient.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "matrix-" + scope.Replace(':', '-'), scopes = new[] { scope } });
                var apiKey = (await created.ReadAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
                principals[MatrixPrincipal.Key(scope)] = new MatrixPrincipal(MatrixPrincipal.Key(scope), ApiKey: apiKey);
            }

            foreach (var role in StaffRoles.All.Where(r => r != StaffRoles.Admin).Append(LoginEmail))
            {
                var email = role == LoginEmail ? LoginEmail : $"matrix-{role}@staff.test";
                using var created = await adminClient.PostAsJsonAsync("/api/v1/admin/users", new
                {
                    email, password = StaffSession.Password, displayName = email, roles = new[] { role == LoginEmail ? StaffRoles.Collector : role }, groups = Array.Empty<string>(),
                });
                created.EnsureSuccessStatusCode();
            }
        }

        principals[MatrixPrincipal.Role(StaffRoles.Admin)] = admin with { Name = MatrixPrincipal.Role(StaffRoles.Admin) };
        foreach (var role in StaffRoles.All.Where(r => r != StaffRoles.Admin))
        {
            principals[MatrixPrincipal.Role(role)] = (await SignInAsync(factory, $"matrix-{role}@staff.test")) with { Name = MatrixPrincipal.Role(role) };
        }

        return new MatrixServer(factory, key, principals);
    }

    /// <summary>Signs <paramref name="email"/> in and keeps its cookies and anti-forgery token as a principal.</summary>
    public static async Task<MatrixPrincipal> SignInAsync(DomainApiFactory factory, string email)
    {
        var cookies = new CookieContainer();
        using var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Authorization = null;
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = StaffSession.Password }))
        {
            await login.ReadAsync(HttpStatusCode.NoContent);
        }

        using (var me = await client.GetAsync("/api/v1/me"))
        {
            me.EnsureSuccessStatusCode();
        }

        var token = cookies.GetCookies(client.BaseAddress!)[StaffAuthenticationDefaults.AntiforgeryCookie]!.Value;
        return new MatrixPrincipal("user:" + email, Cookie: cookies.GetCookieHeader(client.BaseAddress!), Antiforgery: Uri.UnescapeDataString(token));
    }

    /// <summary>Calls <paramref name="operation"/> with placeholders as <paramref name="principal"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(OpenApiOperation operation, MatrixPrincipal principal, string? query = null)
    {
        using var request = operation.PlaceholderRequest();
        if (query is not null) request.RequestUri = new Uri(request.RequestUri!.OriginalString + "?" + query, UriKind.Relative);
        Adjust(operation, request);
        principal.Apply(request);
        return await _client.SendAsync(request);
    }

    /// <summary>Calls <paramref name="method"/> <paramref name="path"/> with a JSON body (or none) as <paramref name="principal"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, string path, string? json, MatrixPrincipal principal)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        principal.Apply(request);
        return await _client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Factory.DisposeAsync();
        _sendGridKey.Dispose();
    }

    /// <summary>
    /// The public operations need what their callers really send to get past their own checks: sign-in the password of
    /// an existing account, the provider webhooks a body signed with the configured key or secret.
    /// </summary>
    private void Adjust(OpenApiOperation operation, HttpRequestMessage request)
    {
        switch (operation.Name)
        {
            case "POST /api/v1/auth/login":
                request.Content = JsonContent.Create(new { email = LoginEmail, password = StaffSession.Password });
                break;
            case "POST /api/v1/providers/sendgrid/events":
                var timestamp = Factory.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var signature = _sendGridKey.SignData(Encoding.UTF8.GetBytes(timestamp + "[]"), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
                request.Content = new StringContent("[]", Encoding.UTF8, "application/json");
                request.Headers.Add(SendGridSignature.SignatureHeader, Convert.ToBase64String(signature));
                request.Headers.Add(SendGridSignature.TimestampHeader, timestamp);
                break;
            case "POST /engine-rest/external-task/fetchAndLock":
                // Without long polling: a poll waits on the test's fake clock, which nothing moves here.
                request.Content = new StringContent("""{"workerId":"matrix","maxTasks":1,"topics":[]}""", Encoding.UTF8, "application/json");
                break;
            case "POST /api/v1/providers/sms/receipts" or "POST /api/v1/providers/sms/inbound":
                request.Content = new StringContent("[]", Encoding.UTF8, "application/json");
                request.Headers.Add(SmsReceipts.SignatureHeader, SmsReceipts.Sign(SmsSecret, "[]"));
                break;
        }
    }

    private static HttpClient Client(DomainApiFactory factory, MatrixPrincipal principal)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.Add("Cookie", principal.Cookie);
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", principal.Antiforgery);
        return client;
    }
}
