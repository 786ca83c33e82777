// The audit trail for admins and managers (the server's audit-reader policy): newest first, filtered by actor, action,
// case and period, paged by the server's keyset cursor, with a CSV download of the same filters.
import { api, type Me } from '../api';
import { auditAction, auditSummary, auditTarget, auditWho, type AuditEntry, type AuditPage } from '../audit';
import { h, notice } from '../dom';
import { formatDate, lang, t } from '../i18n';
import { auditActions } from '../i18n-audit';
import { navigate } from '../main';
import { dateInput, parseDay } from '../date-input';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters as the page's own query string holds them (days as yyyy-MM-dd, the period's "to" inclusive). */
interface Filters { actor: string; action: string; case: string; from: string; to: string }

export async function renderAudit(root: HTMLElement, _me: Me): Promise<void> {
  const query = new URLSearchParams(location.search);
  const filters: Filters = {
    actor: query.get('actor') ?? '', action: query.get('action') ?? '', case: query.get('case') ?? '',
    from: query.get('from') ?? '', to: query.get('to') ?? '',
  };
  const section = h('section', { class: 'audit' }, h('h1', {}, t('audit.title')), h('p', { class: 'muted' }, t('audit.intro')));
  root.append(section);
  const server = serverQuery(filters);
  section.append(filterForm(filters, section),
    h('p', {}, h('a', { href: `/api/v1/admin/audit.csv?${server}`, download: 'audit.csv', 'data-testid': 'audit-csv' }, t('audit.csv'))));
  const body = h('tbody', {});
  const table = h('table', { class: 'grid', 'data-testid': 'audit' },
    h('thead', {}, h('tr', {}, ...['audit.when', 'audit.who', 'audit.action', 'audit.target', 'audit.case', 'audit.client', 'audit.details']
      .map((k) => h('th', {}, t(k))))),
    body);
  const more = h('button', { 'data-testid': 'audit-more' }, t('audit.more'));
  section.append(table, more);
  let cursor: string | null = null;
  const load = async (): Promise<void> => {
    const paged = new URLSearchParams(server);
    if (cursor) paged.set('cursor', cursor);
    const page = await api<AuditPage>('GET', `/api/v1/admin/audit?${paged}`);
    body.append(...page.items.map(row));
    cursor = page.nextCursor;
    more.hidden = cursor === null;
    if (body.childElementCount === 0) table.replaceWith(h('p', { 'data-testid': 'audit-empty' }, t('audit.empty')));
  };
  more.addEventListener('click', () => void load());
  await load();
}

function row(e: AuditEntry): HTMLElement {
  return h('tr', { 'data-testid': 'audit-row', 'data-action': e.action },
    h('td', {}, formatDate(e.occurredAt)),
    h('td', { 'data-testid': 'audit-who', title: e.actorKind === 'user' ? e.actorId : '' }, auditWho(e)),
    h('td', { 'data-testid': 'audit-action' }, auditAction(e.action)),
    h('td', {}, auditTarget(e.target)),
    h('td', {}, e.caseId ? h('a', { href: `/cases/${e.caseId}`, 'data-testid': 'audit-case' }, t('audit.openCase')) : '—'),
    h('td', {}, e.clientAddress ?? '—'),
    // Recorded values as people wrote them (a change note, a company's signature): translate=no says they are data.
    h('td', { class: 'muted', translate: 'no' }, auditSummary(e.details)));
}

/** The API's query: the period's days become instants at the browser's local midnight, "to" made exclusive (next day). */
function serverQuery(f: Filters): URLSearchParams {
  const q = new URLSearchParams({ limit: '50' });
  if (f.actor) q.set('actor', f.actor);
  if (f.action) q.set('action', f.action);
  if (guid.test(f.case)) q.set('caseId', f.case);
  const from = localMidnight(f.from, 0);
  const to = localMidnight(f.to, 1);
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return q;
}

function localMidnight(day: string, addDays: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays).toISOString() : null;
}

// Days are typed the way the UI language writes them (the shared date input, date-input.ts).
function filterForm(f: Filters, section: HTMLElement): HTMLElement {
  const text = (name: string, value: string, size = 24) => h('input', { type: 'text', name, value, size, 'data-testid': `audit-filter-${name}` });
  const actor = text('actor', f.actor);
  const caseId = text('case', f.case, 38);
  const fromField = dateInput({ name: 'from', value: f.from, testid: 'audit-filter-from' });
  const toField = dateInput({ name: 'to', value: f.to, testid: 'audit-filter-to' });
  const [from, to] = [fromField.input, toField.input];
  const action = h('select', { name: 'action', 'data-testid': 'audit-filter-action' },
    h('option', { value: '' }, t('audit.filter.anyAction')),
    ...[...auditActions].sort((a, b) => auditAction(a).localeCompare(auditAction(b), lang()))
      .map((code) => h('option', { value: code, selected: code === f.action }, auditAction(code))));
  const field = (key: string, control: HTMLElement) => h('label', {}, t(key), control);
  return h('form', {
    class: 'filters toolbar', 'data-testid': 'audit-filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const next = new URLSearchParams();
      const fromDay = parseDay(from.value);
      const toDay = parseDay(to.value);
      if (fromDay === undefined || toDay === undefined) {
        notice(section, t('audit.dayInvalid'), 'error');
        return;
      }
      if (caseId.value.trim() && !guid.test(caseId.value.trim())) {
        notice(section, t('audit.caseInvalid'), 'error');
        return;
      }
      for (const [name, value] of [['actor', actor.value.trim()], ['action', action.value], ['case', caseId.value.trim()], ['from', fromDay], ['to', toDay]]) {
        if (value) next.set(name, value);
      }
      navigate(next.size ? `/audit?${next}` : '/audit');
    },
  },
  field('audit.filter.actor', actor), field('audit.filter.action', action), field('audit.filter.case', caseId),
  field('audit.filter.from', fromField.wrapper), field('audit.filter.to', toField.wrapper),
  h('button', { type: 'submit', class: 'primary', 'data-testid': 'audit-filter-apply' }, t('audit.filter.apply')),
  h('a', { href: '/audit' }, t('audit.filter.clear')));
}
