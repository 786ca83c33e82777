using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;
using static Collections.Server.Tests.Staff.StaffCases;

namespace Collections.Server.Tests.Staff;

/// <summary>
/// The shipped playbook's business stages on the integrator API and its per-language names on the staff API: a case
/// carries the stage of the activity it waits in and <c>closed</c> once closed; staff read names in es and en.
/// </summary>
public sealed class ProcessLanguageTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Stage_PlaybookReachesTheJuniorCall_StoredFilterableAndWebhookSent(string database)
    {
        // arrange
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        await integrator.SubscribeAsync("case.stage_changed");
        var opened = (await integrator.OpenCaseAsync("F-STG-1", 1500m)).GetProperty("case");
        var caseId = opened.GetProperty("id").GetGuid();
        await factory.CompleteSendEmailAsync();

        // act
        await factory.AdvanceAsync(CallOutcomeTests.InsideHours);
        await factory.AdvanceAsync(TimeSpan.FromMinutes(1)); // the stage observer's next pass stores the new position

        // assert
        var @case = (await integrator.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("case");
        Assert.Equal("reminder", opened.GetProperty("stage").GetString());
        Assert.Equal("junior-call", @case.GetProperty("stage").GetString());
        Assert.Contains("call_debtor", @case.GetProperty("activity").GetString());
        var listed = (await integrator.GetJsonAsync("/api/v1/cases?stage=junior-call")).GetProperty("items");
        Assert.Equal(caseId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
        var change = Assert.Single(factory.Receiver.Received, r => r.EventType == "case.stage_changed");
        using var body = JsonDocument.Parse(change.Body);
        Assert.Equal("reminder", body.RootElement.GetProperty("data").GetProperty("from").GetString());
        Assert.Equal("junior-call", body.RootElement.GetProperty("data").GetProperty("to").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Stage_CasePaidInFull_IsClosed(string database)
    {
        // arrange
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var opened = (await integrator.OpenCaseAsync("F-STG-2", 1000m)).GetProperty("case");
        var caseId = opened.GetProperty("id").GetGuid();

        // act
        await (await integrator.PostAsJsonAsync($"/api/v1/invoices/{opened.GetProperty("invoiceId").GetGuid()}/payments", new { amount = 1000m, currency = "MXN", reference = "FULL" })).ReadAsync(HttpStatusCode.Created);
        await factory.AdvanceAsync(TimeSpan.FromMinutes(1));

        // assert
        var @case = (await integrator.GetJsonAsync($"/api/v1/cases/{caseId}")).GetProperty("case");
        Assert.Equal("closed", @case.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, @case.GetProperty("activity").ValueKind);
        var listed = (await integrator.GetJsonAsync("/api/v1/cases?stage=closed")).GetProperty("items");
        Assert.Equal(caseId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StaffApi_CallDebtorTask_NamesDocumentationAndFormInBothLanguagesWithoutMixing(string database)
    {
        // arrange
        await using var factory = await StartAsync(database, Playbook());
        using var integrator = factory.CreateClient();
        var opened = (await integrator.OpenCaseAsync("F-STG-3", 1500m)).GetProperty("case");
        var (caseId, instanceId) = (opened.GetProperty("id").GetGuid(), opened.GetProperty("processInstanceId").GetGuid());
        await factory.CompleteSendEmailAsync();
        await factory.AdvanceAsync(CallOutcomeTests.InsideHours);
        await factory.AdvanceAsync(TimeSpan.FromMinutes(1)); // the stage observer's next pass stores the new position
        var task = await factory.OpenTaskAsync(instanceId, "call_debtor");
        using var collector = await factory.SignInAsync(Collector);

        // act
        var shown = await collector.GetJsonAsync($"/api/v1/tasks/{task.Id}");
        var inbox = await collector.GetJsonAsync("/api/v1/inbox");
        var list = await collector.GetJsonAsync("/api/v1/staff/cases");
        var view = await collector.CaseAsync(caseId);

        // assert
        Assert.Equal("Llamar al deudor", shown.GetProperty("names").GetProperty("es").GetString());
        Assert.Equal("Call debtor", shown.GetProperty("names").GetProperty("en").GetString());
        Assert.StartsWith("Día 7", shown.GetProperty("documentations").GetProperty("es").GetString());
        Assert.DoesNotContain("EN:", shown.GetProperty("documentations").GetProperty("es").GetString());
        var outcome = shown.GetProperty("formFields")[0];
        Assert.Equal("Resultado", outcome.GetProperty("labelTranslations").GetProperty("es").GetString());
        Assert.Equal("Outcome", outcome.GetProperty("labelTranslations").GetProperty("en").GetString());
        Assert.Equal("Promesa de pago", outcome.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "promise").GetProperty("nameTranslations").GetProperty("es").GetString());
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("Llamar al deudor", item.GetProperty("taskNames").GetProperty("es").GetString());
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Contains("Llamar al deudor", row.GetProperty("activityNames").GetProperty("es").GetString());
        Assert.Contains("Call debtor", row.GetProperty("activityNames").GetProperty("en").GetString());
        Assert.Contains("Llamar al deudor", view.GetProperty("activityNames").GetProperty("es").GetString());
    }
}
