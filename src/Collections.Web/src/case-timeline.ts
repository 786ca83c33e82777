// The case page's one timeline: the case's own events and the audit entries of the case, newest first. An audit entry
// that records the same act as a timeline event (a promise the collector recorded is both "promise.created" on the
// timeline and "promise.created" in the audit) is not shown twice: the event gets the entry's "by whom" instead
// (docs/architecture.md, "Audit trail").
import type { TimelineItem } from './api';
import { auditAction, auditSummary, auditWho, type AuditEntry } from './audit';
import { h } from './dom';
import { formatDate, t } from './i18n';
import { timelineKind } from './timeline-text';

/** Which timeline event kind records the same act as an audit action (acts with no event of their own are absent). */
const sameAct: Record<string, string> = {
  'case.opened': 'case.opened',
  'case.canceled': 'case.closed',
  'case.written-off': 'case.closed',
  'contact.recorded': 'contact.attempted',
  'promise.created': 'promise.created',
  'dispute.opened': 'dispute.opened',
  'dispute.resolved': 'dispute.resolved',
  'dispute.rejected': 'dispute.resolved',
  'negotiation.requested': 'negotiation.requested',
  'payment.applied': 'payment.applied',
  'task.completed': 'task.completed',
};

/** An event and the audit entry are one act when they are this close (both are written in one transaction). */
const sameActWindowMs = 60_000;

/** Merges, then renders newest first; <paramref>text</paramref> renders an event's sentence. */
export function caseTimeline(events: TimelineItem[], audit: AuditEntry[], text: (e: TimelineItem) => string): HTMLElement {
  const whoOf = new Map<TimelineItem, AuditEntry>();
  const own: AuditEntry[] = [];
  for (const entry of [...audit].sort((a, b) => a.sequence - b.sequence)) {
    const match = matchingEvent(entry, events, whoOf);
    if (match) whoOf.set(match, entry);
    else own.push(entry);
  }
  const rows: { at: number; order: number; node: HTMLElement }[] = [
    ...events.map((e, i) => ({ at: Date.parse(e.at), order: i, node: eventRow(e, whoOf.get(e), text) })),
    ...own.map((a) => ({ at: Date.parse(a.occurredAt), order: events.length + a.sequence, node: auditRow(a) })),
  ];
  rows.sort((a, b) => b.at - a.at || b.order - a.order);
  return h('ol', { class: 'timeline', 'data-testid': 'case-timeline' }, ...rows.map((r) => r.node));
}

function matchingEvent(entry: AuditEntry, events: TimelineItem[], taken: Map<TimelineItem, AuditEntry>): TimelineItem | undefined {
  const kind = sameAct[entry.action];
  if (!kind) return undefined;
  const at = Date.parse(entry.occurredAt);
  let best: TimelineItem | undefined;
  for (const e of events) {
    if (e.kind !== kind || taken.has(e)) continue;
    const distance = Math.abs(Date.parse(e.at) - at);
    if (distance <= sameActWindowMs && (!best || distance < Math.abs(Date.parse(best.at) - at))) best = e;
  }
  return best;
}

function eventRow(e: TimelineItem, entry: AuditEntry | undefined, text: (e: TimelineItem) => string): HTMLElement {
  return h('li', { class: e.source, 'data-kind': e.kind, 'data-audited': entry ? 'true' : undefined },
    h('time', {}, formatDate(e.at)), ' ', h('strong', {}, timelineKind(e.kind)), ' ', h('span', {}, text(e)),
    entry ? h('span', { class: 'audit-who', 'data-testid': 'timeline-who' }, ' — ', h('span', { class: 'badge audit-badge' }, t('audit.timeline')), ` ${t('audit.by', auditWho(entry))}`) : null);
}

function auditRow(a: AuditEntry): HTMLElement {
  const summary = auditSummary(a.details);
  return h('li', { class: 'audit', 'data-kind': 'audit', 'data-action': a.action },
    h('time', {}, formatDate(a.occurredAt)), ' ',
    h('span', { class: 'badge audit-badge' }, t('audit.timeline')), ' ',
    h('strong', {}, auditAction(a.action)), ' ',
    h('span', { class: 'audit-who', 'data-testid': 'timeline-who' }, t('audit.by', auditWho(a))),
    summary ? h('span', { class: 'muted', translate: 'no' }, ` · ${summary}`) : null);
}
