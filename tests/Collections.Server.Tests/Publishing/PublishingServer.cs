using Collections.Engine.Api;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Publishing;

/// <summary>
/// One database and one workflows folder that outlive a server: <see cref="Start"/> starts a server on them
/// (deploying the folder at start as a real start does), disposing it and starting another is a restart.
/// </summary>
public sealed class PublishingServer : IAsyncDisposable
{
    public const string Owner = "owner@collections.test";

    private readonly string _database;
    private readonly string _connectionString;
    private readonly List<DomainApiFactory> _started = [];

    private PublishingServer(string database, string connectionString, string folder)
    {
        _database = database;
        _connectionString = connectionString;
        WorkflowsFolder = folder;
    }

    public string WorkflowsFolder { get; }

    public static async Task<PublishingServer> CreateAsync(string database) =>
        new(database, await MigratedDatabases.CreateAsync(database), Directory.CreateTempSubdirectory("collections-publishing-workflows-").FullName);

    /// <summary>Writes a workflow file, its last write time set (the file system's clock, not the server's).</summary>
    public string WriteFile(string name, string xml, DateTimeOffset writtenAt)
    {
        var path = Path.Combine(WorkflowsFolder, name);
        File.WriteAllText(path, xml);
        File.SetLastWriteTimeUtc(path, writtenAt.UtcDateTime);
        return path;
    }

    /// <summary>A server on the shared database and folder, started (migrations and the start-up deployment ran).</summary>
    public DomainApiFactory Start(DateTimeOffset? now = null)
    {
        var settings = new Dictionary<string, string?>(Staff.StaffSession.Settings)
        {
            ["Collections:Workflows:Path"] = WorkflowsFolder,
            ["Collections:Workflows:DeployOnStart"] = "true",
        };
        var factory = DomainApiFactory.Node(_database, _connectionString, settings);
        if (now is { } at) factory.Clock.SetUtcNow(at);
        _started.Add(factory);
        _ = factory.Server;
        return factory;
    }

    /// <summary>Stops a server (the next <see cref="Start"/> is the restart).</summary>
    public async Task StopAsync(DomainApiFactory factory)
    {
        _started.Remove(factory);
        await factory.DisposeAsync();
    }

    public static async Task<ProcessInstanceInfo> StartCaseAsync(DomainApiFactory factory, string key) =>
        await factory.Engine.StartProcessAsync(new StartProcessRequest(key), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _started)
        {
            await factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(WorkflowsFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
