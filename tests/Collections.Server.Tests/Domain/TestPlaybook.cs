namespace Collections.Server.Tests.Domain;

/// <summary>
/// A small <c>overdue-invoice</c> standing in for the playbook: outreach waits in <c>collect</c>; messages
/// payment-received (ends), partial-payment (non-interrupting), dispute-opened (pauses in <c>dispute-wait</c> until
/// dispute-resolved) and promise-made (waits to <c>${promiseDate}</c>, then ends as kept or escalates). Business
/// stages: <c>collect</c> is junior-call, <c>dispute-wait</c> dispute, <c>promise-wait</c> promise, <c>escalate</c> senior-call.
/// </summary>
public static class TestPlaybook
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="defs" targetNamespace="http://collections.test">
          <bpmn:message id="mPaid" name="payment-received" />
          <bpmn:message id="mPartial" name="partial-payment" />
          <bpmn:message id="mDispute" name="dispute-opened" />
          <bpmn:message id="mResolved" name="dispute-resolved" />
          <bpmn:message id="mPromise" name="promise-made" />
          <bpmn:process id="overdue-invoice" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="collect" />
            <bpmn:userTask id="collect" name="Collect" camunda:candidateGroups="collectors"><bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="junior-call" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>
            <bpmn:boundaryEvent id="onPaid" attachedToRef="collect"><bpmn:messageEventDefinition messageRef="mPaid" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="onPaid" targetRef="paid" />
            <bpmn:endEvent id="paid" />
            <bpmn:boundaryEvent id="onPartial" attachedToRef="collect" cancelActivity="false"><bpmn:messageEventDefinition messageRef="mPartial" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="onPartial" targetRef="partialNoted" />
            <bpmn:endEvent id="partialNoted" />
            <bpmn:boundaryEvent id="onDispute" attachedToRef="collect"><bpmn:messageEventDefinition messageRef="mDispute" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="onDispute" targetRef="dispute-wait" />
            <bpmn:receiveTask id="dispute-wait" messageRef="mResolved"><bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="dispute" /></camunda:properties></bpmn:extensionElements></bpmn:receiveTask>
            <bpmn:sequenceFlow id="f5" sourceRef="dispute-wait" targetRef="collect" />
            <bpmn:boundaryEvent id="onPromise" attachedToRef="collect"><bpmn:messageEventDefinition messageRef="mPromise" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f6" sourceRef="onPromise" targetRef="promise-wait" />
            <bpmn:intermediateCatchEvent id="promise-wait"><bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="promise" /></camunda:properties></bpmn:extensionElements><bpmn:timerEventDefinition><bpmn:timeDate>${promiseDate}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f7" sourceRef="promise-wait" targetRef="check" />
            <bpmn:exclusiveGateway id="check" default="broken" />
            <bpmn:sequenceFlow id="kept" sourceRef="check" targetRef="keptEnd"><bpmn:conditionExpression>${promiseKept}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:endEvent id="keptEnd" />
            <bpmn:sequenceFlow id="broken" sourceRef="check" targetRef="escalate" />
            <bpmn:userTask id="escalate" name="Escalate broken promise"><bpmn:extensionElements><camunda:properties><camunda:property name="stage" value="senior-call" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
