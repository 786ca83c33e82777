using System.Net;
using System.Net.Sockets;
using System.Text;
using Collections.Domain.Errors;
using Collections.Domain.Webhooks;
using Collections.Domain.Webhooks.Targets;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Tests.Webhooks;

/// <summary>Webhooks reach public addresses only, checked at registration and again when each delivery connects.</summary>
public sealed class WebhookTargetTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public WebhookTargetTests() => _listener.Start();

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose() => _listener.Stop();

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://172.16.0.9/hooks")]
    [InlineData("https://172.31.255.1/hooks")]
    [InlineData("https://192.168.1.10/hooks")]
    [InlineData("https://100.64.0.1/hooks")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("https://255.255.255.255/hooks")]
    [InlineData("https://224.0.0.1/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[::ffff:127.0.0.1]/hooks")]
    [InlineData("https://[::ffff:169.254.169.254]/hooks")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("http://127.0.0.1:5393/api/v1/cases")]
    [InlineData("http://127.1/hooks")]
    [InlineData("http://2130706433/hooks")]
    [InlineData("http://0x7f000001/hooks")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://localhost:5393/hooks")]
    [InlineData("https://inside.example.net/hooks")]
    public async Task EnsurePermittedAsync_InsideAddress_RefusedNamingUrl(string url)
    {
        var guard = new WebhookTargetGuard(Policy(), Resolver());

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => guard.EnsurePermittedAsync(url, default));

        Assert.Equal((WebhookTargetGuard.RefusedCode, "url"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData("https://erp.example.com/hooks")]
    [InlineData("https://203.0.113.10/hooks")]
    [InlineData("https://[2001:db8::10]/hooks")]
    public async Task EnsurePermittedAsync_PublicHttps_Accepted(string url)
    {
        var guard = new WebhookTargetGuard(Policy(), Resolver());

        await guard.EnsurePermittedAsync(url, default);
    }

    [Fact]
    public async Task EnsurePermittedAsync_PublicPlainHttp_RefusedAsNotHttps()
    {
        var guard = new WebhookTargetGuard(Policy(), Resolver());

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => guard.EnsurePermittedAsync("http://erp.example.com/hooks", default));

        Assert.Equal(("webhook.url-invalid", "url"), (error.Code, error.Field));
    }

    [Fact]
    public async Task EnsurePermittedAsync_AllowListedBlock_Accepted()
    {
        var guard = new WebhookTargetGuard(Policy("10.1.0.0/16", "127.0.0.1/32"), Resolver());

        await guard.EnsurePermittedAsync("https://inside.example.net/hooks", default);
        await guard.EnsurePermittedAsync("http://127.0.0.1:5393/hooks", default);
    }

    [Fact]
    public async Task SendAsync_NameResolvesToLoopbackAtConnectTime_RefusedWithoutConnecting()
    {
        var connector = new WebhookConnector(Policy(), Resolver(("rebound.example.com", IPAddress.Loopback)));
        using var client = new HttpClient(connector.CreateHandler());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"https://rebound.example.com:{Port}/hooks"));

        Assert.IsType<WebhookTargetRefusedException>(error.InnerException);
        Assert.False(_listener.Pending());
    }

    [Fact]
    public async Task SendAsync_AllowListedLoopback_DeliversToTheCheckedAddress()
    {
        var resolver = Resolver(("receiver.test", IPAddress.Loopback));
        var connector = new WebhookConnector(Policy("127.0.0.1/32"), resolver);
        using var client = new HttpClient(connector.CreateHandler());
        var answer = AnswerOnceAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");

        using var response = await client.GetAsync($"http://receiver.test:{Port}/hooks");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.StartsWith("GET /hooks HTTP/1.1", await answer);
        Assert.Equal(1, resolver.Lookups);
    }

    [Fact]
    public async Task SendAsync_ReceiverRedirects_NotFollowed()
    {
        var connector = new WebhookConnector(Policy("127.0.0.1/32"), Resolver());
        using var client = new HttpClient(connector.CreateHandler());
        var answer = AnswerOnceAsync("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        using var response = await client.GetAsync($"http://127.0.0.1:{Port}/hooks");

        await answer;
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("::ffff:8.8.8.8", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("::10.0.0.1", true)]
    [InlineData("100.127.255.255", true)]
    [InlineData("100.128.0.1", false)]
    [InlineData("fc00::1", true)]
    [InlineData("ff02::1", true)]
    public void IsInternal_Address_Classified(string address, bool expected)
    {
        Assert.Equal(expected, WebhookTargetPolicy.IsInternal(IPAddress.Parse(address)));
    }

    private static WebhookTargetPolicy Policy(params string[] allowed) =>
        new(Options.Create(new WebhookOptions { AllowedTargets = [.. allowed] }));

    private static StaticHostResolver Resolver(params (string Host, IPAddress Address)[] extra)
    {
        var table = new Dictionary<string, IPAddress[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["erp.example.com"] = [IPAddress.Parse("203.0.113.10")],
            ["localhost"] = [IPAddress.Loopback, IPAddress.IPv6Loopback],
            ["inside.example.net"] = [IPAddress.Parse("10.1.2.3")],
            ["metadata.google.internal"] = [IPAddress.Parse("169.254.169.254")],
        };
        foreach (var (host, address) in extra) table[host] = [address];
        return new StaticHostResolver(table);
    }

    /// <summary>A one-shot HTTP receiver: reads the request head, writes <paramref name="response"/>, returns the head.</summary>
    private async Task<string> AnswerOnceAsync(string response)
    {
        using var socket = await _listener.AcceptSocketAsync();
        var buffer = new byte[8192];
        var head = new StringBuilder();
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None);
            if (read == 0) break;
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await socket.SendAsync(Encoding.ASCII.GetBytes(response), SocketFlags.None);
        socket.Shutdown(SocketShutdown.Both);
        return head.ToString();
    }
}
