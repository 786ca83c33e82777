using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Collections.Engine.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Testing;

/// <summary>
/// An engine on a private in-memory SQLite database with a fake clock: what <c>simulate</c> and the tests run on.
/// Same code path as production (EF Core, jobs as rows), only the database lives in memory.
/// </summary>
public sealed class InMemoryEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SqliteConnection _keepAlive;

    private InMemoryEngine(FakeTimeProvider clock, ServiceProvider services, SqliteConnection keepAlive)
    {
        Clock = clock;
        _services = services;
        _keepAlive = keepAlive;
    }

    public FakeTimeProvider Clock { get; }

    public IProcessEngine Engine => _services.GetRequiredService<IProcessEngine>();

    public IProcessQueries Queries => _services.GetRequiredService<IProcessQueries>();

    public IProcessMigration Migration => _services.GetRequiredService<IProcessMigration>();

    public IEngineTransactions Transactions => _services.GetRequiredService<IEngineTransactions>();

    /// <summary>Engine internals for the engine's own tests (job runner, stores).</summary>
    internal T GetRequiredService<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The engine's services, for tests that reach below the public API (job store, runner).</summary>
    internal IServiceProvider Services => _services;

    public static Task<InMemoryEngine> StartAsync(FakeTimeProvider clock, CancellationToken cancellationToken) =>
        StartAsync(clock, DatabaseProviders.Sqlite, null, cancellationToken);

    /// <summary>Starts an engine on the given database (tests run the same suite on SQLite and PostgreSQL).</summary>
    public static Task<InMemoryEngine> StartAsync(FakeTimeProvider clock, string provider, string? connectionString, CancellationToken cancellationToken) =>
        StartAsync(clock, provider, connectionString, null, cancellationToken);

    /// <summary>As above, with job executor settings (a lock owner per simulated node, batch size).</summary>
    public static async Task<InMemoryEngine> StartAsync(FakeTimeProvider clock, string provider, string? connectionString,
        Action<JobExecutorOptions>? jobs, CancellationToken cancellationToken)
    {
        var sqlite = $"Data Source=engine-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keepAlive = new SqliteConnection(sqlite);
        await keepAlive.OpenAsync(cancellationToken);
        var services = new ServiceCollection()
            .AddLogging()
            // AddCollectionsEngine binds its options from configuration; outside a host there is none, so an empty one.
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(clock)
            .AddCollectionsEngine(o =>
            {
                o.Provider = provider;
                o.ConnectionString = connectionString ?? sqlite;
            })
            .Configure<JobExecutorOptions>(o => jobs?.Invoke(o))
            .BuildServiceProvider();
        await services.GetRequiredService<IEngineDatabase>().MigrateAsync(cancellationToken);
        return new InMemoryEngine(clock, services, keepAlive);
    }

    /// <summary>Moves the clock forward by <paramref name="duration"/>, stopping at each due job in due order and running it.</summary>
    public async Task AdvanceAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var target = Clock.GetUtcNow() + duration;
        var runner = _services.GetRequiredService<JobRunner>();
        while (await runner.NextDueAtAsync(cancellationToken) is { } due && due <= target)
        {
            if (due > Clock.GetUtcNow()) Clock.SetUtcNow(due);
            if (await runner.ExecuteDueJobsAsync(cancellationToken) == 0) break;
        }

        Clock.SetUtcNow(target);
        await runner.ExecuteDueJobsAsync(cancellationToken);
    }

    /// <summary>Deploys a BPMN file from disk.</summary>
    public async Task<DeploymentResult> DeployFileAsync(string path, CancellationToken cancellationToken)
    {
        var xml = await File.ReadAllTextAsync(path, cancellationToken);
        return await Engine.DeployAsync(new DeploymentRequest(Path.GetFileName(path), xml), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }
}
