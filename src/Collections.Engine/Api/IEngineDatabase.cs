namespace Collections.Engine.Api;

/// <summary>Schema management and health of the engine's database.</summary>
public interface IEngineDatabase
{
    /// <summary>Applies EF Core migrations (creating the SQLite file and its folder when missing).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>True when the database answers a trivial query.</summary>
    Task<bool> CanConnectAsync(CancellationToken cancellationToken);

    /// <summary>The provider name in use (<c>sqlite</c> or <c>postgres</c>).</summary>
    string Provider { get; }
}
