// Unit tests of the version view's change list in words (src/diff-wording.ts). Run with `npm test`: esbuild bundles
// this file for Node and node:test runs it; the two versions are parsed by the same bpmn-moddle + camunda schema the
// viewer uses, and compared by the same bpmn-js-differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BpmnModdle } from 'bpmn-moddle';
import camundaSchema from 'camunda-bpmn-moddle/resources/camunda.json';
import { diff } from 'bpmn-js-differ';
import { describeChanges, type ChangeLine } from '../src/diff-wording';
import { uiDetailsEn, uiDetailsEs } from '../src/i18n-ui-details';

const translator = (dictionary: Record<string, string>) => (key: string, ...args: (string | number)[]) =>
  args.reduce<string>((s, a, i) => s.replace(`{${i}}`, String(a)), dictionary[key] ?? key);

interface Version { timer: string; group: string; condition: string; fieldLabel: string; extraTask: boolean; waitName: string }

const v1: Version = { timer: '${juniorCallDelay}', group: 'junior-collectors', condition: '${amount > 1000}', fieldLabel: 'Fecha prometida', extraTask: false, waitName: 'Wait before calling' };

function xml(v: Version): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://collections.dev/test">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="Start" name="Invoice overdue" />
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Wait" />
    <bpmn:intermediateCatchEvent id="Wait" name="${v.waitName}">
      <bpmn:timerEventDefinition id="Wait_timer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${v.timer}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="Wait" targetRef="Big" />
    <bpmn:exclusiveGateway id="Big" name="Large amount?" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="Big" targetRef="Call">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${v.condition.replace('>', '&gt;')}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="Big" targetRef="End" />
    <bpmn:userTask id="Call" name="Call debtor" camunda:candidateGroups="${v.group}">
      <bpmn:extensionElements><camunda:formData>
        <camunda:formField id="promiseDate" label="${v.fieldLabel}" type="date" />
      </camunda:formData></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f5" sourceRef="Call" targetRef="End" />
    ${v.extraTask ? '<bpmn:userTask id="Review" name="Review case" />' : ''}
    <bpmn:endEvent id="End" />
  </bpmn:process>
</bpmn:definitions>`;
}

async function changes(from: Version, to: Version, dictionary: Record<string, string>): Promise<ChangeLine[]> {
  const moddle = new BpmnModdle({ camunda: camundaSchema });
  const before = (await moddle.fromXML(xml(from))).rootElement;
  const after = (await moddle.fromXML(xml(to))).rootElement;
  return describeChanges(before, after, diff(before, after), translator(dictionary));
}

const byId = (lines: ChangeLine[], id: string) => lines.find((l) => l.id === id);

test('describeChanges_TimerValueChanged_NamesTheEventAndBothValues', async () => {
  const lines = await changes(v1, { ...v1, timer: 'PT2M' }, uiDetailsEn);

  assert.deepEqual(byId(lines, 'Wait'), { kind: 'changed', id: 'Wait', element: 'Wait before calling', type: 'Wait event', details: ['Timer: ${juniorCallDelay} → PT2M'] });
  assert.equal(lines.length, 1);
});

test('describeChanges_SpanishReader_SaysItInSpanish', async () => {
  const lines = await changes(v1, { ...v1, timer: 'PT2M', group: 'senior-collectors' }, uiDetailsEs);

  assert.deepEqual(byId(lines, 'Wait')?.details, ['Temporizador: ${juniorCallDelay} → PT2M']);
  assert.equal(byId(lines, 'Wait')?.type, 'Evento de espera');
  assert.deepEqual(byId(lines, 'Call')?.details, ['Grupos candidatos: junior-collectors → senior-collectors']);
  assert.equal(byId(lines, 'Call')?.type, 'Tarea de usuario');
});

test('describeChanges_ConditionOfUnnamedFlow_NamesTheFlowByItsEnds', async () => {
  const lines = await changes(v1, { ...v1, condition: '${amount > 5000}' }, uiDetailsEn);

  assert.deepEqual(byId(lines, 'f3'), {
    kind: 'changed', id: 'f3', element: 'Flow from “Large amount?” to “Call debtor”', type: 'Flow',
    details: ['Condition: ${amount > 1000} → ${amount > 5000}'],
  });
});

test('describeChanges_FormFieldRelabelled_OneChangeNamedByTheNewLabel', async () => {
  const lines = await changes(v1, { ...v1, fieldLabel: 'Fecha de la promesa' }, uiDetailsEs);

  assert.deepEqual(byId(lines, 'Call')?.details, ['Campo del formulario «Fecha de la promesa»: Fecha prometida · fecha → Fecha de la promesa · fecha']);
});

test('describeChanges_TaskAddedAndEventRenamed_ListsAddedFirstAndNeverARawPath', async () => {
  const lines = await changes(v1, { ...v1, extraTask: true, waitName: 'Wait two days' }, uiDetailsEn);

  assert.deepEqual(lines.map((l) => [l.kind, l.element]), [['added', 'Review case'], ['changed', 'Wait two days']]);
  assert.deepEqual(byId(lines, 'Wait')?.details, ['Name: Wait before calling → Wait two days']);
  const text = JSON.stringify(lines.map((l) => [l.element, l.type, l.details]));
  assert.doesNotMatch(text, /bpmn:|eventDefinitions|\[0\]|TimerEventDefinition|UserTask/);
});

test('describeChanges_UnnamedEndEventRemoved_SaysWhatItWas', async () => {
  const lines = await changes({ ...v1, extraTask: true }, v1, uiDetailsEn);

  assert.deepEqual(lines.map((l) => [l.kind, l.element, l.type]), [['removed', 'Review case', 'User task']]);
});
