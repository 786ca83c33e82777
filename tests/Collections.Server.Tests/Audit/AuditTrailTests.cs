using System.Net;
using System.Net.Http.Json;
using Collections.Engine.Api;
using Collections.Server.Audit;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;
using StaffSession = Collections.Server.Tests.Staff.StaffSession;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.Server.Tests.Audit;

/// <summary>Audited actions write exactly one row in their own transaction, and nothing when they fail.</summary>
public sealed class AuditTrailTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ApplyPayment_ByIntegratorBehindProxy_WritesOneRowWithKeyNameClientAddressAndCase(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var integrator = factory.CreateClient();
        var opened = (await integrator.OpenCaseAsync("F-AUD-1", 1000m)).GetProperty("case");
        await using var proxied = factory.BehindProxy();
        using var client = proxied.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestApiKeyConfiguration.Integrator);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{opened.GetProperty("invoiceId").GetGuid()}/payments")
        {
            Content = JsonContent.Create(new { amount = 100m, currency = "MXN", reference = "TR-1", actor = "someone-else" }),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // unknown field "actor": who acts never comes from the body
        using var valid = new HttpRequestMessage(HttpMethod.Post, request.RequestUri)
        {
            Content = JsonContent.Create(new { amount = 100m, currency = "MXN", reference = "TR-1" }),
        };
        valid.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var applied = await client.SendAsync(valid);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var row = Assert.Single(await factory.AuditRowsAsync(), r => r.Action == AuditActions.PaymentApplied);
        Assert.Equal((AuditActor.ApiKey, "integrator"), (row.ActorKind, row.ActorId));
        Assert.Equal("203.0.113.7", row.ClientAddress);
        Assert.Equal(opened.GetProperty("id").GetGuid(), row.CaseId);
        Assert.Contains("\"amount\":100", row.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RecordStaffPromise_BySignedInCollector_WritesTheStaffMembersId(string database)
    {
        await using var factory = await StaffCases.StartAsync(database, CallTaskBpmn.Xml);
        using var integrator = factory.CreateClient();
        var caseId = (await integrator.OpenCaseAsync("F-AUD-2", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        using var collector = await factory.SignInAsync(StaffCases.Collector);

        using var promised = await collector.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/promises", new { amount = 500m, currency = "MXN", promiseDate = "2026-03-10" });

        Assert.Equal(HttpStatusCode.Created, promised.StatusCode);
        var row = Assert.Single(await factory.AuditRowsAsync(), r => r.Action == AuditActions.PromiseCreated);
        Assert.Equal((AuditActor.User, StaffCases.Collector, caseId), (row.ActorKind, row.ActorId, row.CaseId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreatePromise_RefusedInsideItsTransaction_WritesNoRow(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var integrator = factory.CreateClient();
        var caseId = (await integrator.OpenCaseAsync("F-AUD-3", 1000m)).GetProperty("case").GetProperty("id").GetGuid();
        var before = (await factory.AuditRowsAsync()).Count;

        using var refused = await integrator.PostAsJsonAsync($"/api/v1/cases/{caseId}/promises", new { amount = 10m, currency = "EUR", promiseDate = "2026-03-10" });
        await integrator.RegisterDebtorAsync("D-AFTER"); // a later action in another request commits normally

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var rows = await factory.AuditRowsAsync();
        Assert.DoesNotContain(rows, r => r.Action == AuditActions.PromiseCreated);
        Assert.Equal(before + 1, rows.Count);
        Assert.Equal(AuditActions.DebtorUpserted, rows[^1].Action);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RunAsync_RolledBackThenCommitted_WritesTheEntryOnceWithTheCommit(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        var trail = factory.Services.GetRequiredService<IAuditTrail>();
        var transactions = factory.Services.GetRequiredService<IEngineTransactions>();
        using var scope = trail.BeginScope(new AuditActor(AuditActor.User, "tester@staff.test"), "198.51.100.4");
        using var entry = trail.Record(AuditActions.CaseCanceled, "case:x", details: new { reason = "test" });

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            transactions.RunAsync<bool>(_ => throw new InvalidOperationException("the action fails"), CancellationToken.None));
        var afterRollback = await factory.AuditRowsAsync();
        await transactions.RunAsync(_ => Task.FromResult(true), CancellationToken.None);
        await transactions.RunAsync(_ => Task.FromResult(true), CancellationToken.None);

        Assert.Empty(afterRollback);
        var row = Assert.Single(await factory.AuditRowsAsync());
        Assert.Equal(("tester@staff.test", "198.51.100.4", 1L), (row.ActorId, row.ClientAddress, row.Sequence));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Record_HandleDisposedAfterFailure_NothingWrittenByLaterCommits(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        var trail = factory.Services.GetRequiredService<IAuditTrail>();
        var transactions = factory.Services.GetRequiredService<IEngineTransactions>();
        using var scope = trail.BeginScope(AuditActor.CommandLine, null);

        using (trail.Record(AuditActions.CaseCanceled, "case:x"))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                transactions.RunAsync<bool>(_ => throw new InvalidOperationException("the action fails"), CancellationToken.None));
        }

        await transactions.RunAsync(_ => Task.FromResult(true), CancellationToken.None);

        Assert.Empty(await factory.AuditRowsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreateApiKey_ByAdmin_WritesRowInTheKeysTransactionAndRefusedNameWritesNone(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database, StaffSession.Settings);
        using var admin = await factory.SignInAsync(StaffSession.Admin);

        using var created = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "erp", scopes = new[] { "cases:read" } });
        using var taken = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "erp", scopes = new[] { "cases:read" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        var row = Assert.Single(await factory.AuditRowsAsync(), r => r.Action == AuditActions.ApiKeyCreated);
        Assert.Equal((AuditActor.User, StaffSession.Admin, "api-key:erp"), (row.ActorKind, row.ActorId, row.Target));
        Assert.DoesNotContain("col_", row.Details.Replace("\"prefix\":\"col_", "", StringComparison.Ordinal), StringComparison.Ordinal); // never the secret
    }

    [Theory, SqliteData, PostgresData]
    public async Task UpsertDebtor_ManyInParallel_OneUnbrokenChain(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var integrator = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(1, 24).Select(i => integrator.RegisterDebtorAsync($"D-PAR-{i}")));

        var rows = await factory.AuditRowsAsync();
        Assert.Equal(24, rows.Count(r => r.Action == AuditActions.DebtorUpserted));
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => r.Sequence));
        var verified = await factory.VerifyAuditAsync();
        Assert.True(verified.IsIntact, verified.Reason);
        Assert.Equal(rows.Count, verified.Rows);
    }
}
