// The Processes pages: a process instance's case state beside the process state, and what a process still running on
// a closed case waits for, until when and why (docs/architecture.md, "Company details" and "Processes").
import { api } from './api';
import { h } from './dom';
import { formatDate, t } from './i18n';
import { pick } from './i18n-process';

export interface ProcessWait { kind: 'deferred' | 'external' | 'timer' | 'task' | 'other'; activityId: string; activityName: string | null; until: string | null; reason: string | null; names?: Record<string, string> | null }
export interface ProcessState {
  instanceId: string; businessKey: string | null; status: string; caseId: string | null; caseStatus: string | null;
  caseOutcome: string | null; caseClosedAt: string | null; waits: ProcessWait[];
  definitionKey: string; processNames?: Record<string, string> | null; activityNames?: Record<string, Record<string, string>> | null;
}

/** The process's name in the reader's language; its key only when the diagram names it nowhere. */
export function processName(s: ProcessState | undefined, key: string): string {
  return pick(s?.processNames, key);
}

/** An activity's name in the reader's language (never its id: an unnamed step says so). */
export function activityName(s: ProcessState | undefined, id: string, own?: string | null): string {
  return pick(s?.activityNames?.[id], own);
}

export async function processStates(): Promise<Map<string, ProcessState>> {
  const states = await api<ProcessState[]>('GET', '/api/v1/staff/process-states');
  return new Map(states.map((s) => [s.instanceId, s]));
}

export async function processState(id: string): Promise<ProcessState> {
  return api<ProcessState>('GET', `/api/v1/staff/process-states/${id}`);
}

function reasonText(reason: string | null): string {
  if (!reason) return t('deferral.other');
  const key = `deferral.${reason}`;
  const text = t(key);
  return text === key ? t('deferral.other') : text;
}

/** "Correo «Enviar recibo» aplazado hasta 3/3/2026 08:00 (fuera del horario permitido)". */
export function waitText(w: ProcessWait): string {
  const name = pick(w.names, w.activityName);
  switch (w.kind) {
    case 'deferred': return t('instance.waitDeferred', name, formatDate(w.until), reasonText(w.reason));
    case 'timer': return t('instance.waitTimer', name, formatDate(w.until));
    case 'task': return t('instance.waitTask', name);
    case 'external': return t('instance.waitExternal', name);
    default: return t('instance.waitUnknown', name);
  }
}

/** The case's state: "cerrado (pagado)", "abierto" or "sin caso". */
export function caseStateText(s: ProcessState | undefined): string {
  if (!s?.caseStatus) return t('instance.noCase');
  if (s.caseStatus === 'closed') return `${t('instance.caseClosed')}${s.caseOutcome ? ` (${t(`caseOutcome.${s.caseOutcome}`)})` : ''}`;
  return t('instance.caseOpen');
}

/** What the process waits for; on a closed case, said as the reason it still runs. */
export function whyRunning(s: ProcessState | undefined): HTMLElement | null {
  if (!s || s.status !== 'Active' || s.waits.length === 0) return null;
  const waits = s.waits.map(waitText).join('; ');
  return h('span', { 'data-testid': 'instance-why' }, s.caseStatus === 'closed' ? t('instance.why', waits) : waits);
}
