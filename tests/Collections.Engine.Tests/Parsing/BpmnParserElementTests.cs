using Collections.Engine.Model;

namespace Collections.Engine.Tests.Parsing;

public sealed class BpmnParserElementTests
{
    [Fact]
    public void Parse_StartTaskEnd_WiresFlowsAndScope()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" name="Invoice overdue"><bpmn:documentation>Opens the case</bpmn:documentation></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:manualTask id="work" />
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
            <bpmn:endEvent id="end" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = Assert.Single(result.Processes);
        Assert.True(process.IsExecutable);
        Assert.Equal("p", process.Id);
        var start = Assert.IsType<StartEvent>(process.GetNode("start"));
        Assert.Same(start, process.NoneStartEvent);
        Assert.Equal("Opens the case", start.Documentation);
        Assert.Equal(Bpmn.LineOf(xml, "id=\"start\""), start.Line);
        var work = Assert.IsType<NoneTask>(process.GetNode("work"));
        Assert.Same(process, work.Scope);
        Assert.Equal("manualTask", work.ElementKind);
        var f1 = process.FlowsById["f1"];
        Assert.Same(start, f1.Source);
        Assert.Same(work, f1.Target);
        Assert.Equal([f1], work.Incoming);
        Assert.Equal(["f2"], work.Outgoing.Select(f => f.Id));
        Assert.Equal(3, process.Nodes.Count);
        Assert.Equal(2, process.Flows.Count);
    }

    [Fact]
    public void Parse_UserTaskWithCamundaAttributesAndForm_ReadsEverything()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:userTask id="call" name="Call debtor" camunda:assignee="${collector}" camunda:candidateGroups="seniors,juniors"
                camunda:candidateUsers="ana,luis" camunda:dueDate="P3D" camunda:followUpDate="2026-03-01T09:00:00Z" camunda:priority="70"
                camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:exclusive="false">
              <bpmn:extensionElements>
                <camunda:failedJobRetryTimeCycle>R5/PT5M</camunda:failedJobRetryTimeCycle>
                <camunda:properties><camunda:property name="stage" value="junior" /></camunda:properties>
                <camunda:formData>
                  <camunda:formField id="outcome" label="Outcome" type="enum" defaultValue="promise">
                    <camunda:value id="promise" name="Promise to pay" />
                    <camunda:value id="dispute" name="Dispute" />
                  </camunda:formField>
                  <camunda:formField id="amount" label="Amount" type="decimal">
                    <camunda:validation>
                      <camunda:constraint name="required" />
                      <camunda:constraint name="min" config="0" />
                    </camunda:validation>
                    <camunda:properties><camunda:property id="currency" value="EUR" /></camunda:properties>
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var task = Assert.IsType<UserTask>(result.Processes[0].GetNode("call"));
        Assert.Equal("${collector}", task.Assignee!.Text);
        Assert.False(task.Assignee.IsLiteral);
        Assert.Equal("seniors,juniors", task.CandidateGroups!.Text);
        Assert.Equal("ana,luis", task.CandidateUsers!.Text);
        Assert.Equal("P3D", task.DueDate!.Text);
        Assert.Equal("2026-03-01T09:00:00Z", task.FollowUpDate!.Text);
        Assert.Equal("70", task.Priority!.Text);
        Assert.True(task.AsyncBefore);
        Assert.True(task.AsyncAfter);
        Assert.False(task.Exclusive);
        Assert.Equal("R5/PT5M", task.FailedJobRetryTimeCycle);
        Assert.Equal("junior", task.Properties["stage"]);
        Assert.Equal(2, task.FormFields.Count);
        var outcome = task.FormFields[0];
        Assert.Equal(FormFieldType.Enum, outcome.Type);
        Assert.Equal("Outcome", outcome.Label);
        Assert.Equal("promise", outcome.DefaultValue!.Text);
        Assert.Equal([new FormFieldOption("promise", "Promise to pay"), new FormFieldOption("dispute", "Dispute")], outcome.Options);
        var amount = task.FormFields[1];
        Assert.Equal(FormFieldType.Decimal, amount.Type);
        Assert.True(amount.IsRequired);
        Assert.Contains(new FormFieldConstraint("min", "0"), amount.Constraints);
        Assert.Equal("EUR", amount.Properties["currency"]);
    }

    [Fact]
    public void Parse_LegacyCamundaAsync_MeansAsyncBefore()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """<bpmn:task id="t" camunda:async="true" />""");

        // act
        var task = Bpmn.Parse(xml).Processes[0].GetNode("t");

        // assert
        Assert.True(task.AsyncBefore);
        Assert.True(task.Exclusive);
    }

    [Fact]
    public void Parse_ExternalServiceAndSendTask_BecomeExternalTasks()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:serviceTask id="mail" camunda:type="external" camunda:topic="send-email" camunda:taskPriority="${prio}" />
            <bpmn:sendTask id="sms" camunda:type="external" camunda:topic="send-sms" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var mail = Assert.IsType<ExternalTask>(result.Processes[0].GetNode("mail"));
        Assert.Equal("send-email", mail.Topic.Text);
        Assert.Equal("${prio}", mail.Priority!.Text);
        var sms = Assert.IsType<ExternalTask>(result.Processes[0].GetNode("sms"));
        Assert.Equal("sendTask", sms.ElementKind);
        Assert.Null(sms.Priority);
    }

    [Fact]
    public void Parse_ScriptTask_ReadsFormatBodyAndResultVariable()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:scriptTask id="s" scriptFormat="javascript" camunda:resultVariable="total">
              <bpmn:script><![CDATA[amount * 1.21]]></bpmn:script>
            </bpmn:scriptTask>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var task = Assert.IsType<ScriptTask>(result.Processes[0].GetNode("s"));
        Assert.Equal("javascript", task.Script.Format);
        Assert.Equal("amount * 1.21", task.Script.Body);
        Assert.Equal("total", task.ResultVariable);
    }

    [Fact]
    public void Parse_ReceiveTaskAndMessageCatch_ResolveMessageNames()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + """
            <bpmn:receiveTask id="wait" messageRef="m1" />
            <bpmn:intermediateCatchEvent id="catch"><bpmn:messageEventDefinition messageRef="m2" /></bpmn:intermediateCatchEvent>
            """,
            rootElements: """
            <bpmn:message id="m1" name="payment-received" />
            <bpmn:message id="m2" name="promise-${caseId}" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("payment-received", Assert.IsType<ReceiveTask>(result.Processes[0].GetNode("wait")).MessageName?.Text);
        var catchEvent = Assert.IsType<IntermediateCatchEvent>(result.Processes[0].GetNode("catch"));
        var message = Assert.IsType<MessageEventDefinition>(catchEvent.Definition);
        Assert.Equal("promise-${caseId}", message.MessageName.Text);
        Assert.False(message.MessageName.IsLiteral);
    }

    [Fact]
    public void Parse_StartEventsOfEachKind_AreIndexedOnTheProcess()
    {
        // arrange
        var xml = Bpmn.Definitions(
            """
            <bpmn:startEvent id="none" />
            <bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
            <bpmn:startEvent id="byTimer"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            """,
            rootElements: """<bpmn:message id="m" name="invoice-overdue" />""");

        // act
        var process = Bpmn.Parse(xml).Processes[0];

        // assert
        Assert.Equal("none", process.NoneStartEvent!.Id);
        Assert.Equal("byMessage", process.MessageStartEvents["invoice-overdue"].Id);
        Assert.Equal("byTimer", Assert.Single(process.TimerStartEvents).Id);
    }

    [Theory]
    [InlineData("timeDate", "2026-05-01T10:00:00Z", TimerKind.Date)]
    [InlineData("timeDuration", "P7D", TimerKind.Duration)]
    [InlineData("timeCycle", "R3/PT1H", TimerKind.Cycle)]
    [InlineData("timeDuration", "${reminderDelay}", TimerKind.Duration)]
    public void Parse_TimerCatchEvent_ReadsKindAndValue(string element, string value, TimerKind kind)
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + $"""
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:{element}>{value}</bpmn:{element}></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var timer = Assert.IsType<TimerEventDefinition>(Assert.IsType<IntermediateCatchEvent>(result.Processes[0].GetNode("wait")).Definition);
        Assert.Equal(kind, timer.Kind);
        Assert.Equal(value, timer.Value.Text);
    }

    [Fact]
    public void Parse_BoundaryEvents_AttachInterruptingAndNot()
    {
        // arrange
        var xml = Bpmn.Definitions(
            """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:userTask id="call" />
            <bpmn:boundaryEvent id="remind" attachedToRef="call" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT4H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="failed" attachedToRef="call">
              <bpmn:errorEventDefinition errorRef="e1" camunda:errorCodeVariable="code" camunda:errorMessageVariable="msg" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="remind" targetRef="end" />
            <bpmn:endEvent id="end" />
            """,
            rootElements: """<bpmn:error id="e1" name="Unreachable" errorCode="DEBTOR_UNREACHABLE" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = result.Processes[0];
        var call = Assert.IsType<UserTask>(process.GetNode("call"));
        var remind = Assert.IsType<BoundaryEvent>(process.GetNode("remind"));
        var failed = Assert.IsType<BoundaryEvent>(process.GetNode("failed"));
        Assert.Equal([remind, failed], call.BoundaryEvents);
        Assert.Same(call, remind.AttachedTo);
        Assert.False(remind.CancelActivity);
        Assert.True(failed.CancelActivity);
        Assert.Contains(remind, process.Nodes);
        Assert.Same(process, remind.Scope);
        Assert.Equal("end", Assert.Single(remind.Outgoing).Target.Id);
        var error = Assert.IsType<ErrorEventDefinition>(failed.Definition);
        Assert.Equal("DEBTOR_UNREACHABLE", error.ErrorCode);
        Assert.Equal("code", error.ErrorCodeVariable);
        Assert.Equal("msg", error.ErrorMessageVariable);
    }

    [Fact]
    public void Parse_MessageBoundaryAndErrorEnd_AreRead()
    {
        // arrange
        var xml = Bpmn.Definitions(
            """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sub" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="s2" />
              <bpmn:sequenceFlow id="i1" sourceRef="s2" targetRef="fail" />
              <bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="e" /></bpmn:endEvent>
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="paid" attachedToRef="sub"><bpmn:messageEventDefinition messageRef="m" /></bpmn:boundaryEvent>
            """,
            rootElements: """
            <bpmn:message id="m" name="payment-received" />
            <bpmn:error id="e" errorCode="PLAN_BROKEN" />
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = result.Processes[0];
        var paid = Assert.IsType<BoundaryEvent>(process.GetNode("paid"));
        Assert.Equal("payment-received", Assert.IsType<MessageEventDefinition>(paid.Definition).MessageName.Text);
        Assert.Equal("sub", paid.AttachedTo.Id);
        var fail = Assert.IsType<EndEvent>(process.GetNode("fail"));
        Assert.Equal("PLAN_BROKEN", Assert.IsType<ErrorEventDefinition>(fail.Definition).ErrorCode);
        Assert.Equal(Bpmn.LineOf(xml, "errorEventDefinition"), fail.Definition!.Line);
    }

    [Fact]
    public void Parse_EventSubProcess_HasTriggerStartAndIsIndexed()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd + """
            <bpmn:subProcess id="onDispute" triggeredByEvent="true">
              <bpmn:startEvent id="disputeStart" isInterrupting="false"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="d1" sourceRef="disputeStart" targetRef="review" />
              <bpmn:userTask id="review" />
            </bpmn:subProcess>
            """,
            rootElements: """<bpmn:message id="m" name="dispute-opened" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = result.Processes[0];
        var sub = Assert.IsType<SubProcess>(process.GetNode("onDispute"));
        Assert.True(sub.TriggeredByEvent);
        Assert.Equal([sub], process.EventSubProcesses);
        Assert.Equal("disputeStart", sub.TriggerStartEvent!.Id);
        Assert.False(sub.TriggerStartEvent.IsInterrupting);
        Assert.Same(sub, process.GetNode("review").Scope);
        Assert.Contains(process.FlowsById["d1"], sub.Flows);
        Assert.Empty(process.MessageStartEvents);
    }

    [Fact]
    public void Parse_EmbeddedSubProcess_NestsNodesAndDefaultFlows()
    {
        // arrange
        var xml = Bpmn.Definitions("""
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sub" />
            <bpmn:subProcess id="sub" default="f3">
              <bpmn:startEvent id="innerStart" />
              <bpmn:sequenceFlow id="i1" sourceRef="innerStart" targetRef="gw" />
              <bpmn:exclusiveGateway id="gw" default="i3" />
              <bpmn:sequenceFlow id="i2" sourceRef="gw" targetRef="innerEnd"><bpmn:conditionExpression>${amount &gt; 1000}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="i3" sourceRef="gw" targetRef="innerEnd"><bpmn:conditionExpression language="javascript">amount &lt;= 1000</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:endEvent id="innerEnd" />
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="f3" sourceRef="sub" targetRef="end" />
            <bpmn:endEvent id="end"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = result.Processes[0];
        var sub = Assert.IsType<SubProcess>(process.GetNode("sub"));
        Assert.Equal("innerStart", sub.NoneStartEvent!.Id);
        Assert.Equal(3, sub.Nodes.Count);
        Assert.DoesNotContain(process.GetNode("gw"), process.Nodes);
        Assert.Same(sub, process.GetNode("gw").Scope);
        Assert.Equal("f3", sub.DefaultFlow!.Id);
        var gw = Assert.IsType<ExclusiveGateway>(process.GetNode("gw"));
        Assert.Equal("i3", gw.DefaultFlow!.Id);
        Assert.Equal("${amount > 1000}", process.FlowsById["i2"].Condition!.Expression!.Text);
        Assert.Null(process.FlowsById["i2"].Condition!.Script);
        Assert.Equal("amount <= 1000", process.FlowsById["i3"].Condition!.Script!.Body);
        Assert.IsType<TerminateEventDefinition>(Assert.IsType<EndEvent>(process.GetNode("end")).Definition);
        Assert.Equal(["f1", "f3"], process.Flows.Select(f => f.Id));
        Assert.Equal(["i1", "i2", "i3"], sub.Flows.Select(f => f.Id));
        Assert.Equal(5, process.FlowsById.Count);
    }

    [Fact]
    public void Parse_CallActivity_ReadsBindingAndMappings()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:callActivity id="legal" calledElement="legal-warning" camunda:calledElementBinding="version" camunda:calledElementVersion="3">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in source="amount" target="claimed" />
                <camunda:in sourceExpression="${amount * 2}" target="doubled" local="true" />
                <camunda:in variables="all" />
                <camunda:out source="verdict" target="legalVerdict" />
              </bpmn:extensionElements>
            </bpmn:callActivity>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var call = Assert.IsType<CallActivity>(result.Processes[0].GetNode("legal"));
        Assert.Equal("legal-warning", call.CalledElement.Text);
        Assert.Equal(CalledElementBinding.Version, call.Binding);
        Assert.Equal("3", call.Version!.Text);
        Assert.Equal("#{execution.processBusinessKey}", call.BusinessKey!.Text);
        Assert.Equal(3, call.InMappings.Count);
        Assert.Equal(new VariableMapping("amount", null, "claimed", false, false), call.InMappings[0]);
        Assert.Equal("${amount * 2}", call.InMappings[1].SourceExpression!.Text);
        Assert.True(call.InMappings[1].Local);
        Assert.True(call.InMappings[2].AllVariables);
        Assert.Equal(new VariableMapping("verdict", null, "legalVerdict", false, false), Assert.Single(call.OutMappings));
    }

    [Fact]
    public void Parse_InputOutput_ReadsTextScriptListAndMap()
    {
        // arrange
        var xml = Bpmn.Definitions(Bpmn.StartToEnd + """
            <bpmn:task id="t">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="text">${amount}</camunda:inputParameter>
                  <camunda:inputParameter name="script"><camunda:script scriptFormat="javascript">amount + 1</camunda:script></camunda:inputParameter>
                  <camunda:inputParameter name="list">
                    <camunda:list><camunda:value>a</camunda:value><camunda:value>${b}</camunda:value></camunda:list>
                  </camunda:inputParameter>
                  <camunda:inputParameter name="map">
                    <camunda:map><camunda:entry key="k1">v1</camunda:entry><camunda:entry key="k2"><camunda:list><camunda:value>x</camunda:value></camunda:list></camunda:entry></camunda:map>
                  </camunda:inputParameter>
                  <camunda:outputParameter name="result">${out}</camunda:outputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:task>
            """);

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var io = result.Processes[0].GetNode("t").InputOutput;
        Assert.Equal(["text", "script", "list", "map"], io.Inputs.Select(p => p.Name));
        Assert.Equal("${amount}", Assert.IsType<ExpressionParameterValue>(io.Inputs[0].Value).Expression.Text);
        Assert.Equal("amount + 1", Assert.IsType<ScriptParameterValue>(io.Inputs[1].Value).Script.Body);
        var list = Assert.IsType<ListParameterValue>(io.Inputs[2].Value);
        Assert.Equal(["a", "${b}"], list.Items.Select(i => Assert.IsType<ExpressionParameterValue>(i).Expression.Text));
        var map = Assert.IsType<MapParameterValue>(io.Inputs[3].Value);
        Assert.Equal(["k1", "k2"], map.Entries.Select(e => e.Key));
        Assert.Equal("v1", Assert.IsType<ExpressionParameterValue>(map.Entries[0].Value).Expression.Text);
        Assert.Single(Assert.IsType<ListParameterValue>(map.Entries[1].Value).Items);
        Assert.Equal("result", Assert.Single(io.Outputs).Name);
    }

    [Fact]
    public void Parse_GatewaysAndThrowEvent_BecomeTheirModelClasses()
    {
        // arrange
        var xml = Bpmn.Definitions(
            """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="incl" />
            <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="milestone" />
            <bpmn:intermediateThrowEvent id="milestone" />
            <bpmn:inclusiveGateway id="incl" />
            <bpmn:sequenceFlow id="f4" sourceRef="incl" targetRef="race" />
            <bpmn:eventBasedGateway id="race" />
            <bpmn:sequenceFlow id="f5" sourceRef="race" targetRef="paid" />
            <bpmn:sequenceFlow id="f6" sourceRef="race" targetRef="timeout" />
            <bpmn:receiveTask id="paid" messageRef="m" />
            <bpmn:intermediateCatchEvent id="timeout"><bpmn:timerEventDefinition><bpmn:timeDuration>P7D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:laneSet id="ls"><bpmn:lane id="lane1" /></bpmn:laneSet>
            <bpmn:textAnnotation id="note"><bpmn:text>ignored</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="a1" sourceRef="fork" targetRef="note" />
            <bpmn:dataObject id="do1" />
            """,
            rootElements: """<bpmn:message id="m" name="paid" />""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = result.Processes[0];
        Assert.IsType<ParallelGateway>(process.GetNode("fork"));
        Assert.IsType<InclusiveGateway>(process.GetNode("incl"));
        Assert.IsType<EventBasedGateway>(process.GetNode("race"));
        Assert.Null(Assert.IsType<IntermediateThrowEvent>(process.GetNode("milestone")).Definition);
        Assert.False(process.NodesById.ContainsKey("note"));
    }

    [Fact]
    public void Parse_NonExecutableProcessWithCollaboration_IsBuiltAndFlagged()
    {
        // arrange
        var xml = Bpmn.Definitions(
            Bpmn.StartToEnd,
            executable: false,
            rootElements: """<bpmn:collaboration id="c"><bpmn:participant id="pa" processRef="p" /></bpmn:collaboration>""");

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Empty(result.Problems);
        Assert.False(Assert.Single(result.Processes).IsExecutable);
    }

    [Fact]
    public void Parse_OtherPrefixAndVersionTag_AreRead()
    {
        // arrange
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:c="http://camunda.org/schema/1.0/bpmn" xmlns:x="urn:other" id="d">
              <process id="p" isExecutable="true" c:versionTag="2026.1" c:historyTimeToLive="P30D" x:anything="ignored">
                <startEvent id="s" c:initiator="me" />
                <sequenceFlow id="f" sourceRef="s" targetRef="u" />
                <userTask id="u" c:assignee="demo"><extensionElements><x:foo /></extensionElements></userTask>
              </process>
            </definitions>
            """;

        // act
        var result = Bpmn.Parse(xml);

        // assert
        Assert.Empty(result.Problems);
        Assert.Equal("2026.1", result.Processes[0].VersionTag);
        Assert.Equal("demo", Assert.IsType<UserTask>(result.Processes[0].GetNode("u")).Assignee!.Text);
    }
}
