import '../cases.css';
import { api, ApiError, type CaseView, type Me, type SendStep } from '../api';
import { h, notice } from '../dom';
import { formatDate, formatMoney, t } from '../i18n';
import { dateInput, parseDay } from '../date-input';
import { formatDay, label } from '../format';
import { flash, navigate } from '../main';
import { renderCaseDiagram } from './case-diagram';
import { caseTimeline } from '../case-timeline';
import { pick, processNameFromXml, stageLabel } from '../i18n-process';
import { timelineText } from '../timeline-text';
import type { AuditEntry } from '../audit';

const workers = ['collector', 'senior-collector', 'manager', 'finance', 'admin'];
const reasons = ['forgot', 'unable-to-pay', 'dissatisfied', 'not-received', 'awaiting-approval', 'billing-error',
  'missing-receiving-documents', 'missing-purchase-order', 'fraud'];

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function select(name: string, prefix: string, codes: string[], optional = false): HTMLSelectElement {
  return h('select', { name, 'data-testid': `action-${name}` },
    optional ? h('option', { value: '' }, t('task.choose')) : null,
    ...codes.map((c) => h('option', { value: c }, label(prefix, c))));
}

/**
 * The case page: debtor and invoice facts, the process diagram with where it stands, the timeline, the
 * case's promises, payments, disputes, contacts and open tasks, and the actions a task worker may take.
 */
