// What changed between two versions of a process, in words a process owner reads: the element by its name (or what it
// is, e.g. "flow from Call to Wait"), then what changed in it (timer, condition, assignee, form field …) with the old
// and the new value. Raw property paths and BPMN type names never reach the page.
//
// The facts are read from both versions' models directly: bpmn-js-differ reports a change inside a nested object
// (a timer's duration, a form field's label) against an untracked object and drops it, and reports an added event
// definition as "eventDefinitions[0]". This module depends on no page state (the translator is passed in), so it runs
// in the unit tests under Node too.
import type { Changes } from 'bpmn-js-differ';

export type Translate = (key: string, ...args: (string | number)[]) => string;
export type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';

/** One line of the change list: the element in words and, for a changed element, each change in words. */
export interface ChangeLine { kind: ChangeKind; id: string; element: string; type: string; details: string[] }

/** The part of a moddle element this module reads (bpmn-moddle objects, typed loosely). */
interface Bo { $type: string; id?: string; name?: string; get?(name: string): unknown; [key: string]: unknown }

const maxValue = 80;

/** Kinds of element listed as their own line (the ones drawn on the diagram). */
const listed = /^bpmn:(\w*(Task|Event|Gateway)|SubProcess|Transaction|CallActivity|SequenceFlow|MessageFlow|Lane|Participant|TextAnnotation|DataObjectReference|DataStoreReference)$/;

const order: ChangeKind[] = ['added', 'removed', 'changed', 'layout'];

/** Lists the changes from <paramref name="before"/> to <paramref name="after"/> (bpmn-moddle definitions). */
/** <paramref>language</paramref> picks the elements' per-language names (`name.es`, `name.en` properties) when they have them. */
export function describeChanges(before: unknown, after: unknown, differ: Changes, t: Translate, language?: string): ChangeLine[] {
  const old = index(before);
  const now = index(after);
  const lines: ChangeLine[] = [];
  for (const [id, bo] of now) {
    const previous = old.get(id);
    if (!previous) {
      lines.push(line('added', id, bo, [], t, language));
      continue;
    }
    const details = compare(facts(previous, t), facts(bo, t));
    if (details.length > 0) lines.push(line('changed', id, bo, details, t, language));
    else if (id in differ._changed) lines.push(line('changed', id, bo, [t('diff.other')], t, language));
    else if (id in differ._layoutChanged) lines.push(line('layout', id, bo, [t('diff.moved')], t, language));
  }
  for (const [id, bo] of old) if (!now.has(id)) lines.push(line('removed', id, bo, [], t, language));
  return lines.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.element.localeCompare(b.element));
}

function line(kind: ChangeKind, id: string, bo: Bo, details: string[], t: Translate, language?: string): ChangeLine {
  return { kind, id, element: describeElement(bo, t, language), type: typeWord(bo.$type, t), details };
}

/** The element as a reader knows it: its name, a flow by its ends, else what it is. */
export function describeElement(bo: Bo, t: Translate, language?: string): string {
  const translated = language ? extensions(bo, 'camunda:Properties').flatMap((p) => list(p.values)).find((p) => p.name === `name.${language}`)?.value : undefined;
  if (typeof translated === 'string' && translated.trim()) return translated.trim();
  if (typeof bo.name === 'string' && bo.name.trim()) return bo.name.trim();
  if (bo.$type === 'bpmn:SequenceFlow' || bo.$type === 'bpmn:MessageFlow') {
    const end = (x: unknown) => (x && typeof x === 'object' ? describeElement(x as Bo, t, language) : '—');
    return t('diff.flowBetween', end(bo.sourceRef), end(bo.targetRef));
  }
  return t('diff.unnamed', typeWord(bo.$type, t));
}

/** "User task", "Timer" … for a BPMN type; "element" for one this file does not name. */
export function typeWord(type: string, t: Translate): string {
  const key = `bpmnType.${type.replace(/^bpmn:/, '')}`;
  const word = t(key);
  return word === key ? t('bpmnType.other') : word;
}

function index(definitions: unknown): Map<string, Bo> {
  const found = new Map<string, Bo>();
  const visit = (bo: Bo | undefined): void => {
    if (!bo || typeof bo !== 'object') return;
    if (bo.id && listed.test(bo.$type)) found.set(bo.id, bo);
    for (const child of [...list(bo.rootElements), ...list(bo.flowElements), ...list(bo.artifacts), ...list(bo.participants),
      ...list(bo.messageFlows), ...list(bo.laneSets).flatMap((s) => list(s.lanes))]) visit(child);
    if (bo.$type === 'bpmn:Participant') visit(bo.processRef as Bo | undefined);
  };
  visit(definitions as Bo);
  return found;
}

function list(value: unknown): Bo[] {
  return Array.isArray(value) ? (value as Bo[]) : [];
}

/** Reads a camunda extension attribute, whether the object is a moddle element or plain data. */
function attr(bo: Bo, name: string): unknown {
  return typeof bo.get === 'function' ? bo.get(`camunda:${name}`) : bo[name];
}

function body(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return (value as { body?: string }).body;
  return String(value);
}

function extensions(bo: Bo, type: string): Bo[] {
  const values = (bo.extensionElements as { values?: Bo[] } | undefined)?.values ?? [];
  return values.filter((v) => v.$type === type);
}

/** A fact shown as its value and compared by its identity: a flow's end renamed does not change the flow. */
interface Fact { label: string; value: string; identity: string }

