using System.Net;
using System.Net.Http.Json;
using Collections.Server.Tests.Infrastructure;

namespace Collections.Server.Tests.Domain;

/// <summary>
/// One seeded server per database for the bad-input tests: debtor D-1, an overdue invoice F-OPEN with its case and a
/// 100 MXN payment P-1, and an invoice F-LATER not yet due. Bad requests must leave all of it untouched.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    private readonly Dictionary<string, Task<Seeded>> _servers = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static IEnumerable<string> Databases => TestDatabases.PostgresConnectionString is null ? ["sqlite"] : ["sqlite", "postgres"];

    public async Task<Seeded> GetAsync(string database)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_servers.TryGetValue(database, out var seeded)) _servers[database] = seeded = SeedAsync(database);
            return await seeded;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values) await (await server).Factory.DisposeAsync();
    }

    private static async Task<Seeded> SeedAsync(string database)
    {
        var factory = await DomainApiFactory.CreateAsync(database);
        var client = factory.CreateClient();
        var @case = (await client.OpenCaseAsync("F-OPEN", 1000m)).GetProperty("case");
        var later = await client.RegisterInvoiceAsync("F-LATER", DateOnly.FromDateTime(DomainApiFactory.Start.UtcDateTime).AddDays(20));
        var invoiceId = @case.GetProperty("invoiceId").GetGuid();
        await (await client.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments", new { amount = 100m, currency = "MXN", reference = "P-1" })).ReadAsync(HttpStatusCode.Created);
        return new Seeded(factory, client, @case.GetProperty("id").GetGuid(), invoiceId, later.GetProperty("id").GetGuid());
    }
}

/// <summary>The seeded server and the ids the bad requests aim at.</summary>
public sealed record Seeded(DomainApiFactory Factory, HttpClient Client, Guid CaseId, Guid InvoiceId, Guid LaterInvoiceId);
