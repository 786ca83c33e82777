using Microsoft.Data.Sqlite;

namespace Collections.Server.Hosting;

/// <summary>
/// Makes a relative SQLite file path relative to the content root rather than the working directory, so
/// <c>dotnet run --project src/Collections.Server</c> from anywhere uses the same <c>data/</c> folder; creates that folder.
/// </summary>
internal static class SqlitePathResolver
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var full = Path.GetFullPath(Path.IsPathRooted(source) ? source : Path.Combine(contentRoot, source));
        if (Path.GetDirectoryName(full) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = full;
        return builder.ToString();
    }
}
