using System.Net;
using System.Text;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;

namespace Collections.Server.Tests.Security;

/// <summary>Behind a TLS proxy the sign-in cookie is <c>Secure</c>, when (and only when) the proxy is configured.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly Dictionary<string, string?> BehindProxy = new()
    {
        ["Collections:Security:ForwardedHeaders:Enabled"] = "true",
        ["Collections:Security:ForwardedHeaders:KnownProxies:0"] = "10.0.0.1",
    };

    [Fact]
    public async Task Login_HttpsForwardedByConfiguredProxy_CookieSecure()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", BehindProxy);

        var cookie = await SignInCookieAsync(factory.Server, "10.0.0.1");

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_HttpsForwardedByUnknownAddress_CookieNotSecure()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite", BehindProxy);

        var cookie = await SignInCookieAsync(factory.Server, "203.0.113.9");

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_ForwardedHeadersOff_ProxyHeaderIgnored()
    {
        await using var factory = await DomainApiFactory.CreateAsync("sqlite");

        var cookie = await SignInCookieAsync(factory.Server, "10.0.0.1");

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Signs in over plain HTTP from <paramref name="from"/> claiming HTTPS; returns the sign-in Set-Cookie.</summary>
    private static async Task<string> SignInCookieAsync(TestServer server, string from)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"email\":\"{DomainApiFactory.AdminEmail}\",\"password\":\"{DomainApiFactory.AdminPassword}\"}}");
        var context = await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Method = HttpMethods.Post;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = "/api/v1/auth/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
            c.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody()); // TestServer decides before the body is set
        });

        var answer = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.True(context.Response.StatusCode == StatusCodes.Status204NoContent, $"{context.Response.StatusCode} {answer}");
        return context.Response.Headers.SetCookie.Single(c => c!.StartsWith(".Collections.Staff=", StringComparison.Ordinal))!;
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
