using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>
/// Company details (docs/architecture.md, "Company details"): a message never leaves with an empty company detail. The
/// send step waits, the case's timeline says for what, and once an admin fills the details in it sends exactly once.
/// Configuration only seeds an empty store: a start-up with other values keeps what the admin saved. Bad input is a
/// 400 with a documented code.
/// </summary>
public sealed class CompanyDetailsTests
{
    private const string Company = "Collections:Outreach:Templates:Company:";
    private static readonly TimeSpan PastRecheck = TimeSpan.FromMinutes(6); // a waiting step is looked at every 5 minutes

    /// <summary>The test environment's details without a phone: the reminders print one.</summary>
    private static readonly Dictionary<string, string?> NoPhone = new() { [Company + "Phone"] = "" };

    [Theory, SqliteData, PostgresData]
    public async Task SendStep_PhoneNotSet_NothingSentTimelineAndStatusSayWhy(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, NoPhone, null, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (_, caseId) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);

        await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync(); // looked at again, still missing: no second line
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var waits = await WaitsAsync(staff, caseId);
        var status = await staff.GetJsonAsync("/api/v1/staff/company-details/status");

        Assert.Empty(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        var line = Assert.Single(waits);
        Assert.Equal("phone", line.GetProperty("arguments").GetProperty("fields").GetString());
        Assert.Equal("email", line.GetProperty("arguments").GetProperty("channel").GetString());
        Assert.Equal(["phone"], status.GetProperty("missing").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory, SqliteData, PostgresData]
    public async Task SendStep_AdminFillsInPhone_SentOnceWithThePhone(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, NoPhone, null, OutreachServer.Playbook("overdue-invoice.bpmn"));
        var (_, caseId) = await ExactlyOnceOutreachTests.OpenDueCaseAsync(server);
        await server.RunWorkersAsync();
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var saved = await SaveAsync(staff, Details(phone: "+52 55 9876 5432"));

        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync();
        server.Factory.Clock.Advance(PastRecheck);
        await server.RunWorkersAsync();
        var status = await staff.GetJsonAsync("/api/v1/staff/company-details/status");

        var sent = Assert.Single(Directory.GetFiles(server.EmailOutbox, "*.eml"));
        var text = await File.ReadAllTextAsync(sent);
        Assert.Contains("+52 55 9876 5432", text, StringComparison.Ordinal);
        Assert.Contains("https://pagos.andina.test/mx", text, StringComparison.Ordinal); // the MXN invoice's payment link
        Assert.Empty(saved.GetProperty("missing").EnumerateArray());
        Assert.Empty(status.GetProperty("missing").EnumerateArray());
        Assert.Single(await WaitsAsync(staff, caseId));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Save_Admin_AuditedWithBeforeAndAfter(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, NoPhone, null);
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);

        await SaveAsync(staff, Details(phone: "+52 55 9876 5432"));
        var audit = await staff.GetJsonAsync("/api/v1/admin/audit?action=settings.company-details-changed");

        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(OutreachServer.AdminEmail, entry.GetProperty("actorId").GetString());
        var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement;
        Assert.Equal("", details.GetProperty("before").GetProperty("phone").GetString());
        Assert.Equal("+52 55 9876 5432", details.GetProperty("after").GetProperty("phone").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StartUp_ConfigurationDiffersFromSaved_SavedValuesKept(string database)
    {
        string connection;
        await using (var server = await OutreachServer.StartAsync(database, NoPhone, null))
        {
            using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
            await SaveAsync(staff, Details(phone: "+52 55 9876 5432"));
            connection = server.Factory.ConnectionString;
        }

        await using var restarted = DomainApiFactory.Node(database, connection, new Dictionary<string, string?>
        {
            [Company + "Phone"] = "+1 000 000 0000",
            [Company + "Name"] = "Another Name Inc.",
        });
        using var admin = await StaffSession.SignInAsync(restarted, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var details = await admin.GetJsonAsync("/api/v1/admin/company-details");

        Assert.Equal("+52 55 9876 5432", details.GetProperty("phone").GetString());
        Assert.Equal("Distribuidora Andina SA de CV", details.GetProperty("name").GetString());
        Assert.Equal(OutreachServer.AdminEmail, details.GetProperty("updatedBy").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StartUp_EmptyStore_SeededFromConfiguration(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, NoPhone, null);
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);

        var details = await staff.GetJsonAsync("/api/v1/admin/company-details");

        Assert.Equal("Distribuidora Andina SA de CV", details.GetProperty("name").GetString());
        Assert.Equal("https://pagos.andina.test/co", details.GetProperty("payment").GetProperty("COP").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("updatedBy").ValueKind);
        Assert.Equal(["phone"], details.GetProperty("missing").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("email", "cobranza", "company.email-invalid", "email")]
    [InlineData("currency", "PESOS", "company.currency-invalid", "payment.PESOS")]
    [InlineData("payment", "", "company.payment-empty", "payment.COP")]
    [InlineData("phone", "long", "company.field-too-long", "phone")]
    public async Task Save_BadValue_ProblemWithCodeAndNothingSaved(string what, string value, string code, string field)
    {
        await using var server = await OutreachServer.StartAsync("sqlite", NoPhone, null);
        using var staff = await StaffSession.SignInAsync(server.Factory, OutreachServer.AdminEmail, OutreachServer.AdminPassword);
        var body = what switch
        {
            "email" => Details(phone: "+52 1", email: value),
            "currency" => Details(phone: "+52 1", payment: new() { [value] = "https://pay" }),
            "payment" => Details(phone: "+52 1", payment: new() { ["COP"] = value }),
            _ => Details(phone: new string('9', 201)),
        };

        using var response = await staff.PutAsJsonAsync("/api/v1/admin/company-details", body);
        var details = await staff.GetJsonAsync("/api/v1/admin/company-details");

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal("", details.GetProperty("phone").GetString());
    }

    private static object Details(string phone, string email = "cobranza@andina.test", Dictionary<string, string?>? payment = null) => new
    {
        name = "Distribuidora Andina SA de CV",
        taxId = "DAN900123AB1",
        payment = payment ?? new Dictionary<string, string?> { ["MXN"] = "https://pagos.andina.test/mx", ["COP"] = "https://pagos.andina.test/co" },
        phone,
        email,
        address = "Av. Reforma 100, 06600 Ciudad de México",
        signature = "Equipo de Cobranza",
    };

    private static async Task<JsonElement> SaveAsync(HttpClient staff, object body)
    {
        using var response = await staff.PutAsJsonAsync("/api/v1/admin/company-details", body);
        return await response.ReadAsync(HttpStatusCode.OK);
    }

    private static async Task<List<JsonElement>> WaitsAsync(HttpClient staff, Guid caseId)
    {
        var detail = await staff.GetJsonAsync($"/api/v1/staff/cases/{caseId}");
        return [.. detail.GetProperty("detail").GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "company.details-missing")];
    }
}
