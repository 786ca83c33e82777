using Collections.Engine.Expressions;
using Collections.Engine.Parsing;

namespace Collections.Engine.Tests.Parsing;

public sealed class BpmnParserValidationTests
{
    [Theory]
    [InlineData("<bpmn:businessRuleTask id=\"x\" />")]
    [InlineData("<bpmn:complexGateway id=\"x\" />")]
    [InlineData("<bpmn:transaction id=\"x\" />")]
    [InlineData("<bpmn:adHocSubProcess id=\"x\" />")]
    [InlineData("<bpmn:somethingNew id=\"x\" />")]
    public void Parse_UnsupportedElementKind_ReportsElementAndLine(string element)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + element);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedElement, "x", "id=\"x\"");
        Assert.Equal(BpmnProblemSeverity.Error, problem.Severity);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics />")]
    [InlineData("<bpmn:standardLoopCharacteristics />")]
    public void Parse_LoopCharacteristics_ReportsActivityAndLoopLine(string loop)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:userTask id="x">
              {loop}
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedElement, "x", "LoopCharacteristics");
    }

    [Theory]
    [InlineData("startEvent", "signalEventDefinition")]
    [InlineData("intermediateCatchEvent", "conditionalEventDefinition")]
    [InlineData("intermediateThrowEvent", "escalationEventDefinition")]
    [InlineData("intermediateThrowEvent", "compensateEventDefinition")]
    [InlineData("intermediateCatchEvent", "linkEventDefinition")]
    [InlineData("endEvent", "messageEventDefinition")]
    public void Parse_UnsupportedEventDefinition_ReportsEventAndDefinitionLine(string eventKind, string definition)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:{eventKind} id="x">
              <bpmn:{definition} />
            </bpmn:{eventKind}>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedElement, "x", definition);
        Assert.Contains(definition, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("camunda:class=\"org.example.Delegate\"", "camunda:class")]
    [InlineData("camunda:delegateExpression=\"${bean}\"", "camunda:delegateExpression")]
    [InlineData("camunda:expression=\"${bean.run()}\"", "camunda:expression")]
    public void Parse_JavaDelegateOnServiceTask_IsRefusedWithExternalTaskHint(string attribute, string named)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""<bpmn:serviceTask id="x" {attribute} />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedCamunda, "x", "id=\"x\"");
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.Contains("camunda:type=\"external\"", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.Code == BpmnProblemCodes.ServiceTaskNotExternal);
    }

    [Fact]
    public void Parse_FormKey_IsRefusedWithFormDataHint()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:userTask id="x" camunda:formKey="embedded:app:forms/a.html" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedCamunda, "x", "id=\"x\"");
        Assert.Contains("camunda:formData", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<camunda:field name=\"a\" stringValue=\"b\" />")]
    [InlineData("<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>")]
    [InlineData("<camunda:executionListener class=\"a.B\" event=\"start\" />")]
    [InlineData("<camunda:taskListener class=\"a.B\" event=\"create\" />")]
    public void Parse_UnsupportedCamundaExtensionElement_ReportsItsLine(string extension)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:userTask id="x">
              <bpmn:extensionElements>
                {extension}
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedCamunda, "x", extension[..12]);
    }

    [Theory]
    [InlineData("<bpmn:serviceTask id=\"x\" />")]
    [InlineData("<bpmn:sendTask id=\"x\" camunda:type=\"external\" />")]
    [InlineData("<bpmn:serviceTask id=\"x\" camunda:topic=\"t\" />")]
    public void Parse_ServiceTaskWithoutExternalTopic_IsRefused(string element)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + element);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ServiceTaskNotExternal, "x", "id=\"x\"");
    }

    [Theory]
    [InlineData("groovy")]
    [InlineData("")]
    public void Parse_ScriptTaskNotJavascript_IsRefused(string format)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:scriptTask id="x" scriptFormat="{format}">
              <bpmn:script>println 'hi'</bpmn:script>
            </bpmn:scriptTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedScriptFormat, "x", "<bpmn:script>");
    }

    [Fact]
    public void Parse_FlowWithUnknownTarget_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:sequenceFlow id="x" sourceRef="start" targetRef="nowhere" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FlowUnknownRef, "x", "id=\"x\"");
        Assert.Contains("nowhere", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlowCrossingSubProcessBoundary_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="innerStart" />
              <bpmn:sequenceFlow id="x" sourceRef="innerStart" targetRef="end" />
            </bpmn:subProcess>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FlowCrossesScope, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_GatewayWithoutOutgoing_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:exclusiveGateway id="x" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.GatewayNoOutgoing, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_TaskWithoutOutgoing_IsAllowedAsImplicitEnd()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="t" />
            <bpmn:userTask id="t" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_DefaultFlowNotOutgoing_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:exclusiveGateway id="x" default="f0" />
            <bpmn:sequenceFlow id="out" sourceRef="x" targetRef="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.DefaultFlowInvalid, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_TimerWithoutDefinitionValue_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:intermediateCatchEvent id="x">
              <bpmn:timerEventDefinition />
            </bpmn:intermediateCatchEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.TimerDefinition, "x", "timerEventDefinition");
    }

    [Fact]
    public void Parse_TimerWithDurationAndCycle_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:intermediateCatchEvent id="x">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.TimerDefinition, "x", "timerEventDefinition");
    }

    [Theory]
    [InlineData("timeDuration", "7 days")]
    [InlineData("timeDate", "next monday")]
    [InlineData("timeCycle", "0 0 9 * * ?")]
    public void Parse_LiteralTimerThatDoesNotParse_IsReportedWithValue(string element, string value)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:intermediateCatchEvent id="x">
              <bpmn:timerEventDefinition>
                <bpmn:{element}>{value}</bpmn:{element}>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.TimerInvalid, "x", value);
        Assert.Contains(value, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MessageEventWithoutMessageRef_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:intermediateCatchEvent id="x">
              <bpmn:messageEventDefinition />
            </bpmn:intermediateCatchEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.MessageRefMissing, "x", "messageEventDefinition");
    }

    [Fact]
    public void Parse_MessageEventWithUnknownMessage_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:receiveTask id="x" messageRef="ghost" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.MessageRefUnknown, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_ErrorRefUnknown_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:endEvent id="x">
              <bpmn:errorEventDefinition errorRef="ghost" />
            </bpmn:endEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ErrorRefUnknown, "x", "errorEventDefinition");
    }

    [Fact]
    public void Parse_DuplicateIds_ReportsTheSecond()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.DuplicateId, "end", "userTask id=\"end\"");
    }

    [Fact]
    public void Parse_BoundaryAttachedToUnknownElement_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:boundaryEvent id="x" attachedToRef="ghost"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.BoundaryUnknownActivity, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_BoundaryAttachedToEvent_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:boundaryEvent id="x" attachedToRef="end"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.BoundaryNotActivity, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_EventSubProcessWithNoneStart_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:subProcess id="x" triggeredByEvent="true">
              <bpmn:startEvent id="s2" />
            </bpmn:subProcess>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventSubProcessStart, "x", "id=\"s2\"");
    }

    [Fact]
    public void Parse_EventSubProcessWithTwoStarts_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + """
            <bpmn:subProcess id="x" triggeredByEvent="true">
              <bpmn:startEvent id="s2"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
              <bpmn:startEvent id="s3"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            </bpmn:subProcess>
            """,
            rootElements: """<bpmn:message id="m" name="m" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventSubProcessStart, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_ProcessWithoutStartEvent_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions("""<bpmn:userTask id="t" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.NoStartEvent, "p", "<bpmn:process");
    }

    [Fact]
    public void Parse_ProcessWithOnlyUnsupportedStart_HasNoExecutableStart()
    {
        // arrange
        var xml = Bpmn.Definitions("""<bpmn:startEvent id="s"><bpmn:signalEventDefinition /></bpmn:startEvent>""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.NoExecutableStart, "p", "<bpmn:process");
    }

    [Fact]
    public void Parse_NonExecutableProcess_ReportsWarningsAndStillBuilds()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:businessRuleTask id="x" /><bpmn:userTask id="u" />""", executable: false);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        var problem = Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedElement, "x", "id=\"x\"");
        Assert.Equal(BpmnProblemSeverity.Warning, problem.Severity);
        Assert.True(result.IsValid);
        Assert.True(result.Processes[0].NodesById.ContainsKey("u"));
    }

    [Fact]
    public void Parse_ManyProblems_AreAllReportedInFileOrder()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:businessRuleTask id="a" />
            <bpmn:serviceTask id="b" camunda:class="x.Y" />
            <bpmn:exclusiveGateway id="c" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Equal(["a", "b", "c"], result.Problems.Select(p => p.ElementId));
    }

    [Fact]
    public void Parse_InvalidDueDateAndRetryCycle_AreReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="x" camunda:dueDate="tomorrow">
              <bpmn:extensionElements>
                <camunda:failedJobRetryTimeCycle>five times</camunda:failedJobRetryTimeCycle>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.DateInvalid, "x", "id=\"x\"");
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.RetryCycleInvalid, "x", "five times");
    }

    [Fact]
    public void Parse_EventGatewayFollowedByTask_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:eventBasedGateway id="x" />
            <bpmn:sequenceFlow id="g1" sourceRef="x" targetRef="u" />
            <bpmn:userTask id="u" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventGatewayTarget, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_NonInterruptingErrorBoundary_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="u" />
            <bpmn:boundaryEvent id="x" attachedToRef="u" cancelActivity="false"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ErrorBoundaryNonInterrupting, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_EmbeddedSubProcessWithoutStart_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:subProcess id="x">
              <bpmn:userTask id="u" />
            </bpmn:subProcess>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.SubProcessStartMissing, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_TwoNoneStartEvents_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:startEvent id="x" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.MultipleNoneStart, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_EventSubProcessWithIncomingFlow_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + """
            <bpmn:sequenceFlow id="in" sourceRef="start" targetRef="x" />
            <bpmn:subProcess id="x" triggeredByEvent="true">
              <bpmn:startEvent id="s2"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            </bpmn:subProcess>
            """,
            rootElements: """<bpmn:message id="m" name="m" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventSubProcessFlows, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_CallActivityWithoutCalledElement_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:callActivity id="x" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.CalledElementMissing, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_CallActivityWithDeploymentBinding_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:callActivity id="x" calledElement="child" camunda:calledElementBinding="deployment" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.UnsupportedAttribute, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_FormFieldWithCustomType_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="x">
              <bpmn:extensionElements><camunda:formData>
                <camunda:formField id="f" type="com.example.Money" />
              </camunda:formData></bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.FormFieldInvalid, "x", "camunda:formField");
    }

    [Fact]
    public void Parse_MessageWithoutName_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + """<bpmn:receiveTask id="x" messageRef="m" />""",
            rootElements: """<bpmn:message id="m" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.MessageNameMissing, "x", "id=\"x\"");
    }

    [Fact]
    public void Parse_IntermediateCatchWithoutDefinition_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:intermediateCatchEvent id="x" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.EventDefinitionMissing, "x", "id=\"x\"");
    }

    /// <summary>Fails until the Jint-backed ExpressionCompiler replaces the placeholder, which cannot detect syntax errors.</summary>
    [Fact]
    public void Parse_UnparsableExpression_IsReported()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" />
            <bpmn:sequenceFlow id="x" sourceRef="gw" targetRef="end">
              <bpmn:conditionExpression>${amount >}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="end" />
            """);

        // act
        var result = new BpmnParser(new ExpressionCompiler()).Parse(xml, "test.bpmn");

        // assert
        Bpmn.AssertProblem(xml, result, BpmnProblemCodes.ExpressionSyntax, "x", "conditionExpression");
    }
}
