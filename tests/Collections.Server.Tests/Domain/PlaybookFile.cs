namespace Collections.Server.Tests.Domain;

/// <summary>Reads a file of the repository's <c>workflows/</c> folder (the real playbook).</summary>
public static class PlaybookFile
{
    public static string Read(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder!.FullName, "workflows", name));
    }
}
