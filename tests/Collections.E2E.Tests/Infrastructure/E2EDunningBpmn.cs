namespace Collections.E2E.Tests.Infrastructure;

/// <summary>
/// A fuller collection plan for the versioning tests (issue 8): friendly e-mail, a 7-day wait, the junior call, the
/// senior call, then the warning e-mail. <see cref="Reordered"/> is what the process owner makes of it: a 3-day wait
/// and the warning e-mail before the senior call. E-mails are external <c>send-email</c> tasks the tests complete as a
/// worker (the E2E environment runs no outreach workers).
/// </summary>
public static class E2EDunningBpmn
{
    public const string Key = "e2e-dunning";

    /// <summary>Version 1: Start → FriendlyEmail → WaitJunior (P7D) → JuniorCall → SeniorCall → WarningEmail → End.</summary>
    public static string Original(string key = Key) => Diagram(key, "P7D", seniorX: 650, warningX: 810, """
        <bpmn:sequenceFlow id="f4" sourceRef="JuniorCall" targetRef="SeniorCall" />
        <bpmn:sequenceFlow id="f5" sourceRef="SeniorCall" targetRef="WarningEmail" />
        <bpmn:sequenceFlow id="f6" sourceRef="WarningEmail" targetRef="End" />
        """, """
        <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="590" y="120" /><di:waypoint x="650" y="120" /></bpmndi:BPMNEdge>
        <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="750" y="120" /><di:waypoint x="810" y="120" /></bpmndi:BPMNEdge>
        <bpmndi:BPMNEdge id="f6_di" bpmnElement="f6"><di:waypoint x="910" y="120" /><di:waypoint x="972" y="120" /></bpmndi:BPMNEdge>
        """);

    /// <summary>Version 2: a 3-day wait, and JuniorCall → WarningEmail → SeniorCall → End.</summary>
    public static string Reordered(string key = Key) => Diagram(key, "P3D", seniorX: 810, warningX: 650, """
        <bpmn:sequenceFlow id="f4" sourceRef="JuniorCall" targetRef="WarningEmail" />
        <bpmn:sequenceFlow id="f5" sourceRef="WarningEmail" targetRef="SeniorCall" />
        <bpmn:sequenceFlow id="f6" sourceRef="SeniorCall" targetRef="End" />
        """, """
        <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="590" y="120" /><di:waypoint x="650" y="120" /></bpmndi:BPMNEdge>
        <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="750" y="120" /><di:waypoint x="810" y="120" /></bpmndi:BPMNEdge>
        <bpmndi:BPMNEdge id="f6_di" bpmnElement="f6"><di:waypoint x="910" y="120" /><di:waypoint x="972" y="120" /></bpmndi:BPMNEdge>
        """);

    private static string Diagram(string key, string juniorDelay, int seniorX, int warningX, string tailFlows, string tailEdges) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_dunning" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="{key}" name="E2E dunning" isExecutable="true">
            <bpmn:startEvent id="Start" name="Invoice overdue" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="FriendlyEmail" />
            <bpmn:sendTask id="FriendlyEmail" name="Send friendly e-mail" camunda:type="external" camunda:topic="send-email" />
            <bpmn:sequenceFlow id="f2" sourceRef="FriendlyEmail" targetRef="WaitJunior" />
            <bpmn:intermediateCatchEvent id="WaitJunior" name="Junior-call wait">
              <bpmn:timerEventDefinition id="WaitJuniorTimer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{juniorDelay}</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="WaitJunior" targetRef="JuniorCall" />
            <bpmn:userTask id="JuniorCall" name="Junior call" camunda:candidateGroups="junior-collectors" />
            <bpmn:userTask id="SeniorCall" name="Senior call" camunda:candidateGroups="senior-collectors" />
            <bpmn:sendTask id="WarningEmail" name="Send warning e-mail" camunda:type="external" camunda:topic="send-email" />
            <bpmn:endEvent id="End" name="Plan finished" />
        {tailFlows}
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_dunning">
            <bpmndi:BPMNPlane id="Plane_dunning" bpmnElement="{key}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="FriendlyEmail_di" bpmnElement="FriendlyEmail"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="WaitJunior_di" bpmnElement="WaitJunior"><dc:Bounds x="402" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="JuniorCall_di" bpmnElement="JuniorCall"><dc:Bounds x="490" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="SeniorCall_di" bpmnElement="SeniorCall"><dc:Bounds x="{seniorX}" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="WarningEmail_di" bpmnElement="WarningEmail"><dc:Bounds x="{warningX}" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="972" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="120" /><di:waypoint x="402" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="438" y="120" /><di:waypoint x="490" y="120" /></bpmndi:BPMNEdge>
        {tailEdges}
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
