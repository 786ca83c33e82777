using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>An HTTP client signed in with the staff cookie, sending the anti-forgery header the UI sends.</summary>
public sealed class StaffApiClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    private StaffApiClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = baseAddress };
    }

    public static async Task<StaffApiClient> SignInAsync(Uri baseAddress, string email, string password)
    {
        var client = new StaffApiClient(baseAddress);
        using var login = await client._http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        using var me = await client._http.GetAsync("/api/v1/me");
        me.EnsureSuccessStatusCode();
        var token = client._cookies.GetCookies(baseAddress)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("No XSRF-TOKEN cookie.");
        client._http.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
        return client;
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string path, object body) => await _http.PostAsJsonAsync(path, body);

    public async Task<HttpResponseMessage> PutJsonAsync(string path, object body) => await _http.PutAsJsonAsync(path, body);

    public async Task<HttpResponseMessage> PostXmlAsync(string path, string xml) =>
        await _http.PostAsync(path, new StringContent(xml, Encoding.UTF8, "application/xml"));

    public async Task<HttpResponseMessage> GetAsync(string path) => await _http.GetAsync(path);

    public void Dispose() => _http.Dispose();
}
