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

    public const string CallCaseProcessKey = "e2e-call";

    /// <summary>
    /// A case's process for the call tests: "Call debtor" with the playbook's outcome form (call-outcome, phone); a
    /// promise waits at <c>promise_wait</c> until the promised date, anything else ends. The task's name, the outcome's
    /// label and its promise value are declared in es and en; its business stage is junior-call.
    /// </summary>
    public const string CallCase = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_e2e_call" targetNamespace="http://collections.dev/e2e">
          <bpmn:process id="e2e-call" name="E2E call" isExecutable="true">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="name.es" value="Llamada de prueba" />
                <camunda:property name="name.en" value="E2E call" />
              </camunda:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="start" name="Case opened" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call_debtor" />
            <bpmn:userTask id="call_debtor" name="Call debtor" camunda:candidateGroups="junior-collectors" camunda:priority="60">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="callOutcome" label="Resultado" type="enum">
                    <camunda:properties>
                      <camunda:property id="label.es" value="Resultado" />
                      <camunda:property id="label.en" value="Outcome" />
                      <camunda:property id="value.promise.es" value="Promesa de pago" />
                      <camunda:property id="value.promise.en" value="Promise to pay" />
                    </camunda:properties>
                    <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                    <camunda:value id="no-commitment" name="Contactado, sin compromiso" />
                    <camunda:value id="not-reached" name="No contactado" />
                    <camunda:value id="wrong-number" name="Número equivocado" />
                    <camunda:value id="promise" name="Promesa de pago" />
                    <camunda:value id="payment-plan" name="Pide plan de pagos" />
                    <camunda:value id="settlement" name="Pide descuento" />
                  </camunda:formField>
                  <camunda:formField id="reason" label="Motivo del impago" type="enum">
                    <camunda:value id="forgot" name="Olvido" />
                    <camunda:value id="unable-to-pay" name="No puede pagar" />
                    <camunda:value id="not-received" name="Factura no recibida" />
                  </camunda:formField>
                  <camunda:formField id="promiseDate" label="Fecha prometida" type="date" />
                  <camunda:formField id="promiseAmount" label="Monto prometido" type="decimal">
                    <camunda:validation><camunda:constraint name="min" config="0.01" /></camunda:validation>
                  </camunda:formField>
                  <camunda:formField id="calledNumber" label="Número marcado" type="string" />
                  <camunda:formField id="notes" label="Notas" type="string" />
                </camunda:formData>
                <camunda:properties>
                  <camunda:property name="form" value="call-outcome" />
                  <camunda:property name="channel" value="phone" />
                  <camunda:property name="name.es" value="Llamar al deudor" />
                  <camunda:property name="name.en" value="Call debtor" />
                  <camunda:property name="stage" value="junior-call" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="call_debtor" targetRef="gw_promise" />
            <bpmn:exclusiveGateway id="gw_promise" name="Promise?" default="f4" />
            <bpmn:sequenceFlow id="f3" sourceRef="gw_promise" targetRef="promise_wait" name="Yes">
              <bpmn:conditionExpression>${callOutcome == 'promise'}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f4" sourceRef="gw_promise" targetRef="end_no_promise" name="No" />
            <bpmn:intermediateCatchEvent id="promise_wait" name="Promised date">
              <bpmn:timerEventDefinition><bpmn:timeDate>${promiseDate}</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="promise_wait" targetRef="end_kept" />
            <bpmn:endEvent id="end_kept" name="Promise date reached" />
            <bpmn:endEvent id="end_no_promise" name="No promise" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_call">
            <bpmndi:BPMNPlane id="Plane_call" bpmnElement="e2e-call">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="call_debtor_di" bpmnElement="call_debtor"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="gw_promise_di" bpmnElement="gw_promise" isMarkerVisible="true"><dc:Bounds x="412" y="95" width="50" height="50" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="promise_wait_di" bpmnElement="promise_wait"><dc:Bounds x="532" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_kept_di" bpmnElement="end_kept"><dc:Bounds x="632" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_no_promise_di" bpmnElement="end_no_promise"><dc:Bounds x="532" y="212" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="462" y="120" /><di:waypoint x="532" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="437" y="145" /><di:waypoint x="437" y="230" /><di:waypoint x="532" y="230" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="568" y="120" /><di:waypoint x="632" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
