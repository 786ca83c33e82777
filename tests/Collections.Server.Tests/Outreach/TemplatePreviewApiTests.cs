using System.Net;
using Collections.Server.Tests.Domain;

namespace Collections.Server.Tests.Outreach;

/// <summary>Template preview for a case (issue 6 §4): the model of the send worker, in either language, with clear errors.</summary>
public sealed class TemplatePreviewApiTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Preview_CaseInBothLanguages_SubjectTextAndHtml(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-PRE-1")).GetProperty("case").GetProperty("id").GetGuid();
        using var staff = await server.StaffClientAsync();

        var spanish = await client.GetJsonAsync($"/api/v1/cases/{caseId}/templates/friendly-reminder/preview");
        var english = await staff.GetJsonAsync($"/api/v1/cases/{caseId}/templates/friendly-reminder/preview?language=en");

        Assert.Equal("es", spanish.GetProperty("language").GetString());
        Assert.Equal("Recordatorio amable: factura F-PRE-1 pendiente de pago", spanish.GetProperty("subject").GetString());
        Assert.Contains("Importe pendiente: $1,200.50", spanish.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Días de atraso: 10", spanish.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", spanish.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.StartsWith("Friendly reminder: invoice F-PRE-1", english.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(server.EmailOutbox, "*.eml"));
    }

    [Theory, SqliteData]
    public async Task Preview_UnknownKeyMissingVariableBadLanguage_Problems(string database)
    {
        await using var server = await OutreachServer.StartAsync(database, OutreachServer.Playbook("overdue-invoice.bpmn"));
        using var client = server.Factory.CreateClient();
        var caseId = (await client.OpenCaseAsync("F-PRE-2")).GetProperty("case").GetProperty("id").GetGuid();

        using var unknown = await client.GetAsync($"/api/v1/cases/{caseId}/templates/no-such-template/preview");
        using var missing = await client.GetAsync($"/api/v1/cases/{caseId}/templates/promise-confirmation/preview");
        using var language = await client.GetAsync($"/api/v1/cases/{caseId}/templates/warning/preview?language=fr");
        using var noCase = await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/templates/warning/preview");

        Assert.Equal("outreach.template-not-found", (await unknown.ReadAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
        var problem = await missing.ReadAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("outreach.template-variable-missing", problem.GetProperty("code").GetString());
        Assert.StartsWith("promise", problem.GetProperty("variable").GetString(), StringComparison.Ordinal);
        Assert.Equal("language", (await language.ReadAsync(HttpStatusCode.BadRequest)).GetProperty("field").GetString());
        await noCase.ReadAsync(HttpStatusCode.NotFound);
    }
}
