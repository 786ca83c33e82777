namespace Collections.Server.Cli;

/// <summary>The files a verb works on: the given file, or every match under the given folder, in a stable order.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string>? Find(string path, string pattern)
    {
        path = Resolve(path);
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        return Directory.EnumerateFiles(path, pattern, options).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <c>dotnet run --project src/Collections.Server</c> starts the program in the project folder, so a path typed
    /// relative to the repository root (<c>validate workflows</c>) is looked up there when it is not found as given.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path)) return path;
        return Hosting.RepositoryLayout.FindRoot(Environment.CurrentDirectory) is { } root && Path.Combine(root, path) is var candidate
            && (File.Exists(candidate) || Directory.Exists(candidate)) ? candidate : path;
    }
}
