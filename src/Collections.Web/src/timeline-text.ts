// The case timeline in the reader's language: every line is a code (its kind) with arguments, said with the
// sentences of i18n-timeline.ts. Lines written before the server stored arguments get a generic line in Spanish
// (their English summary only in the English UI). Engine history lines name the activity, never its BPMN kind or id.
import type { TimelineItem } from './api';
import { formatMoney, has, lang, t } from './i18n';
import { formatDay, formatZoned, label } from './format';
import { describeRule } from './contact-rules';
import { stageLabel } from './i18n-process';
import { companyWaitText } from './company';

/** The kind's label; a kind this UI does not know yet says "Event" rather than its code. */
export function timelineKind(kind: string): string {
  return has(`kind.${kind}`) ? t(`kind.${kind}`) : t('kind.other');
}

/**
 * The name the reader sees for a process activity: its name in the reader's language from the process's texts
 * (`activity.es`, `activity.en`), else the element's own `name`. An activity without a name is never shown by its id.
 */
export function activityName(a: Record<string, string>): string {
  return a[`activity.${lang()}`] ?? a.activity ?? t('timeline.unnamed');
}

/** A business stage as the case header shows it. */
export function stageName(code: string | undefined): string {
  return code ? stageLabel(code) : t('timeline.noStage');
}

/** A line's sentence in the reader's language. */
export function timelineText(e: TimelineItem): string {
  if (e.kind === 'contact.outside-rules' && e.code) {
    const r = e.arguments ?? {};
    return t('timeline.outsideRules', label('channel', r.channel), r.by ?? '', describeRule(e.code, r), r.reason ?? '');
  }
  const a = e.arguments;
  if (!a) return lang() === 'en' ? e.summary : t('timeline.old');
  return sentence(e.kind, a) ?? (lang() === 'en' ? e.summary : t('timeline.old'));
}

const code = (prefix: string, value: string | undefined) => (value && has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value ?? '');
const money = (a: Record<string, string>, prefix = '') => {
  const amount = a[prefix ? `${prefix}Amount` : 'amount'];
  return amount === undefined ? '—' : formatMoney(Number(amount), a[prefix ? `${prefix}Currency` : 'currency'] ?? null);
};
const ending = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

