using Collections.Server.Cli.Demo;
using Collections.Server.Security;
using Collections.Server.Tests.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Cli;

/// <summary>
/// <c>demo</c> on SQLite: a separate database file, passwords printed once, reuse on the next run, <c>--reset</c> to
/// rebuild, and never a database it did not seed.
/// </summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task PrepareAsync_RunTwiceThenReset_SeedsOnceReusesWithoutPasswordsAndResetRebuilds()
    {
        var folder = Directory.CreateTempSubdirectory("collections-demo-").FullName;
        var own = Path.Combine(folder, "own.db");
        await File.WriteAllTextAsync(own, "the user's own database");
        var demoDb = Path.Combine(folder, "demo", "collections.db");
        string[] args = ["demo", "--database", demoDb, "--debtors", $"{DemoCast.MinimumDebtors}", $"--Collections:Database:ConnectionString=Data Source={own}"];

        var first = await PrepareAsync(args);
        await File.WriteAllTextAsync(Path.Combine(folder, "demo", "outbox", "left-from-before.eml"), "old");
        var second = await PrepareAsync(args);
        var third = await PrepareAsync([.. args, "--reset"]);

        Assert.Equal("the user's own database", await File.ReadAllTextAsync(own));
        Assert.Equal(6, first.Passwords.Count);
        Assert.Contains("Reusing the demo database", second.Output);
        Assert.All(first.Passwords, p => Assert.DoesNotContain(p, second.Output));
        Assert.Equal(6, third.Passwords.Count);
        Assert.Empty(first.Passwords.Intersect(third.Passwords));
        Assert.False(File.Exists(Path.Combine(folder, "demo", "outbox", "left-from-before.eml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "demo", "outbox"), "*.eml"));
        // The server runs on the demo database: its setting comes after the user's, and the last one wins.
        Assert.EndsWith($"Data Source={demoDb}", third.ServerArgs.Last(a => a.StartsWith("--Collections:Database:ConnectionString=", StringComparison.Ordinal)));
        Assert.True(await AdminSignsInAsync($"Data Source={demoDb}", third.Passwords[0]));
        Assert.False(await AdminSignsInAsync($"Data Source={demoDb}", first.Passwords[0]));
    }

    [Fact]
    public async Task PrepareAsync_PathHoldsADatabaseDemoDidNotSeed_RefusesAndLeavesItAlone()
    {
        var folder = Directory.CreateTempSubdirectory("collections-demo-").FullName;
        var own = Path.Combine(folder, "collections.db");
        await File.WriteAllTextAsync(own, "the user's own database");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var launch = await DemoCommand.PrepareAsync(["demo", "--database", own, "--reset"], output, error, CancellationToken.None);

        Assert.Equal(2, launch.ExitCode);
        Assert.Null(launch.ServerArgs);
        Assert.Contains("was not seeded by demo", error.ToString());
        Assert.Equal("the user's own database", await File.ReadAllTextAsync(own));
    }

    [Fact]
    public async Task PrepareAsync_TooFewDebtors_PrintsUsageAndSeedsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("collections-demo-").FullName;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var launch = await DemoCommand.PrepareAsync(["demo", "--database", Path.Combine(folder, "demo.db"), "--debtors", "3"], output, error, CancellationToken.None);

        Assert.Equal(2, launch.ExitCode);
        Assert.Contains("usage: demo", error.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    private static async Task<(string Output, List<string> Passwords, IReadOnlyList<string> ServerArgs)> PrepareAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var launch = await DemoCommand.PrepareAsync(args, output, error, CancellationToken.None);
        Assert.True(launch.ServerArgs is not null, error.ToString());
        var text = output.ToString();
        // The accounts table: "  role  e-mail  password", one line per account.
        var passwords = text.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length == 3 && w[1].EndsWith("@" + DemoStaff.Domain, StringComparison.Ordinal)).Select(w => w[2]).ToList();
        return (text, passwords, launch.ServerArgs);
    }

    private static async Task<bool> AdminSignsInAsync(string connection, string password)
    {
        await using var server = DomainApiFactory.Node("sqlite", connection);
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var admin = await users.FindByEmailAsync($"admin@{DemoStaff.Domain}");
        return admin is not null && await users.CheckPasswordAsync(admin, password);
    }
}
