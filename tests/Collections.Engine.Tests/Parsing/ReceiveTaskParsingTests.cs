using Collections.Engine.Model;
using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

/// <summary>A receive task without <c>messageRef</c> is valid, as in Camunda 7: it waits for an API trigger.</summary>
public sealed class ReceiveTaskParsingTests
{
    [Fact]
    public void Parse_ReceiveTaskWithoutMessageRef_IsAcceptedAsTriggeredWait()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="x" />
            <bpmn:receiveTask id="x" />
            <bpmn:sequenceFlow id="f1" sourceRef="x" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var receive = Assert.IsType<ReceiveTask>(result.Processes[0].NodesById["x"]);
        Assert.Null(receive.MessageName);
    }

    [Fact]
    public void Parse_ReceiveTaskWithUnknownMessageRef_IsStillReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:receiveTask id="x" messageRef="nowhere" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.MessageRefUnknown, "x", "nowhere");
    }

    [Fact]
    public void Parse_EventGatewayFollowedByReceiveTaskWithoutMessage_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:eventBasedGateway id="x" />
            <bpmn:sequenceFlow id="g1" sourceRef="x" targetRef="r" />
            <bpmn:receiveTask id="r" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventGatewayTarget, "x", "id=\"x\"");
    }
}
