using Collections.Domain.Outreach.Policy;
using Collections.Domain.Outreach.Policy.Scenarios;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Tests.Outreach.Policy;

/// <summary>
/// Contact scenarios (<c>workflows/scenarios/**/*.contact.json</c>): a process owner reads the shipped rules as steps,
/// and a wrong expectation or a bad file fails that scenario with a line saying why.
/// </summary>
public sealed class ContactScenarioRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contact-scenarios-").FullName;
    private readonly ContactScenarioRunner _runner = new(new ContactPolicy(Options.Create(new ContactPolicyOptions())));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_SundayInBogotaExpectedDeferredToMonday_Passes()
    {
        var path = Write("""
            { "debtor": { "country": "CO", "timeZone": "America/Bogota" },
              "steps": [ { "at": "2026-12-06T10:00", "send": "email", "expect": "deferred", "rule": "no-contact-day", "until": "2026-12-07T07:00" } ] }
            """);

        var (result, output) = await RunAsync(path);

        Assert.True(result.Passed, output);
        Assert.Contains("✓ step 1: email at Sunday 2026-12-06 10:00 America/Bogota", output);
    }

    [Fact]
    public async Task Run_ExpectationDiffersFromRules_FailsNamingStepAndActualDecision()
    {
        var path = Write("""
            { "debtor": { "country": "CO", "timeZone": "America/Bogota" },
              "steps": [ { "at": "2026-12-06T10:00", "send": "email", "expect": "allowed" } ] }
            """);

        var (result, output) = await RunAsync(path);

        Assert.False(result.Passed);
        Assert.Contains("✗ step 1: expected allowed, got deferred until Monday 2026-12-07 07:00", output);
    }

    [Fact]
    public async Task Run_WrongDeferralMoment_Fails()
    {
        var path = Write("""
            { "debtor": { "country": "US", "timeZone": "America/New_York" },
              "steps": [ { "at": "2026-12-07T22:00", "send": "email", "expect": "deferred", "until": "2026-12-08T09:00" } ] }
            """);

        var (result, output) = await RunAsync(path);

        Assert.False(result.Passed);
        Assert.Contains("expected deferral until 2026-12-08T09:00 local, got deferred until Tuesday 2026-12-08 08:00", output);
    }

    [Fact]
    public async Task Run_RecordedCallsCountTowardTheCap()
    {
        var calls = string.Join(",", Enumerable.Range(1, 7).Select(d => $$"""{ "at": "2026-12-0{{d}}T10:00", "record": "phone" }"""));
        var path = Write($$"""
            { "debtor": { "country": "US", "timeZone": "America/New_York" },
              "steps": [ {{calls}}, { "at": "2026-12-07T11:00", "send": "phone", "expect": "deferred", "rule": "call-cap", "until": "2026-12-08T10:00" } ] }
            """);

        var (result, output) = await RunAsync(path);

        Assert.True(result.Passed, output);
    }

    [Fact]
    public async Task Run_StatementInBogota_OneContactThatUsesTheDaysCapAndListsEveryInvoice()
    {
        var runner = new ContactScenarioRunner(new ContactPolicy(Options.Create(new ContactPolicyOptions())), PlaybookTemplates());
        var path = Write("""
            { "debtor": { "country": "CO", "timeZone": "America/Bogota", "name": "Textiles Andinos SAS", "language": "en" },
              "steps": [
                { "at": "2026-12-09T09:00", "expect": "allowed",
                  "statement": [ { "number": "A-1", "dueDate": "2026-11-09", "balance": 100, "currency": "COP" },
                                 { "number": "A-2", "dueDate": "2026-11-19", "balance": 250.5, "currency": "COP" } ],
                  "expectText": [ "A-1", "A-2", "30 days" ] },
                { "at": "2026-12-09T11:00", "send": "email", "expect": "deferred", "rule": "contact-cap", "until": "2026-12-10T07:00" } ] }
            """);
        using var output = new StringWriter();

        var result = await runner.RunAsync(path, output, CancellationToken.None);

        Assert.True(result.Passed, output.ToString());
        Assert.Contains("one e-mail listing 2 invoices", output.ToString());
    }

    [Fact]
    public async Task Run_StatementMissingExpectedText_FailsQuotingTheMessage()
    {
        var runner = new ContactScenarioRunner(new ContactPolicy(Options.Create(new ContactPolicyOptions())), PlaybookTemplates());
        var path = Write("""
            { "debtor": { "country": "MX", "timeZone": "America/Mexico_City", "name": "Ferretería López", "language": "es" },
              "steps": [ { "at": "2026-12-07T09:00", "expect": "allowed",
                  "statement": [ { "number": "F-1", "dueDate": "2026-11-02", "balance": 10, "currency": "MXN" } ],
                  "expectText": [ "F-999" ] } ] }
            """);
        using var output = new StringWriter();

        var result = await runner.RunAsync(path, output, CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Contains("the statement does not say \"F-999\"", output.ToString());
        Assert.Contains("Factura F-1", output.ToString());
    }

    [Theory]
    [InlineData("""{ "debtor": { "country": "CO", "timeZone": "Mars/Olympus" }, "steps": [] }""", "not an IANA zone")]
    [InlineData("""{ "debtor": { "country": "CO", "timeZone": "UTC" }, "steps": [ { "at": "yesterday", "send": "email", "expect": "allowed" } ] }""", "is not a local time")]
    [InlineData("""{ "debtor": { "country": "CO", "timeZone": "UTC" }, "steps": [ { "at": "2026-12-07T10:00" } ] }""", "needs send, statement or record")]
    [InlineData("""{ "debtor": { "country": "CO", "timeZone": "UTC" }, "steps": [], "extra": 1 }""", "invalid contact scenario")]
    [InlineData("""{ "steps": [] }""", "needs a debtor and steps")]
    public async Task Run_BadFile_FailsWithReason(string json, string reason)
    {
        var (result, output) = await RunAsync(Write(json));

        Assert.False(result.Passed);
        Assert.Contains(reason, output);
    }

    [Fact]
    public async Task Run_DeeplyNestedInput_FailsAsInvalidScenario()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var path = Write($$"""{ "debtor": { "country": "CO", "timeZone": "UTC" }, "steps": {{deep}} }""");

        var (result, output) = await RunAsync(path);

        Assert.False(result.Passed);
        Assert.Contains("invalid contact scenario", output);
    }

    [Fact]
    public async Task Run_FileOverSizeLimit_FailsWithoutReading()
    {
        var path = Path.Combine(_folder, "big.contact.json");
        await File.WriteAllTextAsync(path, new string(' ', (int)ContactScenarioRunner.MaxFileBytes + 1));

        var (result, output) = await RunAsync(path);

        Assert.False(result.Passed);
        Assert.Contains("byte limit", output);
    }

    private static Collections.Domain.Outreach.Templates.TemplateRenderer PlaybookTemplates()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Collections.sln"))) folder = folder.Parent;
        var options = Options.Create(new Collections.Domain.Outreach.Templates.OutreachTemplateOptions
        {
            Directory = Path.Combine(folder.FullName, "workflows", "templates"), Company = OutreachTestData.TemplateOptions().Company,
        });
        return new Collections.Domain.Outreach.Templates.TemplateRenderer(new Collections.Domain.Outreach.Templates.TemplateCatalog(options), options);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.contact.json");
        File.WriteAllText(path, json);
        return path;
    }

    private async Task<(Collections.Engine.Testing.ScenarioResult Result, string Output)> RunAsync(string path)
    {
        using var output = new StringWriter();
        var result = await _runner.RunAsync(path, output, CancellationToken.None);
        return (result, output.ToString());
    }
}
