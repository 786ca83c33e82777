using Collections.Engine.Api;
using Collections.Engine.Configuration;
using Collections.Engine.Expressions;
using Collections.Engine.Jobs;
using Collections.Engine.Persistence;
using Collections.Engine.Runtime;
using Collections.Engine.Runtime.Migration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class CollectionsEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine: <c>IProcessEngine</c>, <c>IProcessQueries</c>, <c>IEngineDatabase</c>, persistence per
    /// <see cref="EngineOptions"/> (bound from <c>Collections:Database</c>) and the expression sandbox.
    /// The host adds <see cref="AddCollectionsJobExecutor"/> to run jobs in the background.
    /// </summary>
    public static IServiceCollection AddCollectionsEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        var options = services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.Section)
            .Validate(o => o.Provider is DatabaseProviders.Sqlite or DatabaseProviders.Postgres, "Collections:Database:Provider must be 'sqlite' or 'postgres'.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Collections:Database:ConnectionString is required.")
            .ValidateOnStart();
        if (configure is not null) options.Configure(configure);

        services.TryAddSingleton(TimeProvider.System);
        services.AddCollectionsExpressions();
        services.TryAddSingleton<EngineDbContextFactory>();
        services.TryAddSingleton<IEngineDatabase, EngineDatabase>();
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddSingleton(sp => JobStore.For(sp.GetRequiredService<EngineDbContextFactory>()));
        services.TryAddSingleton<EngineSignals>();
        services.TryAddSingleton<JobMetrics>();
        services.TryAddSingleton<JobExecutorStatus>();
        services.TryAddSingleton<WorkNotifier>();
        services.TryAddSingleton<IJobOperations, JobOperations>();
        services.TryAddSingleton<CommandExecutor>();
        services.TryAddSingleton<IEngineTransactions>(sp => sp.GetRequiredService<CommandExecutor>());
        services.TryAddSingleton<Deployer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, TimerJobHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, AsyncContinuationJobHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, TimerStartJobHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, MigrationSeedJobHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, InstanceMigrationJobHandler>());
        services.TryAddSingleton<JobRunner>();
        services.TryAddSingleton<IProcessQueries, ProcessQueries>();
        services.TryAddSingleton<IProcessEngine, ProcessEngine>();
        services.AddOptions<MigrationOptions>().BindConfiguration(MigrationOptions.Section)
            .Validate(o => o.ChunkSize is >= 1 and <= 10_000, "Collections:Migration:ChunkSize must be between 1 and 10000.")
            .ValidateOnStart();
        services.TryAddSingleton<IProcessMigration, ProcessMigration>();
        return services;
    }

    /// <summary>
    /// Runs the job executor as a hosted service (timers, async continuations), with its settings bound from
    /// <c>Collections:Jobs</c>, and on PostgreSQL the LISTEN connection that wakes it for other nodes' work.
    /// </summary>
    public static IServiceCollection AddCollectionsJobExecutor(this IServiceCollection services)
    {
        services.AddOptions<JobExecutorOptions>().BindConfiguration(JobExecutorOptions.Section)
            .Validate(o => o.PollIntervalMin > TimeSpan.Zero, "Collections:Jobs:PollIntervalMin must be positive.")
            .Validate(o => o.PollIntervalMax >= o.PollIntervalMin, "Collections:Jobs:PollIntervalMax must not be below PollIntervalMin.")
            .Validate(o => o.LockDuration > o.PollIntervalMax, "Collections:Jobs:LockDuration must exceed PollIntervalMax.")
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Collections:Jobs:BatchSize must be between 1 and 1000.")
            .Validate(o => o.Workers is >= 1 and <= 256, "Collections:Jobs:Workers must be between 1 and 256.")
            .ValidateOnStart();
        services.AddHostedService<JobExecutor>();
        services.AddHostedService<PostgresNotificationListener>();
        return services;
    }
}
