using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Collections.Server.Tests.Infrastructure;

/// <summary>
/// The real server binary (<c>dotnet Collections.Server.dll</c>, built by the solution build) in its own process on a
/// free loopback port: what a Node worker or a second node needs, and what SIGKILL can kill. Output is kept for the
/// failure message.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts the server with these configuration values (as environment variables) and waits for /health.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ServerDll)!,
        };
        info.ArgumentList.Add(ServerDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Collections__Workflows__DeployOnStart"] = "false";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        info.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information"; // "Application started" is the signal
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server process.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync(cancellationToken);
        return server;
    }

    /// <summary>The server dll of the same configuration as this test assembly (Debug or Release).</summary>
    public static string ServerDll
    {
        get
        {
            var testBin = AppContext.BaseDirectory; // tests/Collections.Server.Tests/bin/{Configuration}/net10.0/
            var configuration = new DirectoryInfo(testBin.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var root = RepositoryRoot;
            var dll = Path.Combine(root, "src", "Collections.Server", "bin", configuration, "net10.0", "Collections.Server.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the server first: {dll} is missing.", dll);
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Collections.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("Collections.sln not found above the test assembly.");
        }
    }

    /// <summary>Kills the process at once, as a crash would (SIGKILL): nothing is released.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains("Application started", StringComparison.Ordinal)) _started.TrySetResult();
    }

    /// <summary>
    /// Awaits the host's own "Application started" line (every hosted service, migrations included, has started), or
    /// the process's exit, then checks <c>/health</c> once. A deadline bounds a server that never starts.
    /// </summary>
    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        var finished = await Task.WhenAny(_started.Task, exited).WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        if (finished == exited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync("/health", cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The server started but /health answered {(int)response.StatusCode}:\n{Output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
