using System.Text;
using Collections.Engine.Api;
using Collections.Engine.Errors;
using Collections.Engine.Tests.Support;
using static Collections.Engine.Tests.Support.Bpmn;

namespace Collections.Engine.Tests.Persistence;

/// <summary>Hostile or broken files are refused at deploy with a clear error, and nothing already committed is touched.</summary>
public sealed class HostileDeploymentTests
{
    private static readonly string Case = Process("case", $"""
        <bpmn:startEvent id="start" />
        {Flow("f0", "start", "call")}
        <bpmn:userTask id="call" />
        """);

    public static TheoryData<string, string> HostileFiles() => new()
    {
        { "xxe", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="case" isExecutable="true"><bpmn:startEvent id="s" name="&x;" /></bpmn:process></bpmn:definitions>""" },
        { "billion-laughs", """<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="case" name="&c;" /></bpmn:definitions>""" },
        { "eleven-megabytes", Case.Replace("<bpmn:userTask id=\"call\" />", $"<bpmn:userTask id=\"call\"><bpmn:documentation>{new string('x', 11 * 1024 * 1024)}</bpmn:documentation></bpmn:userTask>") },
        { "deep-nesting", Definitions(new StringBuilder().Insert(0, "<a>", 10_000).Append(new StringBuilder().Insert(0, "</a>", 10_000)).ToString()) },
        { "not-xml", "\u0000\u0001garbage<<<" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Deploy_HostileFile_RefusedClearlyAndRunningCaseUntouched(string name, string xml)
    {
        await using var engine = await TestEngine.StartAsync("sqlite", Case);
        var running = await engine.StartAsync("case", businessKey: "INV-1");

        var error = await Assert.ThrowsAsync<BpmnValidationException>(() => engine.DeployAsync(xml, $"{name}.bpmn"));

        Assert.NotEmpty(error.Problems);
        Assert.All(error.Problems, p => Assert.True(p.Line >= 1 || p.Code == "bpmn.too-large", p.ToString()));
        Assert.Contains($"{name}.bpmn", error.Message);
        var definitions = await engine.Queries.ListDefinitionsAsync("case", latestOnly: false, default);
        Assert.Equal([1], definitions.Select(d => d.Version));
        Assert.Equal(["call"], await engine.WaitingAsync(running.Id));
        await engine.CompleteTaskAsync(running.Id, "call");
        Assert.Equal(ProcessInstanceStatus.Completed, (await engine.InstanceAsync(running.Id)).Status);
    }
}
