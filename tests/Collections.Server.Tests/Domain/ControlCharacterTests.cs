using System.Net;
using System.Net.Http.Json;

namespace Collections.Server.Tests.Domain;

/// <summary>Single-line fields refuse control characters at the API, naming the field; free text keeps its line breaks.</summary>
public sealed class ControlCharacterTests
{
    [Theory, SqliteData, PostgresData]
    public async Task RegisterInvoice_NumberWithCrLfHeader_400NamingNumberAndNothingStored(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();
        await client.RegisterDebtorIfMissingAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/invoices", new
        {
            externalId = "ext-F-2", number = "F-2\r\nBcc: attacker@example.com", debtorExternalId = "D-1",
            amount = 100m, currency = "MXN", issueDate = "2026-01-01", dueDate = "2026-02-01",
        });

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(("request.control-character", "number"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        var stored = await client.GetJsonAsync("/api/v1/invoices");
        Assert.Equal(0, stored.GetProperty("items").GetArrayLength());
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterDebtor_NameWithLineSeparator_400NamingName(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        using var response = await client.PutAsJsonAsync("/api/v1/debtors/D-9", new
        {
            name = "Ferretería\u2028Bcc: attacker@example.com", language = "es", timeZone = "America/Mexico_City", country = "MX",
            contacts = new[] { new { channel = "email", value = "pagos@ferreteria.mx" } },
        });

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(("request.control-character", "name"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterDebtor_ContactValueWithCrLf_400NamingContactPath(string database)
    {
        await using var factory = await DomainApiFactory.CreateAsync(database);
        using var client = factory.CreateClient();

        using var response = await client.PutAsJsonAsync("/api/v1/debtors/D-9", new
        {
            name = "Ferretería López", language = "es", timeZone = "America/Mexico_City", country = "MX",
            contacts = new[] { new { channel = "email", value = "pagos@ferreteria.mx\r\nBcc: attacker@example.com" } },
        });

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(("request.control-character", "contacts[0].value"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
    }
}
