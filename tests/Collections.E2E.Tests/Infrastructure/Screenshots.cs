using Microsoft.Playwright;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// Screenshots of the pages the browser tests reach (from the SQLite run only, so each is taken once). By default they
/// go to <c>TestResults/screenshots/</c> (gitignored), so running the tests leaves a clone as it was; the README's
/// committed copies in <c>docs/screenshots/</c> are refreshed only on purpose, with
/// <c>COLLECTIONS_UPDATE_SCREENSHOTS=1</c> (<c>tests/Collections.E2E.Tests/update-screenshots.sh</c> sets it).
/// </summary>
public static class Screenshots
{
    /// <summary>Set to <c>1</c> (or <c>true</c>) to write the README's screenshots in <c>docs/screenshots/</c>.</summary>
    public const string UpdateVariable = "COLLECTIONS_UPDATE_SCREENSHOTS";

    /// <summary>
    /// The README's screenshots of a populated product: only a server on a seeded demo database writes them
    /// (<c>DemoScreenshotTests</c>); the other tests' pictures of their own few cases go to <c>TestResults/</c> only.
    /// </summary>
    public static readonly IReadOnlySet<string> FromDemo = new HashSet<string>(StringComparer.Ordinal) { "inbox", "task-form", "case-page", "outbox-message", "versions-counts" };

    /// <param name="fullPage">The whole scrollable page instead of the viewport (long pages such as the migration page).</param>
    public static async Task TakeAsync(IPage page, E2EServer server, string name, bool fullPage = false)
    {
        if (server.Provider != "sqlite" || (IsUpdateRequested() && FromDemo.Contains(name) != server.IsDemo ? Folder(update: false) : Folder()) is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary><c>docs/screenshots/</c> when asked for, else <c>TestResults/screenshots/</c>; under the test's bin folder outside a clone.</summary>
    public static string? Folder() => Folder(IsUpdateRequested());

    private static string? Folder(bool update)
    {
        var root = FindRoot();
        if (update)
        {
            return root is null ? null : Path.Combine(root, "docs", "screenshots");
        }

        return Path.Combine(root ?? AppContext.BaseDirectory, "TestResults", "screenshots");
    }

    private static bool IsUpdateRequested() =>
        Environment.GetEnvironmentVariable(UpdateVariable) is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Collections.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
