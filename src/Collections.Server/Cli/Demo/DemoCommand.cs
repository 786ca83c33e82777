using System.Diagnostics;
using Collections.Server.Testing;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// <c>demo</c>: seeds a demo database by running the real playbook over simulated weeks (<see cref="DemoSeeder"/>),
/// prints the demo accounts once, and hands the server the arguments to run on that database with the system clock.
/// An existing demo database is reused (no passwords printed); <c>--reset</c> seeds a new one. A file at the demo path
/// that <c>demo</c> did not seed is refused, so the command never touches anyone's own database.
/// </summary>
internal static class DemoCommand
{
    public const string Verb = "demo";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<DemoLaunch> PrepareAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (DemoOptions.Parse(args, out var problem) is not { } options)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(DemoOptions.Usage);
            return new DemoLaunch(2, null);
        }

        var database = DemoDatabase.Resolve(options.Database);
        if (database.Exists && !database.IsDemo)
        {
            await error.WriteLineAsync($"demo: {database.File} exists and was not seeded by demo; choose another --database.");
            return new DemoLaunch(2, null);
        }

        if (options.Reset) database.Delete();
        var settings = DemoHost.ServerSettings("sqlite", database.ConnectionString, database.Outbox);
        var url = UrlOf(options.ServerArgs);
        if (database.Exists)
        {
            await output.WriteLineAsync($"Reusing the demo database {database.File} (seeded earlier; its passwords were shown then). `demo --reset` seeds a new one.");
        }
        else
        {
            Directory.CreateDirectory(database.Folder);
            var started = Stopwatch.StartNew();
            await output.WriteLineAsync($"Seeding the demo database {database.File}: {options.Debtors} debtors over {options.Weeks} simulated weeks...");
            var accounts = await SeedAsync(options, settings, output, cancellationToken);
            database.Mark();
            await PrintAsync(output, accounts, url, started.Elapsed);
        }

        await output.WriteLineAsync($"Demo company: {DemoHost.CompanyName}. E-mails and texts: {database.Outbox} (listed at {url}/outbox).");
        return new DemoLaunch(0, [.. options.ServerArgs, .. settings.Select(s => $"--{s.Key}={s.Value}")]);
    }

    /// <summary>Seeds the database the settings name and returns the demo accounts with their passwords.</summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedAsync(DemoOptions options, IReadOnlyDictionary<string, string?> settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var end = TimeProvider.System.GetUtcNow();
        var days = options.Weeks * 7;
        var clock = new TestClock(new DateTimeOffset(end.AddDays(-days).UtcDateTime.Date, TimeSpan.Zero)); // midnight UTC, weeks ago
        var accounts = DemoStaff.NewAccounts();
        await using var app = await DemoHost.StartSeedingAsync(options.ServerArgs, settings, accounts[0], clock, cancellationToken);
        await DemoStaff.CreateAsync(app.Services, accounts);
        await new DemoSeeder(app.Services, clock, DemoCast.Build(options.Debtors, days), accounts, options.Step, progress).RunAsync(end, cancellationToken);
        await app.StopAsync(cancellationToken);
        return accounts;
    }

    private static async Task PrintAsync(TextWriter output, IReadOnlyList<DemoAccount> accounts, string url, TimeSpan took)
    {
        await output.WriteLineAsync($"Seeded in {took.TotalSeconds:0} s. Open {url} and sign in (passwords shown only now):");
        await output.WriteLineAsync($"  {"role",-17} {"e-mail",-36} password");
        foreach (var account in accounts)
        {
            await output.WriteLineAsync($"  {account.Role,-17} {account.Email,-36} {account.Password}");
        }
    }

    /// <summary>The address the server will listen on, as the server decides it (ServerServiceCollectionExtensions.DefaultUrl).</summary>
    private static string UrlOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--urls" && i + 1 < args.Count) return args[i + 1].Split(';')[0];
            if (args[i].StartsWith("--urls=", StringComparison.Ordinal)) return args[i]["--urls=".Length..].Split(';')[0];
        }

        return Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';')[0] ?? ServerServiceCollectionExtensions.DefaultUrl;
    }
}
