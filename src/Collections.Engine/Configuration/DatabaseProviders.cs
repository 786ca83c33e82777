namespace Collections.Engine.Configuration;

/// <summary>The supported database provider names, as written in configuration.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
