using Collections.Server.Hosting;
using Microsoft.Data.Sqlite;

namespace Collections.Server.Tests.Hosting;

public sealed class SqlitePathResolverTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("collections-root-");

    [Fact]
    public void Resolve_RelativeDataSource_AnchorsAtContentRootAndCreatesFolder()
    {
        var resolved = SqlitePathResolver.Resolve("Data Source=data/collections.db", _contentRoot.FullName);

        var source = new SqliteConnectionStringBuilder(resolved).DataSource;
        Assert.Equal(Path.Combine(_contentRoot.FullName, "data", "collections.db"), source);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot.FullName, "data")));
    }

    [Fact]
    public void Resolve_InMemory_LeavesConnectionStringAlone()
    {
        const string memory = "Data Source=:memory:";

        var resolved = SqlitePathResolver.Resolve(memory, _contentRoot.FullName);

        Assert.Equal(memory, resolved);
    }

    public void Dispose() => _contentRoot.Delete(recursive: true);
}
