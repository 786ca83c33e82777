namespace Collections.Server.Tests.Staff;

/// <summary>
/// An <c>overdue-invoice</c> that opens "Call debtor" at once with the playbook's outcome form and nothing that stops
/// it (no dispute boundary), so a call task stays open beside an open dispute; a promise waits at <c>promise_wait</c>.
/// </summary>
public static class CallTaskBpmn
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
          <bpmn:process id="overdue-invoice" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call_debtor" />
            <bpmn:userTask id="call_debtor" name="Call debtor" camunda:candidateGroups="junior-collectors">
              <bpmn:extensionElements>
                <camunda:formData>
                  <camunda:formField id="callOutcome" label="Outcome" type="enum">
                    <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                    <camunda:value id="no-commitment" name="Reached, no commitment" />
                    <camunda:value id="not-reached" name="Not reached" />
                    <camunda:value id="wrong-number" name="Wrong number" />
                    <camunda:value id="promise" name="Promise to pay" />
                    <camunda:value id="payment-plan" name="Asks for a payment plan" />
                    <camunda:value id="settlement" name="Asks for a discount" />
                  </camunda:formField>
                  <camunda:formField id="reason" label="Reason" type="enum">
                    <camunda:value id="forgot" name="Forgot" />
                    <camunda:value id="unable-to-pay" name="Unable to pay" />
                  </camunda:formField>
                  <camunda:formField id="promiseDate" label="Promise date" type="date" />
                  <camunda:formField id="promiseAmount" label="Promised amount" type="decimal" />
                  <camunda:formField id="calledNumber" label="Number called" type="string" />
                  <camunda:formField id="notes" label="Notes" type="string" />
                </camunda:formData>
                <camunda:properties>
                  <camunda:property name="form" value="call-outcome" />
                  <camunda:property name="channel" value="phone" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="call_debtor" targetRef="gw" />
            <bpmn:exclusiveGateway id="gw" default="f4" />
            <bpmn:sequenceFlow id="f3" sourceRef="gw" targetRef="promise_wait"><bpmn:conditionExpression>${callOutcome == 'promise'}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f4" sourceRef="gw" targetRef="call_debtor_again" />
            <bpmn:intermediateCatchEvent id="promise_wait"><bpmn:timerEventDefinition><bpmn:timeDate>${promiseDate}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="promise_wait" targetRef="end" />
            <bpmn:userTask id="call_debtor_again" name="Call debtor again" camunda:candidateGroups="junior-collectors" />
            <bpmn:sequenceFlow id="f6" sourceRef="call_debtor_again" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
