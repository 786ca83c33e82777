using Microsoft.Playwright;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// One Debian Chromium (never a downloaded browser: no <c>playwright install</c>) and one server per database, started
/// on first use and shared by every browser test.
/// </summary>
public sealed class BrowserEnvironment : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly Dictionary<string, Task<E2EServer>> _servers = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; ./test.sh installs Debian's chromium package.");
        }

        // CI runs this suite beside PostgreSQL and the server on two cores: an assertion waits up to 20 s for the page
        // (the default 5 s flaked there). It still fails when the element never appears.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<E2EServer> ServerAsync(string provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_servers.TryGetValue(provider, out var server))
            {
                server = E2EServer.StartAsync(provider);
                _servers[provider] = server;
            }

            return await server;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fresh browser context (own cookies and storage) on the server, 1280x800, Spanish browser locale.</summary>
    public async Task<IPage> NewPageAsync(E2EServer server)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "es-ES",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await (await server).DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Every browser test class shares one <see cref="BrowserEnvironment"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserEnvironment>
{
    public const string Name = "browser";
}
