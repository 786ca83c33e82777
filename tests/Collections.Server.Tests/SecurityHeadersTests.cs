using System.Net;
using Collections.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Collections.Server.Tests;

/// <summary>Every response carries the browser protections: API answers, the single-page app and its static files.</summary>
public sealed class SecurityHeadersTests(CollectionsServerFactory factory) : IClassFixture<CollectionsServerFactory>, IDisposable
{
    private readonly string _webRoot = Directory.CreateTempSubdirectory("collections-webroot-").FullName;

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/cases")]
    [InlineData("/")]
    [InlineData("/cases/some-case")]
    [InlineData("/assets/app.js")]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string path)
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "index.html"), "<!doctype html><title>Collections</title>");
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "assets", "app.js"), "console.log('ok');");
        using var server = factory.WithWebHostBuilder(b => b.UseSetting(WebHostDefaults.WebRootKey, _webRoot));
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
    }

    [Fact]
    public async Task Get_SpaIndexAndStaticFile_ServedWithHeaders()
    {
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "index.html"), "<!doctype html><title>Collections</title>");
        using var server = factory.WithWebHostBuilder(b => b.UseSetting(WebHostDefaults.WebRootKey, _webRoot));
        using var client = server.CreateClient();

        using var index = await client.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("<title>Collections</title>", await index.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", Single(index, "X-Content-Type-Options"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
