using Collections.Engine.Configuration;
using Npgsql;

namespace Collections.Engine.Tests.Support;

/// <summary>
/// The databases every engine test runs on. PostgreSQL comes from <c>COLLECTIONS_TEST_POSTGRES</c>, which
/// <c>./test.sh</c> sets after starting a throwaway server; each test gets a database of its own.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "COLLECTIONS_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>A connection string to a new, empty database for one test.</summary>
    public static async Task<(string Provider, string? ConnectionString)> CreateAsync(string database)
    {
        if (database == DatabaseProviders.Sqlite) return (DatabaseProviders.Sqlite, null);
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "engine_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return (DatabaseProviders.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString);
    }
}
