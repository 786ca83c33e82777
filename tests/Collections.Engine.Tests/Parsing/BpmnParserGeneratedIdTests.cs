using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

public sealed class BpmnParserGeneratedIdTests
{
    private const string FlowsWithoutIds = """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow sourceRef="start" targetRef="gw" />
        <bpmn:exclusiveGateway id="gw" />
        <bpmn:sequenceFlow sourceRef="gw" targetRef="end" />
        <bpmn:endEvent id="end" />
        """;

    [Fact]
    public void Parse_FlowsWithoutIds_AreValidAndWiredWithWarnings()
    {
        // arrange
        var xml = Bpmn.Definitions(FlowsWithoutIds);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var process = Assert.Single(result.Processes);
        var gateway = process.NodesById["gw"];
        Assert.Equal("end", Assert.Single(gateway.Outgoing).Target.Id);
        Assert.Equal(["sequenceFlow_gw_end", "sequenceFlow_start_gw"], process.FlowsById.Keys.Order());
        var warning = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.GeneratedId, "sequenceFlow_start_gw", "sourceRef=\"start\"");
        Assert.Equal(BpmnProblemSeverity.Warning, warning.Severity);
        Assert.Equal("sequenceFlow", warning.ElementKind);
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.GeneratedId, "sequenceFlow_gw_end", "sourceRef=\"gw\"");
    }

    [Fact]
    public void Parse_SameFileTwice_GivesTheSameIds()
    {
        // arrange
        var xml = Bpmn.Definitions(FlowsWithoutIds + """
            <bpmn:task />
            <bpmn:task />
            """);

        // act
        var first = Bpmn.Parse(xml).Processes.Single();
        var second = Bpmn.Parse(xml).Processes.Single();

        // assert
        Assert.Equal(first.FlowsById.Keys.Order(), second.FlowsById.Keys.Order());
        Assert.Equal(first.NodesById.Keys.Order(), second.NodesById.Keys.Order());
        Assert.Contains("p_task_0", first.NodesById.Keys);
        Assert.Contains("p_task_1", first.NodesById.Keys);
    }

    [Fact]
    public void Parse_GeneratedIdTakenInFile_PicksAnotherAndKeepsTheWrittenOne()
    {
        // arrange: the explicit id comes later in the file than the flow that would be given it
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow sourceRef="start" targetRef="end" />
            <bpmn:sequenceFlow sourceRef="start" targetRef="end" />
            <bpmn:endEvent id="end" />
            <bpmn:userTask id="sequenceFlow_start_end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.DoesNotContain(result.Problems, p => p.Code == BpmnProblemCodes.DuplicateId);
        var process = Assert.Single(result.Processes);
        Assert.IsType<Collections.Engine.Model.UserTask>(process.NodesById["sequenceFlow_start_end"]);
        Assert.Equal(["sequenceFlow_start_end_2", "sequenceFlow_start_end_3"], process.FlowsById.Keys.Order());
    }

    [Fact]
    public void Parse_FlowWithoutIdInSubProcess_GetsIdUniqueInTheFile()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow sourceRef="start" targetRef="sub" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:sequenceFlow sourceRef="subStart" targetRef="subEnd" />
              <bpmn:endEvent id="subEnd" />
            </bpmn:subProcess>
            <bpmn:sequenceFlow sourceRef="sub" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var process = Assert.Single(result.Processes);
        Assert.Equal("subEnd", process.FlowsById["sequenceFlow_subStart_subEnd"].Target.Id);
        Assert.Equal(3, result.Problems.Count(p => p.Code == BpmnProblemCodes.GeneratedId));
    }

    [Fact]
    public void Parse_ProcessWithoutId_IsStillAnError()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd).Replace("<bpmn:process id=\"p\"", "<bpmn:process", StringComparison.Ordinal);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Contains(result.Problems, p => p.Code == BpmnProblemCodes.MissingId && p.Severity == BpmnProblemSeverity.Error);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_DefaultFlowNamingAFlowWithoutId_IsStillAnError()
    {
        // arrange: a flow referenced by a gateway's default needs the id written, as in Camunda
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow sourceRef="start" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" default="toEnd" />
            <bpmn:sequenceFlow sourceRef="gw" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.DefaultFlowInvalid, "gw", "default=\"toEnd\"");
        Assert.False(result.IsValid);
    }
}
