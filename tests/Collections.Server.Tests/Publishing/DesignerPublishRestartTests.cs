using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collections.Engine.Api;
using Collections.Server.Tests.Domain;
using Collections.Server.Tests.Staff;

namespace Collections.Server.Tests.Publishing;

/// <summary>
/// A restart deploys a workflow file only when that file changed since it was last deployed from the file, and never
/// over a newer designer version unless the file was written after it (docs/playbook.md, "Designer or files in git").
/// Each restart is a second server on the same database and the same workflows folder.
/// </summary>
public sealed class DesignerPublishRestartTests
{
    private static readonly DateTimeOffset Start = DomainApiFactory.Start;

    [Theory, SqliteData, PostgresData]
    public async Task Restart_AfterDesignerPublish_NewCasesRunPublishedVersion(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddDays(-1));
        var first = servers.Start();
        await PublishAsync(first, PublishingBpmn.WithTimer("PT2M"), "Remind after two minutes while we test the new wording");
        await servers.StopAsync(first);

        var restarted = servers.Start();
        var instance = await PublishingServer.StartCaseAsync(restarted, PublishingBpmn.Key);

        var versions = await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, false, CancellationToken.None);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal(2, instance.DefinitionVersion);
        var timer = Assert.Single(await restarted.Queries.ListJobsAsync(new JobQuery(ProcessInstanceId: instance.Id), CancellationToken.None));
        Assert.Equal(restarted.Clock.GetUtcNow().AddMinutes(2), timer.DueAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Restart_FileChanged_DeploysNewVersionFromFile(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddDays(-2));
        await servers.StopAsync(servers.Start());
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P14D"), Start.AddDays(-1));

        var restarted = servers.Start();
        var instance = await PublishingServer.StartCaseAsync(restarted, PublishingBpmn.Key);

        var latest = Assert.Single(await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, true, CancellationToken.None));
        Assert.Equal(2, latest.Version);
        Assert.Equal(DeploymentSource.FileKind, latest.Source?.Kind);
        Assert.EndsWith("/overdue-invoice.bpmn", latest.Source?.Reference, StringComparison.Ordinal);
        Assert.Equal(2, instance.DefinitionVersion);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Restart_FileUnchangedAndNoDesignerVersion_CreatesNoVersion(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddDays(-1));
        await servers.StopAsync(servers.Start());

        var restarted = servers.Start();

        var versions = await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, false, CancellationToken.None);
        Assert.Equal([1], versions.Select(v => v.Version));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Restart_FileWrittenAfterDesignerPublish_FileWins(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddDays(-1));
        var first = servers.Start();
        await PublishAsync(first, PublishingBpmn.WithTimer("PT2M"), "Shorter reminder");
        await servers.StopAsync(first);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P10D"), Start.AddHours(1));

        var restarted = servers.Start(Start.AddHours(2));
        var instance = await PublishingServer.StartCaseAsync(restarted, PublishingBpmn.Key);

        var latest = Assert.Single(await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, true, CancellationToken.None));
        Assert.Equal((3, DeploymentSource.FileKind), (latest.Version, latest.Source?.Kind));
        Assert.Equal(3, instance.DefinitionVersion);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Restart_FileChangedBeforeDesignerPublish_KeepsDesignerVersion(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddDays(-2));
        var first = servers.Start();
        // Someone edits the file on the server; before any restart, the process owner publishes in the designer.
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P10D"), Start.AddDays(-1));
        await PublishAsync(first, PublishingBpmn.WithTimer("PT2M"), "Shorter reminder");
        await servers.StopAsync(first);

        var restarted = servers.Start();

        var latest = Assert.Single(await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, true, CancellationToken.None));
        Assert.Equal((2, DeploymentSource.DesignerKind), (latest.Version, latest.Source?.Kind));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Restart_VersionsFromBeforeFilesWereTracked_KeepsNewerVersionOverUnchangedFile(string database)
    {
        await using var servers = await PublishingServer.CreateAsync(database);
        var seeded = servers.Start();
        // What an older server left: version 1 deployed with no file record, version 2 published later.
        await seeded.Engine.DeployAsync(new DeploymentRequest("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D")), CancellationToken.None);
        await seeded.Engine.DeployAsync(new DeploymentRequest("overdue-invoice.bpmn", PublishingBpmn.WithTimer("PT2M")), CancellationToken.None);
        await servers.StopAsync(seeded);
        servers.WriteFile("overdue-invoice.bpmn", PublishingBpmn.WithTimer("P7D"), Start.AddHours(1));

        var restarted = servers.Start(Start.AddHours(2));

        var versions = await restarted.Queries.ListDefinitionsAsync(PublishingBpmn.Key, false, CancellationToken.None);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
    }

    private static async Task PublishAsync(DomainApiFactory factory, string xml, string note)
    {
        await factory.CreateUserAsync(PublishingServer.Owner, ["process-owner"], []);
        using var owner = await factory.SignInAsync(PublishingServer.Owner);
        using var response = await owner.PostAsJsonAsync("/api/v1/designer/publish", new { name = "overdue-invoice.bpmn", xml, changeNote = note });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
