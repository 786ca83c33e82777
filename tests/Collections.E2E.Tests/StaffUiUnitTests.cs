using System.Diagnostics;

namespace Collections.E2E.Tests;

/// <summary>
/// The staff UI's own unit tests (src/Collections.Web/test, run by <c>npm test</c>: the version view's change list in
/// words, es and en), run here so the suite that builds and drives the UI also fails when they do.
/// </summary>
public sealed class StaffUiUnitTests
{
    [Fact]
    public async Task NpmTest_StaffUiUnitTests_AllPass()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Collections.Web");
        var info = new ProcessStartInfo("npm", "test")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var npm = Process.Start(info)!;
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await npm.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        Assert.True(npm.ExitCode == 0, output);
        Assert.Matches(@"# pass [1-9]", output);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Collections.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Collections.sln not found above the test's folder.");
    }
}
