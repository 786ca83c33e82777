using Collections.Engine.Configuration;
using Collections.Engine.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Collections.Engine.Tests.Support;

/// <summary>
/// Several engines ("nodes") over one database and one fake clock, each with its own lock owner: what a cluster of
/// server nodes is to the job table. On SQLite the database is a temp file so it outlives every node (restart tests).
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<TestEngine> _nodes = [];
    private readonly string? _sqliteFile;

    private TestCluster(string provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    public FakeTimeProvider Clock { get; } = new(TestEngine.Start);

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestCluster> CreateAsync(string database)
    {
        if (database == DatabaseProviders.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"collections-cluster-{Guid.NewGuid():N}.db");
            return new TestCluster(DatabaseProviders.Sqlite, $"Data Source={file};Pooling=False", file);
        }

        var (provider, connectionString) = await TestDatabases.CreateAsync(database);
        return new TestCluster(provider, connectionString!, null);
    }

    /// <summary>Starts a node with the given lock owner (and batch size for the executor's acquisitions).</summary>
    public async Task<TestEngine> StartNodeAsync(string lockOwner, int batchSize = 32)
    {
        var inner = await InMemoryEngine.StartAsync(Clock, Provider, ConnectionString, o =>
        {
            o.LockOwner = lockOwner;
            o.BatchSize = batchSize;
            o.LockDuration = TimeSpan.FromMinutes(5);
        }, CancellationToken.None);
        var node = TestEngine.Wrap(inner);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Stops a node as a crash would: nothing is released, its locks stay in the database.</summary>
    public async Task StopNodeAsync(TestEngine node)
    {
        _nodes.Remove(node);
        await node.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                if (File.Exists(file)) File.Delete(file);
            }
        }
    }
}
