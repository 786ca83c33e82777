using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;

namespace Collections.Server.Tests.Publishing;

/// <summary>Publishing from the designer: the change note is required and bounded, and each version says where it came from.</summary>
public sealed class DesignerPublishApiTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ListVersions_AfterFileDesignerAndApi_ShowsEachSourceAndNote(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), DomainApiFactory.Start.AddDays(-1));
        var server = servers.Start();
        await server.CreateUserAsync(PublishingServer.Owner, ["process-owner"], []);
        using var owner = await server.SignInAsync(PublishingServer.Owner);
        using (var published = await owner.PostAsJsonAsync("/api/v1/designer/publish",
            new { name = "overdue-invoice.bpmn", xml = PublishingBpmn.WithTimer("PT2M"), changeNote = "  Remind after two minutes  " }))
        {
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        }

        using var integrator = server.CreateClient();
        using (var deployed = await integrator.PostAsync("/api/v1/deployments?name=overdue-invoice.bpmn&changeNote=From%20the%20ERP",
            new StringContent(PublishingBpmn.WithTimer("P3D"), System.Text.Encoding.UTF8, "application/xml")))
        {
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }

        var versions = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/designer/processes/{PublishingBpmn.Key}/versions");

        Assert.Equal(
            [
                (3, "api", "integrator", "From the ERP"),
                (2, "designer", PublishingServer.Owner, "Remind after two minutes"),
                (1, "file", Path.GetFileName(servers.WorkflowsFolder) + "/overdue-invoice.bpmn", null),
            ],
            versions.EnumerateArray().Select(v => (
                v.GetProperty("version").GetInt32(),
                v.GetProperty("source").GetString(),
                v.GetProperty("sourceLabel").GetString(),
                v.GetProperty("changeNote").GetString())));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Publish_WithoutNoteOrWithTooLongNote_RefusedWithCodeAndNothingDeployed(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        var server = servers.Start();
        await server.CreateUserAsync(PublishingServer.Owner, ["process-owner"], []);
        using var owner = await server.SignInAsync(PublishingServer.Owner);

        using var noNote = await owner.PostAsJsonAsync("/api/v1/designer/publish",
            new { name = "overdue-invoice.bpmn", xml = PublishingBpmn.WithTimer("PT2M"), changeNote = "   " });
        using var longNote = await owner.PostAsJsonAsync("/api/v1/designer/publish",
            new { name = "overdue-invoice.bpmn", xml = PublishingBpmn.WithTimer("PT2M"), changeNote = new string('x', 501) });

        Assert.Equal((HttpStatusCode.BadRequest, "designer.change-note-required"), (noNote.StatusCode, await CodeAsync(noNote)));
        Assert.Equal((HttpStatusCode.BadRequest, "deployment.change-note-too-long"), (longNote.StatusCode, await CodeAsync(longNote)));
        Assert.Empty(await server.Queries.ListDefinitionsAsync(PublishingBpmn.Key, false, CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Publish_Collector_Forbidden(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        var server = servers.Start();
        await server.CreateUserAsync("carla@collections.test", ["collector"], ["junior-collectors"]);
        using var collector = await server.SignInAsync("carla@collections.test");

        using var response = await collector.PostAsJsonAsync("/api/v1/designer/publish",
            new { name = "overdue-invoice.bpmn", xml = PublishingBpmn.WithTimer("PT2M"), changeNote = "mine" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await server.Queries.ListDefinitionsAsync(PublishingBpmn.Key, false, CancellationToken.None));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
