using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Collections.Benchmarks;

/// <summary>
/// Issue 5's API run: starts the real server (Kestrel, Release, this repository's workflows deployed) as a child
/// process on a fresh database, then drives it over HTTP with C concurrent clients: N × <c>POST /api/v1/cases</c> with
/// the invoice inline (one request opens one case and starts the playbook), then N × <c>POST
/// /invoices/{id}/payments</c> for the full balance (each closes its case). Prints requests/s and latency percentiles.
/// <c>--process trivial</c> opens the cases on a start → user task process instead, to separate the domain's cost
/// from the playbook's.
/// </summary>
internal sealed class ApiBenchmark(BenchmarkOptions options)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var connection = await BenchmarkDatabase.CreateAsync(options);
        var key = "col_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var server = BenchmarkServer.Start(new Dictionary<string, string>
        {
            ["Collections__Database__Provider"] = options.Database,
            ["Collections__Database__ConnectionString"] = connection,
            ["Collections__ApiKeys__0__Name"] = "benchmark",
            ["Collections__ApiKeys__0__Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            ["Collections__ApiKeys__0__Scopes__0"] = "admin",
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await server.WaitHealthyAsync(cancellationToken);
        string? processKey = null;
        if (options.Process == "trivial")
        {
            using var xml = new StringContent(Trivial, Encoding.UTF8, "application/xml");
            (await http.PostAsync("/api/v1/deployments?name=bench-trivial.bpmn", xml, cancellationToken)).EnsureSuccessStatusCode();
            processKey = "bench-trivial";
        }

        (await http.PutAsJsonAsync("/api/v1/debtors/BENCH-1", new { name = "Benchmark SA", language = "es", timeZone = "America/Mexico_City", country = "MX", riskScore = 50 }, cancellationToken)).EnsureSuccessStatusCode();

        Console.WriteLine($"api benchmark: db={options.Database} process={processKey ?? "overdue-invoice"} cases={options.Cases} concurrency={options.Concurrency} cores={Environment.ProcessorCount} (server and clients share them)");
        var warmup = Math.Min(50, options.Cases / 10);
        var invoiceIds = new ConcurrentDictionary<int, Guid>();
        await RunPhaseAsync("warm-up", warmup, i => OpenCaseAsync(http, -1 - i, processKey, invoiceIds, cancellationToken), print: false);
        await RunPhaseAsync("cases opened", options.Cases, i => OpenCaseAsync(http, i, processKey, invoiceIds, cancellationToken), print: true);
        await RunPhaseAsync("payments applied", options.Cases, i => PayAsync(http, i, invoiceIds[i], cancellationToken), print: true);
    }

    private const string Trivial = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="bench">
          <bpmn:message id="paid" name="payment-received" />
          <bpmn:process id="bench-trivial" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="collect" />
            <bpmn:receiveTask id="collect" messageRef="paid" />
            <bpmn:sequenceFlow id="f2" sourceRef="collect" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task RunPhaseAsync(string name, int count, Func<int, Task> request, bool print)
    {
        var latencies = new double[count];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (i, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await request(i);
            }
            catch (HttpRequestException ex)
            {
                if (Interlocked.Increment(ref failures) <= 3) Console.Error.WriteLine($"  {name} #{i}: {ex.Message}");
            }

            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        clock.Stop();
        if (!print) return;
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-17} {count / clock.Elapsed.TotalSeconds,8:F0}/s  p50 {Percentile(latencies, 0.50),6:F1} ms  p95 {Percentile(latencies, 0.95),6:F1} ms  p99 {Percentile(latencies, 0.99),6:F1} ms  failures {failures}"));
    }

    private static async Task OpenCaseAsync(HttpClient http, int i, string? processKey, ConcurrentDictionary<int, Guid> invoiceIds, CancellationToken cancellationToken)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"B-{i}");
        using var response = await http.PostAsJsonAsync("/api/v1/cases", new
        {
            invoice = new { externalId = number, number, debtorExternalId = "BENCH-1", amount = 1000.00m + i, currency = "MXN", issueDate = "2026-01-01", dueDate = "2026-02-01" },
            processKey,
        }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created) throw new HttpRequestException($"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        invoiceIds[i] = json.RootElement.GetProperty("case").GetProperty("invoiceId").GetGuid();
    }

    private static async Task PayAsync(HttpClient http, int i, Guid invoiceId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 1000.00m + i, currency = "MXN", reference = "PAY-" + i.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created) throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
