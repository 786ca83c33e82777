using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Audit;
using Collections.Server.Cli;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;
using StaffSession = Collections.Server.Tests.Staff.StaffSession;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Audit;

/// <summary>The log once written: the chain's verification, the admin list and export, the case page, retention.</summary>
public sealed class AuditLogTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Verify_DetailsChangedBySql_NamesThatRow(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 3);
        var second = (await factory.AuditRowsAsync())[1];

        await factory.ExecuteSqlAsync("UPDATE server_audit_entries SET \"Details\" = 'tampered' WHERE \"Sequence\" = 2");
        var result = await factory.VerifyAuditAsync();

        Assert.False(result.IsIntact);
        Assert.Equal((2L, second.Id), (result.BrokenSequence, result.BrokenId));
        Assert.Contains("changed after it was written", result.Reason);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Verify_RowDeletedBySql_NamesTheRowAfterTheGap(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 3);
        var third = (await factory.AuditRowsAsync())[2];

        await factory.ExecuteSqlAsync("DELETE FROM server_audit_entries WHERE \"Sequence\" = 2");
        var result = await factory.VerifyAuditAsync();

        Assert.Equal((3L, third.Id), (result.BrokenSequence, result.BrokenId));
        Assert.Equal(1, result.Rows);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AuditVerifyVerb_IntactThenTampered_PrintsOkThenNamesTheRowAndExitsOne(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 2);
        string[] args = ["audit", "verify", $"--Collections:Database:Provider={database}", $"--Collections:Database:ConnectionString={factory.ConnectionString}"];
        using var okOutput = new StringWriter();
        using var brokenOutput = new StringWriter();

        var ok = await CollectionsCli.RunAsync(args, okOutput, TextWriter.Null);
        await factory.ExecuteSqlAsync("UPDATE server_audit_entries SET \"ActorId\" = 'intruder' WHERE \"Sequence\" = 1");
        var broken = await CollectionsCli.RunAsync(args, brokenOutput, TextWriter.Null);

        Assert.Equal(0, ok);
        Assert.Contains("OK: 2 audit rows", okOutput.ToString());
        Assert.Equal(1, broken);
        Assert.Contains($"sequence 1 (id {(await factory.AuditRowsAsync())[0].Id})", brokenOutput.ToString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListAudit_Filters_PagesByKeysetNewestFirst(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 3, StaffSession.Settings);
        using var integrator = factory.CreateClient();
        await integrator.OpenCaseAsync("F-AUD-L", 500m);
        using var admin = await factory.SignInAsync(StaffSession.Admin);
        var all = await factory.AuditRowsAsync();

        var page1 = await admin.GetJsonAsync("/api/v1/admin/audit?action=debtor.upserted&limit=2");
        var page2 = await admin.GetJsonAsync($"/api/v1/admin/audit?action=debtor.upserted&limit=2&cursor={page1.GetProperty("nextCursor").GetString()}");
        var byActor = await admin.GetJsonAsync("/api/v1/admin/audit?actor=integrator&limit=200");
        var nobody = await admin.GetJsonAsync("/api/v1/admin/audit?actor=nobody");
        var later = await admin.GetJsonAsync($"/api/v1/admin/audit?from={Uri.EscapeDataString(DomainApiFactory.Start.AddDays(1).ToString("O"))}");
        using var badLimit = await admin.GetAsync("/api/v1/admin/audit?limit=0");

        Assert.Equal([3L, 2L], Sequences(page1)); // the three debtors came first; the invoice and the case after them
        Assert.Equal([1L], Sequences(page2));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);
        Assert.Equal(all.Count, byActor.GetProperty("items").GetArrayLength());
        Assert.Equal(0, nobody.GetProperty("items").GetArrayLength());
        Assert.Equal(0, later.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal("audit.limit-invalid", (await badLimit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ExportAuditCsv_FilteredByAction_OneLinePerRowWithHeader(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 3, StaffSession.Settings);
        using var admin = await factory.SignInAsync(StaffSession.Admin);

        using var response = await admin.GetAsync("/api/v1/admin/audit.csv?action=debtor.upserted");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(AuditCsv.Header.TrimEnd(), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("\"3\",", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"integrator\",\"debtor.upserted\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("plain, text", "\"plain, text\"")]
    public void Cell_FormulaLikeOrPlain_QuotedAndDefused(string value, string expected) => Assert.Equal(expected, AuditCsv.Cell(value));

    [Theory, SqliteData, PostgresData]
    public async Task ListAudit_ByRole_AdminsAndManagersReadOthersAreRefused(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, StaffSession.Settings);
        await factory.CreateUserAsync("mara@staff.test", ["manager"], ["managers"]);
        await factory.CreateUserAsync(StaffCases.Collector, ["collector"], ["junior-collectors"]);
        using var manager = await factory.SignInAsync("mara@staff.test");
        using var collector = await factory.SignInAsync(StaffCases.Collector);
        using var integrator = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await collector.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await collector.GetAsync("/api/v1/admin/audit.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await integrator.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await manager.PostAsJsonAsync("/api/v1/admin/audit", new { })).StatusCode); // no route writes it: the list only takes GET
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListCaseAudit_TwoCases_ShowsOnlyThatCasesEntries(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, StaffSession.Settings);
        using var integrator = factory.CreateClient();
        var first = (await integrator.OpenCaseAsync("F-AUD-C1", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        var second = (await integrator.OpenCaseAsync("F-AUD-C2", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        (await integrator.PostAsJsonAsync($"/api/v1/cases/{first}/promises", new { amount = 10m, currency = "MXN", promiseDate = "2026-03-10" })).EnsureSuccessStatusCode();
        (await integrator.PostAsJsonAsync($"/api/v1/cases/{second}/promises", new { amount = 10m, currency = "MXN", promiseDate = "2026-03-10" })).EnsureSuccessStatusCode();
        (await integrator.PostAsJsonAsync($"/api/v1/cases/{first}/disputes", new { reason = "billing-error" })).EnsureSuccessStatusCode();

        using var admin = await factory.SignInAsync(StaffSession.Admin);
        var entries = await admin.GetJsonAsync($"/api/v1/staff/cases/{first}/audit");

        Assert.Equal(2, entries.GetArrayLength());
        Assert.All(entries.EnumerateArray(), e => Assert.Equal(first, e.GetProperty("caseId").GetGuid()));
        Assert.Equal([AuditActions.DisputeOpened, AuditActions.PromiseCreated], entries.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Theory, SqliteData, PostgresData]
    public async Task PruneAsync_RowsPastRetention_DeletesOldEndAndVerifyStillPasses(string database)
    {
        await using var factory = await WithDebtorsAsync(database, 3, new() { ["Collections:Audit:Retention"] = "30.00:00:00", ["Collections:Audit:PruneEnabled"] = "false" });
        factory.Clock.Advance(TimeSpan.FromDays(20));
        using var integrator = factory.CreateClient();
        await integrator.RegisterDebtorAsync("D-LATER");
        factory.Clock.Advance(TimeSpan.FromDays(15)); // the first three are 35 days old, the fourth 15
        var pruner = factory.Services.GetRequiredService<AuditPruner>();

        var deleted = await pruner.PruneAsync(CancellationToken.None);
        await integrator.RegisterDebtorAsync("D-AFTER-PRUNE");
        var again = await pruner.PruneAsync(CancellationToken.None);
        var verified = await factory.VerifyAuditAsync();

        Assert.Equal(3, deleted);
        Assert.Equal(0, again);
        Assert.Equal([4L, 5L], (await factory.AuditRowsAsync()).Select(r => r.Sequence));
        Assert.True(verified.IsIntact, verified.Reason);
        Assert.Equal(2, verified.Rows);
    }

    private static async Task<DomainApiFactory> WithDebtorsAsync(string database, int count, Dictionary<string, string?>? settings = null)
    {
        var factory = await DomainApiFactory.CreateAsync(database, settings);
        using var integrator = factory.CreateClient();
        await integrator.RegisterDebtorAsync("D-1");
        for (var i = 2; i <= count; i++) await integrator.RegisterDebtorAsync($"D-{i}");
        return factory;
    }

    private static long[] Sequences(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64())];
}
