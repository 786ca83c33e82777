import { api, type InboxItem, type Me, type UserTask } from '../api';
import { clear, h, notice } from '../dom';
import { formatDate, formatMoney, t } from '../i18n';

export async function renderInbox(root: HTMLElement, me: Me): Promise<void> {
  let filter = 'all';
  let search = '';
  const list = h('div', { 'data-testid': 'inbox-list' });
  const tabs = h('div', { class: 'tabs' }, ...['all', 'mine', 'offered'].map((f) =>
    h('button', { class: f === filter ? 'tab active' : 'tab', 'data-testid': `inbox-filter-${f}`, onclick: (e: Event) => {
      filter = f;
      tabs.querySelectorAll('button').forEach((b) => b.classList.remove('active'));
      (e.target as HTMLElement).classList.add('active');
      void load();
    } }, t(`inbox.${f}`))));
  const searchBox = h('input', { type: 'search', placeholder: t('inbox.search'), 'data-testid': 'inbox-search' });
  searchBox.addEventListener('input', () => { search = searchBox.value.toLowerCase(); void load(); });
  root.append(h('section', { class: 'inbox' }, h('h1', {}, t('inbox.title')), h('div', { class: 'toolbar' }, tabs, searchBox), list));

  async function act(task: UserTask, action: 'claim' | 'unclaim'): Promise<void> {
    try {
      await api('POST', `/api/v1/inbox/${task.id}/${action}`);
      await load();
    } catch (e) {
      notice(root, (e as Error).message, 'error');
    }
  }

  async function load(): Promise<void> {
    const items = (await api<InboxItem[]>('GET', `/api/v1/inbox?filter=${filter}`))
      .filter(({ task, debtor }) => !search || `${task.name} ${task.businessKey} ${task.definitionKey} ${debtor ?? ''}`.toLowerCase().includes(search));
    clear(list);
    if (items.length === 0) {
      list.append(h('p', { class: 'empty', 'data-testid': 'inbox-empty' }, t('inbox.empty')));
      return;
    }
    const overdue = (d: string | null) => d !== null && new Date(d) < new Date();
    list.append(h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ...['inbox.priority', 'inbox.task', 'inbox.case', 'inbox.debtor', 'inbox.amount', 'inbox.due', 'inbox.followUp', 'inbox.assignee', ''].map((k) => h('th', {}, k ? t(k) : '')))),
      h('tbody', {}, ...items.map(({ task, amount, currency, debtor }) => h('tr', { 'data-testid': 'inbox-row', 'data-task-key': task.taskDefinitionKey },
        h('td', { class: 'num' }, String(task.priority)),
        h('td', {}, h('a', { href: `/tasks/${task.id}`, 'data-testid': 'inbox-open' }, task.name ?? task.taskDefinitionKey)),
        h('td', {}, h('a', { href: `/instances/${task.processInstanceId}` }, task.businessKey ?? task.definitionKey)),
        h('td', {}, debtor ?? '—'),
        h('td', { class: 'num', 'data-testid': 'inbox-amount' }, amount === null ? '—' : formatMoney(amount, currency)),
        h('td', { class: overdue(task.dueDate) ? 'late' : '' }, formatDate(task.dueDate)),
        h('td', {}, formatDate(task.followUpDate)),
        h('td', {}, task.assignee ?? t('inbox.unassigned')),
        h('td', {}, task.assignee === null
          ? h('button', { 'data-testid': 'inbox-claim', onclick: () => void act(task, 'claim') }, t('inbox.claim'))
          : task.assignee === me.email
            ? h('button', { 'data-testid': 'inbox-unclaim', onclick: () => void act(task, 'unclaim') }, t('inbox.unclaim'))
            : null))))));
  }

  await load();
}
