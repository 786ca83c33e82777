namespace Collections.Engine.Configuration;

/// <summary>Where the engine keeps its state. Bound from <c>Collections:Database</c>.</summary>
public sealed class EngineOptions
{
    public const string Section = "Collections:Database";

    /// <summary><c>sqlite</c> (default, embedded file) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>ADO.NET connection string. Default: a SQLite file under <c>data/</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/collections.db";
}
