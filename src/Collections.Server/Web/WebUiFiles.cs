using Collections.Server.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Collections.Server.Web;

/// <summary>
/// Where the built staff UI (src/Collections.Web, built by the server's build) is read from: the host's web root when
/// it holds <c>index.html</c> (published build, or started from the project folder), else the repository's
/// <c>src/Collections.Server/wwwroot</c> (<c>dotnet run --project</c> from the root, tests). Absent UI: every page is 404.
/// </summary>
public sealed class WebUiFiles
{
    public WebUiFiles(IWebHostEnvironment environment)
    {
        Root = Candidates(environment).FirstOrDefault(dir => File.Exists(Path.Combine(dir, "index.html")));
        Provider = Root is null ? new NullFileProvider() : new PhysicalFileProvider(Root);
    }

    /// <summary>The folder served, or null when no built UI was found.</summary>
    public string? Root { get; }

    public IFileProvider Provider { get; }

    private static IEnumerable<string> Candidates(IWebHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(environment.WebRootPath))
        {
            yield return environment.WebRootPath;
        }

        yield return Path.Combine(environment.ContentRootPath, "wwwroot");
        yield return Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (RepositoryLayout.FindRoot(environment.ContentRootPath) is { } root)
        {
            yield return Path.Combine(root, "src", "Collections.Server", "wwwroot");
        }
    }
}
