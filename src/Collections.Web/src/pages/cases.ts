import '../cases.css';
import { api, type CaseListItem, type Page } from '../api';
import { clear, h } from '../dom';
import { formatDate, formatMoney, t } from '../i18n';
import { formatZoned, label } from '../format';
import { describeRule } from '../contact-rules';
import { pick, stageLabel, stages } from '../i18n-process';

/** The case list: newest first, paged on the server, filtered by status, stage and a search. */
export async function renderCases(root: HTMLElement): Promise<void> {
  const cursors: (string | null)[] = [null];
  const status = h('select', { 'data-testid': 'cases-status' },
    h('option', { value: 'open' }, label('caseStatus', 'open')), h('option', { value: 'closed' }, label('caseStatus', 'closed')), h('option', { value: '' }, t('cases.all')));
  const stage = h('select', { 'data-testid': 'cases-stage' },
    h('option', { value: '' }, t('process.anyStage')), ...stages.map((s) => h('option', { value: s }, stageLabel(s))));
  const search = h('input', { type: 'search', placeholder: t('cases.search'), 'data-testid': 'cases-search' });
  const list = h('div', { 'data-testid': 'cases-list' });
  const pager = h('div', { class: 'toolbar' });
  root.append(h('section', { class: 'cases' }, h('h1', {}, t('cases.title')), h('div', { class: 'toolbar' }, status, stage, search), list, pager));

  let timer: number | undefined;
  const reload = () => { cursors.splice(1); void load(); };
  status.addEventListener('change', reload);
  stage.addEventListener('change', reload);
  search.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(reload, 250); });

  async function load(): Promise<void> {
    const query = new URLSearchParams({ limit: '25' });
    if (status.value) query.set('status', status.value);
    if (stage.value) query.set('stage', stage.value);
    if (search.value.trim()) query.set('search', search.value.trim());
    const cursor = cursors[cursors.length - 1];
    if (cursor) query.set('cursor', cursor);
    const page = await api<Page<CaseListItem>>('GET', `/api/v1/staff/cases?${query}`);
    clear(list);
    clear(pager);
    if (page.items.length === 0) {
      list.append(h('p', { class: 'empty', 'data-testid': 'cases-empty' }, t('cases.empty')));
    } else {
      list.append(h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ...['case.invoice', 'case.debtor', 'instances.status', 'cases.stage', 'case.balance', 'case.daysOverdue', 'inbox.priority', 'case.opened', 'cases.nextContact']
          .map((k) => h('th', {}, t(k))))),
        h('tbody', {}, ...page.items.map(({ case: c, debtorName, nextContact, activityNames }) => h('tr', { 'data-testid': 'case-row' },
          h('td', {}, h('a', { href: `/cases/${c.id}`, 'data-testid': 'case-open' }, c.invoiceNumber)),
          h('td', {}, debtorName),
          h('td', {}, label('caseStatus', c.status)),
          h('td', { 'data-testid': 'case-stage' }, stageLabel(c.stage),
            activityNames ? h('div', { class: 'muted', 'data-testid': 'case-activity' }, pick(activityNames)) : null),
          h('td', { class: 'num' }, formatMoney(c.balance, c.currency)),
          h('td', { class: 'num' }, String(c.daysOverdue)),
          h('td', { class: 'num' }, String(c.priority)),
          h('td', {}, formatDate(c.openedAt)),
          h('td', { 'data-testid': 'case-next-contact' }, nextContact
            ? t('cases.nextContactWhy', label('channel', nextContact.channel), formatZoned(nextContact.at, nextContact.timeZone), describeRule(nextContact.rule, nextContact.arguments))
            : '—'))))));
    }
    if (cursors.length > 1) pager.append(h('button', { 'data-testid': 'cases-previous', onclick: () => { cursors.pop(); void load(); } }, t('cases.previous')));
    if (page.nextCursor) pager.append(h('button', { 'data-testid': 'cases-next', onclick: () => { cursors.push(page.nextCursor); void load(); } }, t('cases.next')));
  }

  await load();
}
