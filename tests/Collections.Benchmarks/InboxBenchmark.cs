using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Collections.Benchmarks;

/// <summary>
/// Issue 8's inbox run: the real server on a fresh PostgreSQL database holding <c>--cases</c> cases (default 100,000)
/// of which <c>--tasks</c> (default 20,000) wait in a user task, bulk-loaded with COPY from rows the server wrote for
/// template cases (<see cref="InboxSeeder"/>). A collector in two groups then reads the inbox over HTTP with the sign-in
/// cookie, one request at a time: first page, a deep page, filters, searches; and an integrator reads the case list.
/// Prints p50/p95/p99 per query.
/// </summary>
internal sealed class InboxBenchmark(BenchmarkOptions options)
{
    private const string Collector = "bench.collector@bench.test";
    private const string AdminEmail = "admin@bench.test";
    private const string Password = "Bench-password-1";
    private const int Warmup = 20;

    /// <summary>The defaults of this command, placed before the caller's arguments (later ones win).</summary>
    public static string[] WithDefaults(IEnumerable<string> args) => ["--cases", "100000", "--tasks", "20000", .. args];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Database != "postgres") throw new InvalidOperationException("The inbox benchmark seeds with PostgreSQL's COPY: use --db postgres.");
        var connection = await BenchmarkDatabase.CreateAsync(options);
        var key = "col_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var server = BenchmarkServer.Start(new Dictionary<string, string>
        {
            ["Collections__Database__Provider"] = "postgres",
            ["Collections__Database__ConnectionString"] = connection,
            ["Collections__ApiKeys__0__Name"] = "benchmark",
            ["Collections__ApiKeys__0__Hash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
            ["Collections__ApiKeys__0__Scopes__0"] = "admin",
            ["Collections__Admin__Email"] = AdminEmail,
            ["Collections__Admin__Password"] = Password,
            // The stage observer re-reads every active instance each minute; off, so the figures are the queries'.
            ["Collections__Domain__Cases__ScannerEnabled"] = "false",
        });
        await server.WaitHealthyAsync(cancellationToken);
        using var integrator = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        integrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var (open, paid) = await OpenTemplateCasesAsync(integrator, cancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        TimeSpan seeding;
        await using (var db = new NpgsqlConnection(connection))
        {
            await db.OpenAsync(cancellationToken);
            var templates = await InboxTemplates.CaptureAsync(db, open, paid, cancellationToken);
            seeding = await new InboxSeeder(db, templates, now).SeedAsync(options.Cases, options.Tasks, Collector, cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inbox benchmark: db=postgres cases={options.Cases} open tasks={options.Tasks} seeded in {seeding.TotalSeconds:F1} s; collector in junior-collectors + senior-collectors; {options.Samples} sequential requests per query after {Warmup} warm-up; cores={Environment.ProcessorCount} (server, PostgreSQL and client share them)"));
        using var collector = await SignInCollectorAsync(server.BaseAddress, cancellationToken);
        await RunInboxQueriesAsync(collector, cancellationToken);
        await RunCaseListQueriesAsync(integrator, cancellationToken);
    }

    private async Task RunInboxQueriesAsync(HttpClient collector, CancellationToken cancellationToken)
    {
        var visible = (await GetJsonAsync(collector, "/api/v1/inbox?limit=1&total=true", cancellationToken)).GetProperty("total").GetInt32();
        var deepPage = Math.Clamp(visible / 50 / 2, 1, 40); // page 41, or the middle of a smaller inbox
        var deep = await CursorAfterAsync(collector, "/api/v1/inbox?limit=50", "nextCursor", deepPage, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  inbox: the collector sees {visible} open tasks"));
        await MeasureAsync(collector, "inbox first page", "/api/v1/inbox?limit=50", cancellationToken);
        await MeasureAsync(collector, "inbox first page+total", "/api/v1/inbox?limit=50&total=true", cancellationToken);
        await MeasureAsync(collector, $"inbox page {deepPage + 1}", $"/api/v1/inbox?limit=50&cursor={deep}", cancellationToken);
        await MeasureAsync(collector, "inbox mine", "/api/v1/inbox?limit=50&filter=mine", cancellationToken);
        await MeasureAsync(collector, "inbox offered+task", "/api/v1/inbox?limit=50&filter=offered&taskKey=senior_call", cancellationToken);
        await MeasureAsync(collector, "inbox overdue 31-60", "/api/v1/inbox?limit=50&overdue=31-60", cancellationToken);
        await MeasureAsync(collector, "inbox search debtor", "/api/v1/inbox?limit=50&q=norte", cancellationToken);
        await MeasureAsync(collector, "inbox search invoice", "/api/v1/inbox?limit=50&q=BI-01234", cancellationToken);
        await MeasureAsync(collector, "inbox task types", "/api/v1/inbox/task-types", cancellationToken);
    }

    /// <summary>The integrator's case list (<c>GET /api/v1/cases</c>, keyset by id): the staff UI has no case list of its own yet.</summary>
    private async Task RunCaseListQueriesAsync(HttpClient integrator, CancellationToken cancellationToken)
    {
        var deepPage = Math.Clamp(options.Cases / 50 / 2, 1, 40);
        var deep = await CursorAfterAsync(integrator, "/api/v1/cases?limit=50", "nextCursor", deepPage, cancellationToken);
        await MeasureAsync(integrator, "cases first page", "/api/v1/cases?limit=50", cancellationToken);
        await MeasureAsync(integrator, $"cases page {deepPage + 1}", $"/api/v1/cases?limit=50&cursor={deep}", cancellationToken);
        await MeasureAsync(integrator, "cases open 31-60", "/api/v1/cases?limit=50&status=open&overdueBucket=31-60", cancellationToken);
    }

    private async Task MeasureAsync(HttpClient client, string name, string url, CancellationToken cancellationToken)
    {
        var rows = 0;
        for (var i = 0; i < Warmup; i++) rows = await GetCountAsync(client, url, cancellationToken);
        var latencies = new double[options.Samples];
        for (var i = 0; i < latencies.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetCountAsync(client, url, cancellationToken);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-24} rows {rows,3}  p50 {Percentile(latencies, 0.50),6:F1} ms  p95 {Percentile(latencies, 0.95),6:F1} ms  p99 {Percentile(latencies, 0.99),6:F1} ms"));
    }

    private static async Task<int> GetCountAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var json = await GetJsonAsync(client, url, cancellationToken);
        return json.ValueKind == JsonValueKind.Array ? json.GetArrayLength() : json.GetProperty("items").GetArrayLength();
    }

    private static async Task<string> CursorAfterAsync(HttpClient client, string url, string property, int pages, CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var i = 0; i < pages; i++)
        {
            var page = await GetJsonAsync(client, cursor is null ? url : $"{url}&cursor={cursor}", cancellationToken);
            cursor = page.GetProperty(property).GetString() ?? throw new InvalidOperationException($"Fewer than {pages} pages at {url}.");
        }

        return cursor!;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Deploys the benchmark process and opens one real case per branch, and one that is then paid in full.</summary>
    private static async Task<(Dictionary<string, Guid> Open, Guid Paid)> OpenTemplateCasesAsync(HttpClient integrator, CancellationToken cancellationToken)
    {
        using (var xml = new StringContent(Process, Encoding.UTF8, "application/xml"))
        {
            (await integrator.PostAsync("/api/v1/deployments?name=bench-inbox.bpmn", xml, cancellationToken)).EnsureSuccessStatusCode();
        }

        (await integrator.PutAsJsonAsync("/api/v1/debtors/BENCH-TEMPLATE", new
        {
            name = "Plantilla Benchmark SA", language = "es", timeZone = "America/Mexico_City", country = "MX", riskScore = 50,
        }, cancellationToken)).EnsureSuccessStatusCode();
        var open = new Dictionary<string, Guid>();
        foreach (var branch in InboxTemplates.Branches)
        {
            open[branch.TaskKey] = (await OpenCaseAsync(integrator, "T-" + branch.TaskKey, branch.MinAmount, cancellationToken)).Id;
        }

        var paid = await OpenCaseAsync(integrator, "T-paid", 1500m, cancellationToken);
        using var payment = await integrator.PostAsJsonAsync($"/api/v1/invoices/{paid.InvoiceId}/payments", new { amount = 1500m, currency = "MXN", reference = "T-PAY" }, cancellationToken);
        if (payment.StatusCode != HttpStatusCode.Created) throw new HttpRequestException($"payment: {(int)payment.StatusCode} {await payment.Content.ReadAsStringAsync(cancellationToken)}");
        return (open, paid.Id);
    }

    private static async Task<(Guid Id, Guid InvoiceId)> OpenCaseAsync(HttpClient integrator, string number, decimal amount, CancellationToken cancellationToken)
    {
        var due = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-30);
        using var response = await integrator.PostAsJsonAsync("/api/v1/cases", new
        {
            invoice = new { externalId = "ext-" + number, number, debtorExternalId = "BENCH-TEMPLATE", amount, currency = "MXN", issueDate = due.AddDays(-30), dueDate = due },
            processKey = "bench-inbox",
        }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created) throw new HttpRequestException($"open case: {(int)response.StatusCode} {body}");
        var @case = JsonDocument.Parse(body).RootElement.GetProperty("case");
        return (@case.GetProperty("id").GetGuid(), @case.GetProperty("invoiceId").GetGuid());
    }

    /// <summary>The admin creates the collector (two groups) with the UI's own calls; then the collector signs in.</summary>
    private static async Task<HttpClient> SignInCollectorAsync(Uri server, CancellationToken cancellationToken)
    {
        using (var admin = await SignInAsync(server, AdminEmail, cancellationToken))
        {
            using var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
            {
                email = Collector, password = Password, displayName = "Bench Collector", roles = new[] { "collector" },
                groups = new[] { "junior-collectors", "senior-collectors" },
            }, cancellationToken);
            if (created.StatusCode != HttpStatusCode.Created) throw new HttpRequestException($"create collector: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await SignInAsync(server, Collector, cancellationToken);
    }

    private static async Task<HttpClient> SignInAsync(Uri server, string email, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        using var me = await client.GetAsync("/api/v1/me", cancellationToken);
        me.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", cookies.GetCookies(server)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("No XSRF-TOKEN cookie."));
        return client;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Four user tasks for four groups, chosen by amount; each task is due on the invoice's due date.</summary>
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="bench">
          <bpmn:process id="bench-inbox" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="route" />
            <bpmn:exclusiveGateway id="route" default="toFinance" />
            <bpmn:sequenceFlow id="toJunior" sourceRef="route" targetRef="call_debtor"><bpmn:conditionExpression>${amount &lt; 2000}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toSenior" sourceRef="route" targetRef="senior_call"><bpmn:conditionExpression>${amount &gt;= 2000 &amp;&amp; amount &lt; 5000}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toManager" sourceRef="route" targetRef="approve_discount"><bpmn:conditionExpression>${amount &gt;= 5000 &amp;&amp; amount &lt; 20000}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toFinance" sourceRef="route" targetRef="resolve_dispute" />
            <bpmn:userTask id="call_debtor" name="Call debtor" camunda:candidateGroups="junior-collectors" camunda:dueDate="${dueDate}" camunda:priority="50" />
            <bpmn:userTask id="senior_call" name="Senior call completed" camunda:candidateGroups="senior-collectors" camunda:dueDate="${dueDate}" camunda:priority="70" />
            <bpmn:userTask id="approve_discount" name="Approve settlement discount" camunda:candidateGroups="managers" camunda:dueDate="${dueDate}" camunda:priority="80" />
            <bpmn:userTask id="resolve_dispute" name="Resolve dispute" camunda:candidateGroups="finance" camunda:dueDate="${dueDate}" camunda:priority="80" />
            <bpmn:sequenceFlow id="f1" sourceRef="call_debtor" targetRef="end" />
            <bpmn:sequenceFlow id="f2" sourceRef="senior_call" targetRef="end" />
            <bpmn:sequenceFlow id="f3" sourceRef="approve_discount" targetRef="end" />
            <bpmn:sequenceFlow id="f4" sourceRef="resolve_dispute" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
