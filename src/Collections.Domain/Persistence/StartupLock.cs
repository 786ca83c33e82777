using Collections.Engine.Configuration;
using Npgsql;

namespace Collections.Domain.Persistence;

/// <summary>
/// Serializes the start-up database work of nodes that start together on one PostgreSQL database (engine, domain and
/// server migrations, the first deployment, the first admin): a session advisory lock held on a connection of its
/// own. EF Core's own migration lock did not stop two nodes from applying the same migration twice ("column already
/// exists"). On SQLite nothing is taken: its single writer already serializes the nodes that share a file.
/// </summary>
public static class StartupLock
{
    private const string Sql = "hashtext('collections.startup')";

    public static async Task<IAsyncDisposable> AcquireAsync(EngineOptions database, CancellationToken cancellationToken)
    {
        if (!string.Equals(database.Provider.Trim(), DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase)) return Nothing.Instance;
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Sql})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Unlock explicitly: a pooled connection keeps session locks when it goes back to the pool.
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Sql})", connection);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