export async function renderCase(root: HTMLElement, me: Me, params: Record<string, string>): Promise<void> {
  const [view, audit] = await Promise.all([api<CaseView>('GET', `/api/v1/staff/cases/${params.id}`), caseAudit(params.id)]);
  const { detail, debtor, invoice, process } = view;
  const c = detail.case;
  const money = (v: number) => formatMoney(v, c.currency);
  const diagram = h('div', { class: 'viewer', 'data-testid': 'case-diagram' });
  const canAct = me.roles.some((r) => workers.includes(r)) && c.status === 'open';

  root.append(h('section', { class: 'case' },
    h('h1', { 'data-testid': 'case-title' }, `${t('case.title')} ${c.invoiceNumber}`, ' ',
      h('span', { class: `badge status-${c.status}`, 'data-testid': 'case-status' }, label('caseStatus', c.status)),
      c.stage ? h('span', { class: 'badge', 'data-testid': 'case-stage' }, stageLabel(c.stage)) : null,
      view.activityNames ? h('span', { class: 'badge', 'data-testid': 'case-activity' }, pick(view.activityNames)) : null),
    h('div', { class: 'columns' },
      h('div', { class: 'card' }, h('h2', {}, t('case.debtor')), h('dl', { class: 'facts', 'data-testid': 'case-debtor' },
        h('dt', {}, t('case.name')), h('dd', {}, debtor.name),
        h('dt', {}, t('case.externalId')), h('dd', {}, debtor.externalId),
        debtor.taxId ? h('dt', {}, t('case.taxId')) : null, debtor.taxId ? h('dd', {}, debtor.taxId) : null,
        h('dt', {}, t('script.language')), h('dd', {}, label('language', debtor.language)),
        h('dt', {}, t('case.timeZone')), h('dd', {}, `${debtor.timeZone} · ${debtor.country}`),
        h('dt', {}, t('script.contacts')), h('dd', {}, h('ul', { class: 'plain' }, ...debtor.contacts.map((k) =>
          h('li', { class: k.invalidSince ? 'unusable' : '' }, `${label('channel', k.channel)}: `, h('span', { class: k.invalidSince ? 'struck' : '' }, k.value),
            k.invalidSince ? h('span', { class: 'badge bad' }, label('outcome', k.invalidReason)) : null)))),
        debtor.alternateContacts.length ? h('dt', {}, t('script.alternates')) : null,
        debtor.alternateContacts.length ? h('dd', {}, h('ul', { class: 'plain' }, ...debtor.alternateContacts.map((k) =>
          h('li', {}, `${label('role', k.role)}: ${k.name} · ${label('channel', k.channel)} ${k.value}`)))) : null)),
      h('div', { class: 'card' }, h('h2', {}, t('case.invoice')), h('dl', { class: 'facts', 'data-testid': 'case-invoice' },
        h('dt', {}, t('case.invoice')), h('dd', {}, invoice.number),
        h('dt', {}, t('case.amount')), h('dd', {}, money(invoice.amount)),
        h('dt', {}, t('case.balance')), h('dd', { 'data-testid': 'case-balance' }, money(c.balance)),
        h('dt', {}, t('case.issueDate')), h('dd', {}, formatDay(invoice.issueDate)),
        h('dt', {}, t('case.dueDate')), h('dd', {}, formatDay(invoice.dueDate)),
        h('dt', {}, t('case.daysOverdue')), h('dd', {}, String(c.daysOverdue)),
        invoice.purchaseOrderNumber ? h('dt', {}, t('case.purchaseOrder')) : null, invoice.purchaseOrderNumber ? h('dd', {}, invoice.purchaseOrderNumber) : null,
        h('dt', {}, t('inbox.priority')), h('dd', {}, String(c.priority)),
        h('dt', {}, t('case.collector')), h('dd', {}, c.assignedCollector ?? '—'),
        h('dt', {}, t('case.opened')), h('dd', {}, formatDate(c.openedAt))))),
    process ? h('p', { class: 'muted' }, h('span', { 'data-testid': 'case-process-name' }, `${t('instance.process')}: ${process.definitionKey} v${process.definitionVersion}`), ' · ',
      h('a', { href: `/instances/${process.instanceId}?view=process` }, t('case.processDetail'))) : null,
    process ? diagram : null,
    canAct ? actions(c.id, c.currency) : null,
    canAct ? await sendSteps(c.id) : null,
    h('div', { class: 'columns' },
      h('div', {}, h('h2', {}, t('instance.timeline')), caseTimeline(detail.timeline, audit, timelineText)),
      h('div', {},
        h('h2', {}, t('case.openTasks')),
        detail.openTasks.length === 0 ? h('p', { class: 'muted', 'data-testid': 'case-empty-openTasks' }, t('case.noTasks'))
          : h('ul', { class: 'plain', 'data-testid': 'case-tasks' }, ...detail.openTasks.map((task) => h('li', {},
            h('a', { href: `/tasks/${task.id}` }, pick(task.names, task.name)), h('span', { class: 'muted' }, ` · ${task.assignee ?? t('inbox.unassigned')} · ${formatDate(task.dueDate)}`)))),
        h('h2', {}, t('case.promises')),
        detail.promises.length === 0 ? h('p', { class: 'muted', 'data-testid': 'case-empty-promises' }, t('case.noPromises'))
          : h('table', { class: 'grid', 'data-testid': 'case-promises' }, h('tbody', {}, ...detail.promises.map((p) => h('tr', {},
            h('td', { class: 'num' }, money(p.amount)), h('td', {}, formatDay(p.promiseDate)), h('td', {}, label('promiseStatus', p.status)))))),
        h('h2', {}, t('case.contacts')),
        detail.contactAttempts.length === 0 ? h('p', { class: 'muted', 'data-testid': 'case-empty-contactAttempts' }, t('case.noContacts'))
          : h('table', { class: 'grid', 'data-testid': 'case-contacts' }, h('tbody', {}, ...[...detail.contactAttempts].reverse().map((a) => h('tr', {},
            h('td', {}, formatDate(a.at)), h('td', {}, `${label('channel', a.channel)} (${label('direction', a.direction)})`),
            h('td', {}, label('outcome', a.outcome), a.reasonCode ? ` · ${label('reason', a.reasonCode)}` : ''), h('td', {}, label('actor', a.by)))))),
        h('h2', {}, t('case.payments')),
        detail.payments.length === 0 ? h('p', { class: 'muted', 'data-testid': 'case-empty-payments' }, t('case.noPayments'))
          : h('table', { class: 'grid', 'data-testid': 'case-payments' }, h('tbody', {}, ...detail.payments.map((p) => h('tr', {},
            h('td', {}, formatDay(p.paidOn)), h('td', { class: 'num' }, money(p.amount)), h('td', {}, p.reference), h('td', { class: 'num' }, money(p.balanceAfter)))))),
        h('h2', {}, t('case.disputes')),
        detail.disputes.length === 0 ? h('p', { class: 'muted', 'data-testid': 'case-empty-disputes' }, t('case.noDisputes'))
          : h('ul', { class: 'plain', 'data-testid': 'case-disputes' }, ...detail.disputes.map((d) => h('li', {},
            `${label('reason', d.reason)} · ${label('disputeStatus', d.status)} · ${formatDate(d.openedAt)}`, d.notes ? h('span', { class: 'muted' }, ` — ${d.notes}`) : null)))))));

  if (process) {
    const xml = await api<string>('GET', `/api/v1/process-definitions/${process.definitionId}/xml`);
    const name = root.querySelector('[data-testid=case-process-name]');
    if (name) name.textContent = `${t('instance.process')}: ${processNameFromXml(xml, process.definitionKey)} v${process.definitionVersion}`;
    await renderCaseDiagram(diagram, xml, process.waitingActivityIds, process.completedActivityIds);
  }
}

/** Who did what on the case (its audit entries); a page that may not read them still shows the case. */
async function caseAudit(caseId: string): Promise<AuditEntry[]> {
  try {
    return await api<AuditEntry[]>('GET', `/api/v1/staff/cases/${caseId}/audit`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) return [];
    throw e;
  }
}

