using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Collections.Benchmarks;

/// <summary>
/// <c>outreach --db sqlite|postgres --debtors N --invoices-per-debtor K</c>: the real server opens N×K overdue cases
/// (the shipped playbook, debtors in Mexico at local noon so the contact rules let e-mail go) with its outreach workers
/// off; then it restarts with them on and the run times how fast the waiting friendly-reminder steps are decided (sent,
/// gathered into one statement per debtor, or skipped). The cost of the check at the moment of sending comes from the
/// server's own histogram at <c>/metrics</c>.
/// </summary>
internal sealed class OutreachBenchmark
{
    private readonly string _database;
    private readonly string? _connection;
    private readonly int _debtors;
    private readonly int _invoices;
    private readonly int _concurrency;

    private OutreachBenchmark(string[] args)
    {
        _database = Option(args, "--db") ?? "postgres";
        _connection = Option(args, "--connection");
        _debtors = int.Parse(Option(args, "--debtors") ?? "200", CultureInfo.InvariantCulture);
        _invoices = int.Parse(Option(args, "--invoices-per-debtor") ?? "3", CultureInfo.InvariantCulture);
        _concurrency = int.Parse(Option(args, "--concurrency") ?? "8", CultureInfo.InvariantCulture);
    }

    public static Task RunAsync(string[] args, CancellationToken cancellationToken) => new OutreachBenchmark(args).RunAsync(cancellationToken);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = BenchmarkOptions.Parse(["--db", _database, .. _connection is null ? Array.Empty<string>() : ["--connection", _connection]]);
        var connection = await BenchmarkDatabase.CreateAsync(options);
        var key = "col_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var outbox = Directory.CreateTempSubdirectory("collections-bench-outbox-").FullName;
        Dictionary<string, string> Settings(bool workers) => new()
        {
            ["Collections__Database__Provider"] = _database,
            ["Collections__Database__ConnectionString"] = connection,
            ["Collections__ApiKeys__0__Name"] = "benchmark",
            ["Collections__ApiKeys__0__Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            ["Collections__ApiKeys__0__Scopes__0"] = "admin",
            ["Collections__Domain__Cases__ScannerEnabled"] = "false",
            ["Collections__Outreach__Email__OutboxDirectory"] = outbox,
            ["Collections__Outreach__Workers__Enabled"] = workers ? "true" : "false",
        };

        var cases = _debtors * _invoices;
        Console.WriteLine($"outreach on {_database}: {_debtors} debtors x {_invoices} overdue invoices = {cases} cases");
        TimeSpan opening;
        using (var seeding = BenchmarkServer.Start(Settings(workers: false)))
        {
            await seeding.WaitHealthyAsync(cancellationToken);
            opening = await OpenCasesAsync(Client(seeding, key), cancellationToken);
        }

        Console.WriteLine($"  opened {cases} cases in {opening.TotalSeconds:F1} s (outreach workers off)");
        using var server = BenchmarkServer.Start(Settings(workers: true));
        await server.WaitHealthyAsync(cancellationToken);
        using var http = Client(server, key);
        var first = await WaitingAsync(http, cancellationToken);
        var clock = Stopwatch.StartNew();
        var left = first;
        while (left > 0 && clock.Elapsed < TimeSpan.FromMinutes(30))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken); // polling another process's progress
            left = await WaitingAsync(http, cancellationToken);
        }

        var elapsed = clock.Elapsed;
        var (checks, checkSeconds) = await SendCheckAsync(http, cancellationToken);
        var emails = Directory.GetFiles(outbox, "*.eml").Length;
        Console.WriteLine($"  {first} send steps waiting when the workers' server was up; {left} left after {elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  messages decided: {(first - left) / elapsed.TotalSeconds:F0} per second; e-mails written: {emails} (one statement per debtor when the reminders fall due together)");
        Console.WriteLine(checks == 0 ? "  send check: no sample" : $"  send check at the moment of sending: {checks} checks, mean {checkSeconds / checks * 1_000_000:F0} µs");
    }

    private async Task<TimeSpan> OpenCasesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var zone = NoonZone();
        var due = DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(-10);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, _debtors), new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken }, async (d, token) =>
        {
            for (var i = 0; i < _invoices; i++)
            {
                using var response = await http.PostAsJsonAsync("/api/v1/cases", new
                {
                    debtor = new
                    {
                        externalId = $"D-{d}", name = $"Ferretería {d} SA de CV", language = "es", timeZone = zone, country = "MX",
                        contacts = new[] { new { channel = "email", value = $"pagos{d}@bench.example" } },
                    },
                    invoice = new { externalId = $"X-{d}-{i}", number = $"F-{d}-{i}", amount = 1000m + i, currency = "MXN", issueDate = due.AddDays(-30), dueDate = due },
                }, token);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Opening a case: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
            }
        });
        return clock.Elapsed;
    }

    /// <summary>An IANA zone where it is about noon now, so the contact rules (07:00-22:00 in Mexico) let e-mail go.</summary>
    private static string NoonZone()
    {
        var offset = 12 - DateTime.UtcNow.Hour; // Etc/GMT zones name the offset with the opposite sign
        return offset >= 0 ? $"Etc/GMT-{offset}" : $"Etc/GMT+{-offset}";
    }

    private static async Task<int> WaitingAsync(HttpClient http, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<JsonElement>("/engine-rest/external-task/count?topicName=send-email", cancellationToken)).GetProperty("count").GetInt32();

    /// <summary>The send-check histogram's count and sum from the server's Prometheus text.</summary>
    private static async Task<(long Count, double Seconds)> SendCheckAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = await http.GetStringAsync("/metrics", cancellationToken);
        long count = 0;
        double sum = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("collections_outreach_send_check_duration_seconds_count", StringComparison.Ordinal)) count = (long)double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture);
            if (line.StartsWith("collections_outreach_send_check_duration_seconds_sum", StringComparison.Ordinal)) sum = double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture);
        }

        return (count, sum);
    }

    private static HttpClient Client(BenchmarkServer server, string key)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