/**
 * The settings of one element a process owner cares about, keyed by what they are (a form field by its id, so a
 * renamed field reads as one change), each with its label in the reader's words.
 */
function facts(bo: Bo, t: Translate): Map<string, Fact> {
  const out = new Map<string, Fact>();
  const put = (label: string, value: unknown, key = label) => {
    const text = value === undefined || value === null ? '' : typeof value === 'boolean' ? t(value ? 'diff.yes' : 'diff.no') : String(value).trim();
    if (text) out.set(key, { label, value: text, identity: text });
  };
  /** A reference to another element: shown by that element's name, compared by its id. */
  const ref = (label: string, target: unknown) => {
    if (target && typeof target === 'object') out.set(label, { label, value: describeElement(target as Bo, t), identity: String((target as Bo).id) });
  };
  put(t('diff.fact.name'), bo.name);
  for (const def of list(bo.eventDefinitions)) {
    switch (def.$type) {
      case 'bpmn:TimerEventDefinition':
        put(t('diff.fact.timer'), body(def.timeDuration) ?? body(def.timeDate) ?? body(def.timeCycle) ?? t('diff.set'));
        break;
      case 'bpmn:MessageEventDefinition': put(t('diff.fact.message'), (def.messageRef as Bo | undefined)?.name ?? t('diff.set')); break;
      case 'bpmn:SignalEventDefinition': put(t('diff.fact.signal'), (def.signalRef as Bo | undefined)?.name ?? t('diff.set')); break;
      case 'bpmn:ErrorEventDefinition': put(t('diff.fact.error'), (def.errorRef as Bo | undefined)?.name ?? t('diff.set')); break;
      case 'bpmn:ConditionalEventDefinition': put(t('diff.fact.condition'), body(def.condition)); break;
      case 'bpmn:EscalationEventDefinition': put(t('diff.fact.escalation'), (def.escalationRef as Bo | undefined)?.name ?? t('diff.set')); break;
      default: put(t('diff.fact.event'), typeWord(def.$type, t));
    }
  }
  if (bo.$type === 'bpmn:SequenceFlow') {
    put(t('diff.fact.condition'), body(bo.conditionExpression));
    ref(t('diff.fact.from'), bo.sourceRef);
    ref(t('diff.fact.to'), bo.targetRef);
  }
  ref(t('diff.fact.default'), bo.default);
  ref(t('diff.fact.attachedTo'), bo.attachedToRef);
  if (bo.$type === 'bpmn:BoundaryEvent') put(t('diff.fact.interrupting'), bo.cancelActivity !== false);
  for (const name of ['assignee', 'candidateGroups', 'candidateUsers', 'dueDate', 'followUpDate', 'priority', 'formKey', 'topic', 'resultVariable', 'calledElementVersion']) {
    put(t(`diff.fact.${name}`), attr(bo, name));
  }
  put(t('diff.fact.calledElement'), bo.calledElement);
  put(t('diff.fact.script'), bo.script);
  put(t('diff.fact.documentation'), list(bo.documentation).map((d) => d.text).join(' '));
  const loop = bo.loopCharacteristics as Bo | undefined;
  if (loop) put(t('diff.fact.repeat'), loop.$type === 'bpmn:MultiInstanceLoopCharacteristics' ? t(loop.isSequential ? 'diff.sequential' : 'diff.parallel') : t('diff.loop'));
  for (const form of extensions(bo, 'camunda:FormData')) {
    for (const field of list(form.fields)) {
      const required = list((field.validation as Bo | undefined)?.constraints).some((c) => c.name === 'required');
      const label = String(field.label ?? field.id);
      put(t('diff.fact.field', label),
        [label, fieldType(String(field.type), t), field.defaultValue ? t('diff.defaultValue', String(field.defaultValue)) : '', required ? t('diff.required') : '']
          .filter((x) => x).join(' · '), `field:${String(field.id)}`);
    }
  }
  for (const io of extensions(bo, 'camunda:InputOutput')) {
    for (const p of list(io.inputParameters)) put(t('diff.fact.input', String(p.name)), parameterValue(p, t), `in:${String(p.name)}`);
    for (const p of list(io.outputParameters)) put(t('diff.fact.output', String(p.name)), parameterValue(p, t), `out:${String(p.name)}`);
  }
  for (const props of extensions(bo, 'camunda:Properties')) {
    for (const p of list(props.values)) put(t('diff.fact.property', String(p.name)), p.value, `property:${String(p.name)}`);
  }
  return out;
}

function parameterValue(p: Bo, t: Translate): string {
  if (p.value === undefined || p.value === null) return t('diff.set');
  if (typeof p.value === 'string') return p.value;
  return body(p.value) ?? t('diff.set');
}

function fieldType(type: string, t: Translate): string {
  const key = `diff.fieldType.${type}`;
  const word = t(key);
  return word === key ? t('diff.fieldType.other') : word;
}

function compare(before: Map<string, Fact>, after: Map<string, Fact>): string[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.filter((k) => before.get(k)?.identity !== after.get(k)?.identity)
    .map((k) => `${(after.get(k) ?? before.get(k))!.label}: ${shorten(before.get(k)?.value)} → ${shorten(after.get(k)?.value)}`);
}

function shorten(value: string | undefined): string {
  if (!value) return '—';
  const text = value.replace(/\s+/g, ' ');
  return text.length > maxValue ? `${text.substring(0, maxValue - 1)}…` : text;
}
