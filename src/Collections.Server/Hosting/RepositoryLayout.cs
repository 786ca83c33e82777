namespace Collections.Server.Hosting;

/// <summary>Finds the repository's root files (root <c>appsettings.json</c>, <c>workflows/</c>) by walking up from the content root.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "Collections.sln";

    /// <summary>The nearest ancestor folder (or the folder itself) that holds <c>Collections.sln</c>; null when none does (published build).</summary>
    public static string? FindRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The nearest <c>workflows/</c> folder walking up from the content root; null when there is none.</summary>
    public static string? FindWorkflows(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
