import { api, type InboxItem, type InboxPage, type InboxTaskType, type Me } from '../api';
import { clear, h, notice } from '../dom';
import { formatDate, formatMoney, formatNumber, t } from '../i18n';
import { describeRule } from '../contact-rules';
import { pick } from '../i18n-process';

const pageSize = 50;
const buckets = ['1-30', '31-60', '61-90', '90+'];

// The server sorts (case priority, due date, creation), filters, searches and pages (keyset cursors); the page keeps
// the cursors it has followed so "previous" goes back without the server paging backwards.
export async function renderInbox(root: HTMLElement, me: Me): Promise<void> {
  const state = { filter: 'all', taskKey: '', overdue: '', q: '' };
  let cursors: (string | null)[] = [null];
  let total: number | null = null;
  let searchTimer: number | undefined;

  const list = h('div', { 'data-testid': 'inbox-list' });
  const pager = h('div', { class: 'pager', 'data-testid': 'inbox-pager' });
  const tabs = h('div', { class: 'tabs' }, ...['all', 'mine', 'offered'].map((f) =>
    h('button', { class: f === state.filter ? 'tab active' : 'tab', 'data-testid': `inbox-filter-${f}`, onclick: (e: Event) => {
      state.filter = f;
      tabs.querySelectorAll('button').forEach((b) => b.classList.remove('active'));
      (e.target as HTMLElement).classList.add('active');
      void restart();
    } }, t(`inbox.${f}`))));
  const taskSelect = h('select', { 'data-testid': 'inbox-task-type', 'aria-label': t('inbox.taskType') }, h('option', { value: '' }, t('inbox.anyTask')));
  taskSelect.addEventListener('change', () => { state.taskKey = taskSelect.value; void restart(); });
  const overdueSelect = h('select', { 'data-testid': 'inbox-overdue', 'aria-label': t('inbox.overdue') },
    h('option', { value: '' }, t('inbox.anyOverdue')), ...buckets.map((b) => h('option', { value: b }, t('inbox.bucket', b))));
  overdueSelect.addEventListener('change', () => { state.overdue = overdueSelect.value; void restart(); });
  const searchBox = h('input', { type: 'search', placeholder: t('inbox.search'), 'data-testid': 'inbox-search', maxlength: 100 });
  searchBox.addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => { state.q = searchBox.value.trim(); void restart(); }, 250);
  });
  root.append(h('section', { class: 'inbox' }, h('h1', {}, t('inbox.title')),
    h('div', { class: 'toolbar' }, tabs, taskSelect, overdueSelect, searchBox), list, pager));

  async function loadTaskTypes(): Promise<void> {
    const types = await api<InboxTaskType[]>('GET', '/api/v1/inbox/task-types');
    for (const type of types) taskSelect.append(h('option', { value: type.key }, `${pick(type.names, type.name)} (${formatNumber(type.count)})`));
  }

  async function act(item: InboxItem, action: 'claim' | 'unclaim'): Promise<void> {
    try {
      await api('POST', `/api/v1/inbox/${item.taskId}/${action}`);
      await load(true);
    } catch (e) {
      notice(root, (e as Error).message, 'error');
    }
  }

  function query(withTotal: boolean): string {
    const params = new URLSearchParams({ filter: state.filter, limit: String(pageSize) });
    if (state.taskKey) params.set('taskKey', state.taskKey);
    if (state.overdue) params.set('overdue', state.overdue);
    if (state.q) params.set('q', state.q);
    const cursor = cursors[cursors.length - 1];
    if (cursor) params.set('cursor', cursor);
    if (withTotal) params.set('total', 'true');
    return params.toString();
  }

  async function restart(): Promise<void> {
    cursors = [null];
    await load(true);
  }

  async function load(withTotal = false): Promise<void> {
    let page: InboxPage;
    try {
      page = await api<InboxPage>('GET', `/api/v1/inbox?${query(withTotal)}`);
    } catch (e) {
      notice(root, (e as Error).message, 'error');
      return;
    }
    if (page.total !== null) total = page.total;
    renderRows(page.items);
    renderPager(page.items.length, page.nextCursor);
  }

  function renderPager(count: number, next: string | null): void {
    clear(pager);
    const first = (cursors.length - 1) * pageSize;
    pager.append(
      h('button', { 'data-testid': 'inbox-previous', disabled: cursors.length === 1, onclick: () => { cursors.pop(); void load(); } }, t('inbox.previous')),
      h('span', { class: 'muted', 'data-testid': 'inbox-range' }, count === 0 ? '' : t('inbox.range', formatNumber(first + 1), formatNumber(first + count), total === null ? '…' : formatNumber(total))),
      h('button', { 'data-testid': 'inbox-next', disabled: next === null, onclick: () => { cursors.push(next); void load(); } }, t('inbox.next')));
  }

  function renderRows(items: InboxItem[]): void {
    clear(list);
    if (items.length === 0) {
      list.append(h('p', { class: 'empty', 'data-testid': 'inbox-empty' }, t('inbox.empty')));
      return;
    }
    const late = (d: string | null) => d !== null && new Date(d) < new Date();
    // The inbox sorts by the case's priority; the task's own priority is another number, shown on the task page.
    const headers = ['priority.case', 'inbox.task', 'inbox.case', 'inbox.debtor', 'inbox.amount', 'inbox.daysOverdue', 'inbox.due', 'inbox.followUp', 'inbox.assignee', ''];
    list.append(h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ...headers.map((k) => h('th', {}, k ? t(k) : '')))),
      h('tbody', {}, ...items.map((item) => h('tr', { 'data-testid': 'inbox-row', 'data-task-key': item.taskDefinitionKey },
        h('td', { class: 'num', 'data-testid': 'inbox-priority' }, item.casePriority === null ? '—' : String(item.casePriority)),
        h('td', {}, h('a', { href: `/tasks/${item.taskId}`, 'data-testid': 'inbox-open' }, pick(item.taskNames, item.taskName))),
        h('td', {}, h('a', { href: `/instances/${item.rootInstanceId}` }, item.invoiceNumber ?? item.businessKey ?? item.processDefinitionKey)),
        h('td', { 'data-testid': 'inbox-debtor' }, item.debtor ?? '—',
          item.contactableNow ? null : h('div', { class: 'muted', 'data-testid': 'inbox-not-contactable' },
            t('inbox.notContactable', formatDate(item.contactableAt)), ' (', describeRule(item.contactRule, null), ')')),
        h('td', { class: 'num', 'data-testid': 'inbox-amount' }, item.amount === null ? '—' : formatMoney(item.amount, item.currency)),
        h('td', { class: item.daysOverdue ? 'num late' : 'num', 'data-testid': 'inbox-days-overdue' }, item.daysOverdue === null ? '—' : formatNumber(item.daysOverdue)),
        h('td', { class: late(item.dueDate) ? 'late' : '' }, formatDate(item.dueDate)),
        h('td', {}, formatDate(item.followUpDate)),
        h('td', {}, item.assignee ?? t('inbox.unassigned')),
        h('td', {}, item.assignee === null
          ? h('button', { 'data-testid': 'inbox-claim', onclick: () => void act(item, 'claim') }, t('inbox.claim'))
          : item.assignee === me.email
            ? h('button', { 'data-testid': 'inbox-unclaim', onclick: () => void act(item, 'unclaim') }, t('inbox.unclaim'))
            : null))))));
  }

  await Promise.all([loadTaskTypes(), load(true)]);
}
