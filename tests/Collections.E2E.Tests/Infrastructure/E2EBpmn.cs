namespace Collections.E2E.Tests.Infrastructure;

/// <summary>The diagrams the browser tests deploy and draw.</summary>
public static class E2EBpmn
{
    public const string ProcessKey = "e2e-collection";

    /// <summary>Start, "Call debtor" for the junior collectors with a form, end.</summary>
    public const string CallDebtor = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_e2e" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-collection" name="E2E collection" isExecutable="true">
            <bpmn:startEvent id="Start" name="Invoice overdue" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="CallDebtor" />
            <bpmn:userTask id="CallDebtor" name="Call debtor" camunda:candidateGroups="junior-collectors" camunda:priority="70"
              camunda:dueDate="2030-01-15T09:00:00Z">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="outcome" label="Outcome" type="enum">
                    <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                    <camunda:value id="promise" name="Promise to pay" />
                    <camunda:value id="no-answer" name="No answer" />
                  </camunda:formField>
                  <camunda:formField id="promisedAmount" label="Promised amount" type="decimal">
                    <camunda:validation><camunda:constraint name="min" config="1" /></camunda:validation>
                  </camunda:formField>
                  <camunda:formField id="notes" label="Notes" type="string">
                    <camunda:validation><camunda:constraint name="maxlength" config="200" /></camunda:validation>
                  </camunda:formField>
                </camunda:formData>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="CallDebtor" targetRef="End" />
            <bpmn:endEvent id="End" name="Case closed" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram">
            <bpmndi:BPMNPlane id="Plane" bpmnElement="e2e-collection">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="CallDebtor_di" bpmnElement="CallDebtor"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    /// <summary>The same process with an internal (non-external) service task and a gateway without outgoing flow.</summary>
    public const string Invalid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_e2e" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-collection" name="E2E collection" isExecutable="true">
            <bpmn:startEvent id="Start" name="Invoice overdue" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="ChargeCard" />
            <bpmn:serviceTask id="ChargeCard" name="Charge card" camunda:class="com.example.Charge" />
            <bpmn:sequenceFlow id="f2" sourceRef="ChargeCard" targetRef="Decide" />
            <bpmn:exclusiveGateway id="Decide" name="Paid?" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram">
            <bpmndi:BPMNPlane id="Plane" bpmnElement="e2e-collection">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="ChargeCard_di" bpmnElement="ChargeCard"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Decide_di" bpmnElement="Decide" isMarkerVisible="true"><dc:Bounds x="412" y="95" width="50" height="50" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
