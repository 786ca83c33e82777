using Collections.Server.Hosting;

namespace Collections.Server.Cli.Demo;

/// <summary>
/// Where a demo lives: its SQLite file, its outbox folder beside it, and a marker file that says the database was
/// seeded by <c>demo</c>. Without the marker an existing file is someone's own database: never reused, never deleted.
/// </summary>
internal sealed record DemoDatabase(string File)
{
    public string Folder => Path.GetDirectoryName(File)!;

    public string Marker => File + ".demo";

    public string Outbox => Path.Combine(Folder, "outbox");

    public string SmsOutbox => Path.Combine(Outbox, "sms");

    public string ConnectionString => $"Data Source={File}";

    public bool Exists => System.IO.File.Exists(File);

    public bool IsDemo => System.IO.File.Exists(Marker);

    /// <summary>The path as given, relative to the repository root (or the working folder outside a clone).</summary>
    public static DemoDatabase Resolve(string path)
    {
        var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory()) ?? RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
        return new DemoDatabase(Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path)));
    }

    /// <summary>Removes the demo database, its SQLite side files and its outbox; only for a marked demo database.</summary>
    public void Delete()
    {
        if (Exists && !IsDemo) throw new InvalidOperationException($"{File} was not seeded by demo; it is left alone.");
        // A pooled connection of this process would keep the deleted file's pages alive for the next seeding.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { File, File + "-wal", File + "-shm", Marker })
        {
            System.IO.File.Delete(file);
        }

        if (Directory.Exists(Outbox)) Directory.Delete(Outbox, recursive: true);
    }

    public void Mark() => System.IO.File.WriteAllText(Marker, "Seeded by `demo`; `demo --reset` deletes this database and seeds a new one.\n");
}
