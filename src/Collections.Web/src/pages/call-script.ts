import '../cases.css';
import type { CallScript, ScriptContact } from '../api';
import { h } from '../dom';
import { formatDate, formatMoney, t } from '../i18n';
import { formatDay, formatZoned, label } from '../format';
import { describeRule, profileName } from '../contact-rules';

/**
 * The call script above a call or visit form: whether a call is allowed right now in the debtor's time
 * zone and when it will be, the case's facts, every contact (unusable ones struck through), the last attempts, open
 * promises and an open dispute. Clicking a phone number puts it in the form's "number called".
 */
export function renderCallScript(script: CallScript, pickNumber: ((value: string) => void) | null): HTMLElement {
  const { debtor, rules } = script;
  const zone = debtor.timeZone;
  const rulesText = rules.allowedNow
    ? t('script.allowed')
    : rules.reason === 'dispute-open' ? t('script.disputeOpen')
      : rules.reason === 'opt-out' ? t('script.optedOut')
        : t('script.notAllowed', describeRule(rules.reason, rules.ruleArguments), formatZoned(rules.nextAllowedAt, zone), formatDate(rules.nextAllowedAt));
  const contact = (c: ScriptContact) => h('li', { class: c.usable ? '' : 'unusable', 'data-testid': 'script-contact', 'data-channel': c.channel },
    c.role ? h('strong', {}, `${label('role', c.role)}: ${c.name ?? ''} `) : null,
    h('span', { class: 'muted' }, `${label('channel', c.channel)} `),
    pickNumber && c.usable && ['phone', 'sms', 'whatsapp'].includes(c.channel)
      ? h('button', { type: 'button', class: 'link', 'data-testid': 'script-phone', onclick: () => pickNumber(c.value) }, c.value)
      : h('span', { class: c.usable ? '' : 'struck' }, c.value),
    c.preferred ? h('span', { class: 'badge' }, t('script.preferred')) : null,
    c.usable ? null : h('span', { class: 'badge bad' }, c.invalidReason ? label('outcome', c.invalidReason) : t('script.notValid')));

  return h('section', { class: 'card call-script', 'data-testid': 'call-script' },
    h('h2', {}, t('script.title')),
    h('div', { class: `rules ${rules.allowedNow ? 'ok' : 'stop'}`, 'data-testid': 'call-rules', 'data-allowed': String(rules.allowedNow) },
      h('strong', {}, rulesText), ' ',
      h('span', { 'data-testid': 'call-profile' }, t('script.profile', profileName(rules.profile))), ' ',
      rules.channel === 'phone' ? h('span', { 'data-testid': 'calls-left' }, t('script.callsLeft', rules.callsLeft, rules.maxCallsPer7Days)) : null),
    h('dl', { class: 'facts' },
      h('dt', {}, t('case.debtor')), h('dd', { 'data-testid': 'script-debtor' }, debtor.name),
      h('dt', {}, t('script.localTime')), h('dd', { 'data-testid': 'script-local-time' }, `${formatZoned(debtor.localNow, zone)} (${zone})`),
      h('dt', {}, t('script.language')), h('dd', {}, label('language', debtor.language)),
      h('dt', {}, t('case.invoice')), h('dd', { 'data-testid': 'script-invoice' }, script.invoiceNumber),
      h('dt', {}, t('case.amount')), h('dd', {}, formatMoney(script.invoiceAmount, script.currency)),
      h('dt', {}, t('case.balance')), h('dd', { 'data-testid': 'script-balance' }, formatMoney(script.balance, script.currency)),
      h('dt', {}, t('case.daysOverdue')), h('dd', { 'data-testid': 'script-days-overdue' }, String(script.daysOverdue)),
      h('dt', {}, t('case.dueDate')), h('dd', {}, formatDay(script.dueDate)),
      script.purchaseOrderNumber ? h('dt', {}, t('case.purchaseOrder')) : null, script.purchaseOrderNumber ? h('dd', {}, script.purchaseOrderNumber) : null),
    script.openDispute
      ? h('p', { class: 'notice error', 'data-testid': 'script-dispute' }, t('script.dispute', label('reason', script.openDispute.reason), formatDate(script.openDispute.openedAt)),
        script.openDispute.notes ? ` — ${script.openDispute.notes}` : '')
      : null,
    h('div', { class: 'columns' },
      h('div', {},
        h('h3', {}, t('script.contacts')),
        h('ul', { class: 'plain', 'data-testid': 'script-contacts' }, ...debtor.contacts.map(contact)),
        debtor.alternateContacts.length ? h('h3', {}, t('script.alternates')) : null,
        debtor.alternateContacts.length ? h('ul', { class: 'plain', 'data-testid': 'script-alternates' }, ...debtor.alternateContacts.map(contact)) : null,
        debtor.optOuts.length ? h('p', { class: 'muted' }, t('script.optOuts', debtor.optOuts.map((c) => label('channel', c)).join(', '))) : null),
      h('div', {},
        h('h3', {}, t('script.lastAttempts')),
        script.lastAttempts.length === 0 ? h('p', { class: 'muted' }, t('script.noAttempts'))
          : h('ul', { class: 'plain', 'data-testid': 'script-attempts' }, ...script.lastAttempts.map((a) => h('li', {},
            h('time', {}, formatDate(a.at)), ' ', `${label('channel', a.channel)} · ${label('outcome', a.outcome)}`,
            a.reasonCode ? ` · ${label('reason', a.reasonCode)}` : '', h('span', { class: 'muted' }, ` · ${a.by}`)))),
        h('h3', {}, t('script.openPromises')),
        script.openPromises.length === 0 ? h('p', { class: 'muted' }, t('script.noPromises'))
          : h('ul', { class: 'plain', 'data-testid': 'script-promises' }, ...script.openPromises.map((p) => h('li', {},
            `${formatMoney(p.amount, p.currency)} · ${formatDay(p.promiseDate)}`))))));
}
