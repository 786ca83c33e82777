using Microsoft.Playwright;

namespace Collections.E2E.Tests.Infrastructure;

/// <summary>Writes the README's screenshots to <c>docs/screenshots/</c> (from the SQLite run only, so each is taken once).</summary>
public static class Screenshots
{
    /// <param name="fullPage">The whole scrollable page instead of the viewport (long pages such as the migration page).</param>
    public static async Task TakeAsync(IPage page, E2EServer server, string name, bool fullPage = false)
    {
        if (server.Provider != "sqlite" || FindRoot() is not { } root)
        {
            return;
        }

        var folder = Path.Combine(root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

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