function sentence(kind: string, a: Record<string, string>): string | undefined {
  const what = `${label('channel', a.channel)} ${a.template ? label('template', a.template) : ''}`.trim();
  switch (kind) {
    case 'process.waiting': case 'process.step': case 'process.event': case 'task.created': return activityName(a);
    case 'task.completed': return a.by ? t('timeline.activityBy', activityName(a), a.by) : activityName(a);
    case 'case.opened': return t('timeline.opened', a.invoice ?? '', money(a), a.days ?? '');
    case 'case.opened-early': return t('timeline.openedEarly', a.invoice ?? '');
    case 'case.closed': return a.outcome === 'paid' ? t('timeline.closed.paid', a.invoice ?? '')
      : a.outcome === 'process-ended' ? t('timeline.closed.process-ended', money(a, 'balance'))
        : has(`timeline.closed.${a.outcome}`) ? t(`timeline.closed.${a.outcome}`, a.reason ?? '') : t('timeline.closed.other');
    case 'process.canceled': return t('timeline.processCanceled');
    case 'case.stage_changed': return t('timeline.stage', stageName(a.from), stageName(a.to));
    case 'contact.attempted': return attempted(a);
    case 'contact.invalid': return t(a.marked === 'true' ? 'timeline.invalid.marked' : 'timeline.invalid.unknown', label('channel', a.channel), a.contact ?? '', code('cause', a.cause));
    case 'contact.sent': return t('timeline.sent', what, a.recipients ?? '');
    case 'contact.delivery': return ending(t('timeline.delivery', what, a.recipient ?? '', code('delivery', a.status)) + (a.detail ? ` (${a.detail})` : ''));
    case 'contact.skipped': return t('timeline.skipped', what, label('skipped', a.reason));
    case 'contact.uncertain': return t('timeline.uncertain', what);
    case 'contact.resolved': return t(`timeline.resolved.${a.decision}`, what, a.by);
    case 'contact.opted-out': return t('timeline.opted-out', `${label('channel', a.channel)} ${a.address}`);
    case 'company.details-missing': return companyWaitText(a, label('channel', a.channel));
    case 'contact.deferred': return t('timeline.deferred', label('channel', a.channel), formatZoned(a.until, a.timeZone), a.timeZone, describeRule(a.rule, a));
    case 'contact.statement-sent': return t('timeline.statement', label('channel', a.channel), a.count ?? '', a.invoices ?? '');
    case 'payment.applied': return t('timeline.payment', code('paymentKind', a.kind), money(a), a.reference ?? '', money(a, 'balance'));
    case 'promise.created': return t('timeline.promise', money(a), formatDay(a.date));
    case 'promise.kept': return t('timeline.promiseKept', money(a), formatDay(a.date));
    case 'promise.broken': return t('timeline.promiseBroken', money(a), formatDay(a.date), formatMoney(Number(a.paid ?? 0), a.currency ?? null));
    case 'plan.installment-paid': return t(a.completed === 'true' ? 'timeline.planCompleted' : 'timeline.installment', a.paid ?? '', a.count ?? '');
    case 'plan.proposed': return t(a.agreed === 'true' ? 'timeline.plan.agreed' : 'timeline.plan.recorded', money(a), a.count ?? '',
      (a.dates ?? '').split(', ').filter((d) => d).map(formatDay).join(', '));
    case 'settlement.proposed': return a.date
      ? t(a.agreed === 'true' ? 'timeline.settlement.agreed' : 'timeline.settlement.recorded', percent(a.discount), money(a), formatDay(a.date))
      : t('timeline.settlement.inbox', percent(a.discount), money(a));
    case 'settlement.awaiting-approval': return t('timeline.settlement.awaiting', money(a), (a.groups ?? '').split(',').filter((g) => g).map((g) => code('staffRole', g)).join(', '));
    case 'settlement.approved': return t('timeline.settlement.approved', money(a), a.by ?? '');
    case 'settlement.rejected': return t('timeline.settlement.rejected', money(a), a.by ?? '');
    case 'negotiation.requested': return negotiation(a);
    case 'dispute.opened': return t(a.by === 'process' ? 'timeline.disputeByProcess' : 'timeline.dispute', label('reason', a.reason));
    case 'dispute.resolved': {
      const status = [code('disputeStatus', a.status ?? 'resolved'), a.outcome === 'credit-note' ? t('timeline.creditNote') : ''].filter((s) => s).join(' ');
      return a.resolution ? t('timeline.disputeClosedNotes', status, a.resolution) : t('timeline.disputeClosed', status);
    }
    case 'service.suspension_requested': return t('timeline.suspend');
    case 'service.restore_requested': return a.reason ? t('timeline.restoreWhy', a.reason) : t('timeline.restore');
    case 'process.message-not-waiting': return t('timeline.notWaiting', has(`message.${a.message}`) ? t(`message.${a.message}`) : t('message.other'));
    default: return a.event ? t('timeline.announced', timelineKind(a.event)) : undefined;
  }
}

function attempted(a: Record<string, string>): string {
  const found = [
    a.reason ? label('reason', a.reason) : '',
    a.alternate === 'true' ? t('timeline.alternate') : '',
    a.invalidNumber ? t(a.invalidMarked === 'true' ? 'timeline.invalidNumber' : 'timeline.unknownNumber', a.invalidNumber) : '',
    a.promiseAmount ? t('timeline.promiseOn', money(a, 'promise'), formatDay(a.promiseDate)) : '',
    a.asks ? t(`timeline.asks.${a.asks}`) : '',
  ].filter((s) => s);
  const head = t('timeline.attempted', label('channel', a.channel), label('direction', a.direction), a.by ?? '', label('outcome', a.outcome));
  return ending(found.length ? `${head} · ${found.join(' · ')}` : head);
}

function negotiation(a: Record<string, string>): string {
  const kind = label('negotiation', a.kind);
  const what = a.installments ? t('timeline.installments', kind, a.installments) : a.discount ? t('timeline.discount', kind, a.discount) : kind;
  return a.notes ? t('timeline.negotiationNotes', what, a.by ?? '', a.notes) : t('timeline.negotiation', what, a.by ?? '');
}

const percent = (value: string | undefined) => (value === undefined ? '—' : Number(value).toLocaleString(lang() === 'es' ? 'es-ES' : 'en-GB'));
