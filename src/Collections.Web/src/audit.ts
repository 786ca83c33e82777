// Audit entries as people read them: who acted (display name, API key name), the action in the reader's language,
// the target's kind, and a short before/after summary. Shared by the audit page and the case timeline.
import { has, t } from './i18n';
import { formatDay } from './format';

export interface AuditEntry {
  id: string; sequence: number; occurredAt: string; actorKind: string; actorId: string; actorName: string | null;
  action: string; target: string; caseId: string | null; clientAddress: string | null; details: string;
}
export interface AuditPage { items: AuditEntry[]; nextCursor: string | null }

/** Who acted: the staff member's display name (else their e-mail), the API key's name, the command line or the system. */
export function auditWho(e: AuditEntry): string {
  switch (e.actorKind) {
    case 'user': return e.actorName ?? e.actorId;
    case 'api-key': return t('audit.apiKey', e.actorId);
    case 'cli': return t('audit.cli');
    case 'system': return t('audit.system');
    default: return t('audit.anonymous');
  }
}

/** The action in the reader's language; a code the UI does not know yet reads "other action", never the code. */
export function auditAction(code: string): string {
  return has(`audit.action.${code}`) ? t(`audit.action.${code}`) : t('audit.action.other');
}

/** The target as "kind id" with the kind translated (a case's id is left to the case link). */
export function auditTarget(target: string): string {
  const colon = target.indexOf(':');
  const kind = colon < 0 ? target : target.substring(0, colon);
  const id = colon < 0 ? '' : target.substring(colon + 1);
  const kindLabel = has(`audit.target.${kind}`) ? t(`audit.target.${kind}`) : '';
  return kind === 'case' ? kindLabel : `${kindLabel} ${id}`.trim();
}

/**
 * A one-line summary of the details: "before: X → after: Y" when the entry records a change, else the submitted
 * values (not their field names, which are code), at most 160 characters.
 */
export function auditSummary(details: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return '';
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return '';
  const record = parsed as Record<string, unknown>;
  const text = 'before' in record || 'after' in record
    ? `${t('audit.before')}: ${value(record.before)} → ${t('audit.after')}: ${value(record.after)}`
    : Object.values(record).map(value).filter((v) => v !== '' && v !== '—').join(' · ');
  return text.length > 160 ? `${text.substring(0, 159)}…` : text;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map(value).join(', ') || '—';
  if (typeof v === 'object') return '';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDay(v); // a calendar day in the reader's way
  const text = String(v);
  return has(`audit.value.${text}`) ? t(`audit.value.${text}`) : text; // a stored code (outbound, resolved …) in words
}