/** The worker's actions: each opens a small form that posts to the staff case API and reloads the page. */
function actions(caseId: string, currency: string): HTMLElement {
  const panel = h('div', { class: 'action-form' });
  const open = (key: string, controls: [string, Control][], body: (v: Record<string, string>) => unknown, path: string) => {
    panel.replaceChildren(h('form', { class: 'card', 'data-testid': `action-form-${key}`, onsubmit: async (e: Event) => {
      e.preventDefault();
      if (controls.some(([, control]) => control.dataset.day !== undefined && parseDay(control.value) === undefined)) {
        notice(panel, t('date.invalid'), 'error');
        return;
      }
      const values = Object.fromEntries(controls.map(([name, control]) => [name, control.value.trim()]));
      try {
        await api('POST', `/api/v1/staff/cases/${caseId}/${path}`, body(values));
        flash(t(`action.${key}.done`));
        navigate(location.pathname, true);
      } catch (err) {
        const field = err instanceof ApiError ? (err.problem?.field as string | undefined) : undefined;
        notice(panel, field ? `${field}: ${(err as Error).message}` : (err as Error).message, 'error');
      }
    } },
    h('h3', {}, t(`action.${key}`)),
    ...controls.map(([name, control]) => h('div', { class: 'field' }, h('label', {}, t(`action.field.${name}`), control.closest('.date-input') ?? control))),
    h('div', { class: 'toolbar' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'action-submit' }, t('action.save')),
      h('button', { type: 'button', onclick: () => panel.replaceChildren() }, t('action.cancel')))));
  };
  const text = (name: string, type = 'text') => h('input', { name, type, 'data-testid': `action-${name}`, ...(type === 'number' ? { step: '0.01', min: '0' } : {}) });
  const notes = () => h('textarea', { name: 'notes', rows: 2, 'data-testid': 'action-notes' });
  const int = (v: string) => (v === '' ? undefined : Number(v));
  return h('div', { class: 'case-actions', 'data-testid': 'case-actions' },
    h('div', { class: 'toolbar' },
      h('button', { 'data-testid': 'action-contact', onclick: () => open('contact', [
        ['channel', select('channel', 'channel', ['phone', 'visit', 'email', 'sms', 'whatsapp', 'letter'])],
        ['direction', select('direction', 'direction', ['outbound', 'inbound'])],
        ['outcome', select('outcome', 'outcome', ['reached', 'not-reached', 'wrong-number', 'left-message'])],
        ['reasonCode', select('reasonCode', 'reason', reasons, true)],
        ['notes', notes()],
      ], (v) => ({ channel: v.channel, direction: v.direction, outcome: v.outcome, reasonCode: v.reasonCode || null, notes: v.notes || null }), 'contact-attempts') }, t('action.contact')),
      h('button', { 'data-testid': 'action-promise', onclick: () => open('promise', [
        ['amount', text('amount', 'number')],
        ['promiseDate', dateInput({ name: 'promiseDate', testid: 'action-promiseDate' }).input],
      ], (v) => ({ amount: Number(v.amount), currency, promiseDate: parseDay(v.promiseDate) || null }), 'promises') }, t('action.promise')),
      h('button', { 'data-testid': 'action-dispute', onclick: () => open('dispute', [
        ['reason', select('reason', 'reason', reasons.filter((r) => r !== 'forgot' && r !== 'unable-to-pay'))],
        ['notes', notes()],
      ], (v) => ({ reason: v.reason, notes: v.notes || null }), 'disputes') }, t('action.dispute')),
      h('button', { 'data-testid': 'action-negotiation', onclick: () => open('negotiation', [
        ['kind', select('kind', 'negotiation', ['payment-plan', 'settlement'])],
        ['installments', text('installments', 'number')],
        ['discountPercent', text('discountPercent', 'number')],
        ['notes', notes()],
      ], (v) => ({ kind: v.kind, installments: v.kind === 'payment-plan' ? int(v.installments) : undefined,
        discountPercent: v.kind === 'settlement' ? int(v.discountPercent) : undefined, notes: v.notes || null }), 'negotiations') }, t('action.negotiation'))),
    panel);
}

/** Sends a crash left uncertain: a task worker says whether the message left ("It was sent") or asks to send it again. */
async function sendSteps(caseId: string): Promise<HTMLElement | null> {
  const steps = (await api<SendStep[]>('GET', `/api/v1/staff/cases/${caseId}/send-steps`)).filter((s) => s.status === 'uncertain');
  if (steps.length === 0) return null;
  const panel = h('div', { class: 'card', 'data-testid': 'send-steps' });
  const decide = async (step: SendStep, decision: 'confirm' | 'resend') => {
    try {
      await api('POST', `/api/v1/staff/cases/${caseId}/send-steps/${step.id}/${decision}`);
      flash(t('sendstep.done'));
      navigate(location.pathname, true);
    } catch (err) {
      notice(panel, (err as Error).message, 'error');
    }
  };
  panel.append(h('h2', {}, t('sendstep.title')), h('ul', { class: 'plain' }, ...steps.map((s) => h('li', {},
    `${label('channel', s.channel)} ${s.templateKey ?? ''} → ${s.recipients} `,
    h('button', { 'data-testid': 'sendstep-confirm', onclick: () => decide(s, 'confirm') }, t('sendstep.confirm')), ' ',
    h('button', { 'data-testid': 'sendstep-resend', onclick: () => decide(s, 'resend') }, t('sendstep.resend'))))));
  return panel;
}
