using Npgsql;

namespace Collections.Benchmarks;

/// <summary>A fresh database for one run: a SQLite file in the temp folder, or a new PostgreSQL database.</summary>
internal static class BenchmarkDatabase
{
    public static async Task<string> CreateAsync(BenchmarkOptions options)
    {
        if (options.Database == "sqlite")
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), $"collections-bench-{Guid.NewGuid():N}.db")}";
        }

        var server = options.Connection ?? Environment.GetEnvironmentVariable("COLLECTIONS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PostgreSQL: pass --connection or set COLLECTIONS_TEST_POSTGRES.");
        var name = "bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }
}
