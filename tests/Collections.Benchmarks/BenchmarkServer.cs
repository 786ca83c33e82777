using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Collections.Benchmarks;

/// <summary>
/// The real server (Kestrel, Release, Production environment) as a child process on a free loopback port, configured
/// through environment variables; killed with its process tree on dispose.
/// </summary>
internal sealed class BenchmarkServer : IDisposable
{
    private readonly Process _process;

    private BenchmarkServer(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public static BenchmarkServer Start(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var root = RepositoryRoot();
        var info = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--project", Path.Combine(root, "src", "Collections.Server"), "--no-launch-profile", "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        info.Environment["Serilog__MinimumLevel__Override__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server.");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && line.Contains("ERR", StringComparison.Ordinal)) Console.Error.WriteLine("  server: " + line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("  server: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchmarkServer(process, port);
    }

    /// <summary>Waits for <c>/health</c> (the server builds, migrates and deploys first).</summary>
    public async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}.");
            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500, cancellationToken); // polling a child process's start-up, not domain time
        }

        throw new TimeoutException("The server did not become healthy within 5 minutes.");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Collections.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
