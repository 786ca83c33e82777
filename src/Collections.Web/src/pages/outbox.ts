// The outbox: what the embedded default wrote instead of sending, newest first, with one message open.
// HTML bodies are shown in a sandboxed iframe that runs no script (debtor data inside them never runs), sized to the message.
import { api, type Me } from '../api';
import { h } from '../dom';
import { formatDate, t } from '../i18n';
import { navigate } from '../main';
import { companyStatusNotice } from '../company';

interface OutboxItem {
  id: string; channel: 'email' | 'sms'; writtenAt: string; to: string; subject: string;
  caseId: string | null; reference: string | null; messageId: string;
}
interface OutboxPage { items: OutboxItem[]; nextCursor: string | null }
interface OutboxMessage { item: OutboxItem; headers: { name: string; value: string }[]; text: string; html: string | null }

const base = '/api/v1/staff/outbox';

export async function renderOutbox(root: HTMLElement, me: Me, params: Record<string, string>): Promise<void> {
  const caseId = new URLSearchParams(location.search).get('case') ?? '';
  const section = h('section', { class: 'outbox' }, h('h1', {}, t('outbox.title')), h('p', { class: 'muted' }, t('outbox.intro')),
    await companyStatusNotice(me.roles.includes('admin')));
  root.append(section);
  if (params.id) {
    section.append(await renderMessage(decodeURIComponent(params.id), caseId));
    return;
  }
  section.append(filterForm(caseId));
  const body = h('tbody', {});
  const table = h('table', { class: 'grid', 'data-testid': 'outbox' },
    h('thead', {}, h('tr', {}, ...['outbox.when', 'outbox.channel', 'outbox.to', 'outbox.subject', 'outbox.case'].map((k) => h('th', {}, t(k))))),
    body);
  const more = h('button', { 'data-testid': 'outbox-more' }, t('outbox.more'));
  section.append(table, more);
  let cursor: string | null = null;
  const load = async (): Promise<void> => {
    const query = new URLSearchParams({ limit: '50' });
    if (caseId) query.set('caseId', caseId);
    if (cursor) query.set('cursor', cursor);
    const page = await api<OutboxPage>('GET', `${base}?${query}`);
    body.append(...page.items.map((item) => row(item, caseId)));
    cursor = page.nextCursor;
    more.hidden = cursor === null;
    if (body.childElementCount === 0) table.replaceWith(h('p', { 'data-testid': 'outbox-empty' }, t('outbox.empty')));
  };
  more.addEventListener('click', () => void load());
  await load();
}

function filterForm(caseId: string): HTMLElement {
  const input = h('input', { type: 'text', name: 'case', value: caseId, placeholder: t('outbox.case'), 'data-testid': 'outbox-case', size: 38 });
  return h('form', {
    class: 'filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const value = input.value.trim();
      navigate(value ? `/outbox?case=${encodeURIComponent(value)}` : '/outbox');
    },
  }, input, ' ', h('button', { type: 'submit' }, t('outbox.filter')), ' ',
  caseId ? h('a', { href: '/outbox' }, t('outbox.clear')) : null);
}

function row(item: OutboxItem, caseId: string): HTMLElement {
  const link = `/outbox/${encodeURIComponent(item.id)}${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;
  return h('tr', { 'data-testid': 'outbox-row' },
    h('td', {}, formatDate(item.writtenAt)),
    h('td', {}, t(`outbox.channel.${item.channel}`)),
    h('td', {}, item.to),
    // A message's subject is in the debtor's language, shown as written: translate=no says so (and to the language guard).
    h('td', { translate: 'no' }, h('a', { href: link }, item.subject || '—')),
    h('td', {}, item.caseId ? h('a', { href: `/outbox?case=${item.caseId}` }, item.caseId.substring(0, 8)) : '—'));
}

async function renderMessage(id: string, caseId: string): Promise<HTMLElement> {
  const message = await api<OutboxMessage>('GET', `${base}/${encodeURIComponent(id)}`);
  const container = h('article', { class: 'outbox-message', 'data-testid': 'outbox-message' });
  const back = caseId ? `/outbox?case=${encodeURIComponent(caseId)}` : '/outbox';
  container.append(
    h('p', {}, h('a', { href: back }, `← ${t('outbox.back')}`), ' · ',
      // target and download keep the SPA's link handler off this download.
      h('a', { href: `${base}/${encodeURIComponent(id)}/raw`, download: id, target: '_blank', 'data-testid': 'outbox-download' },
        t(message.item.channel === 'email' ? 'outbox.download' : 'outbox.downloadSms'))),
    h('h2', { 'data-testid': 'outbox-subject', translate: 'no' }, message.item.subject || '—'),
    h('dl', { class: 'facts' },
      h('dt', {}, t('outbox.when')), h('dd', {}, formatDate(message.item.writtenAt)),
      h('dt', {}, t('outbox.channel')), h('dd', {}, t(`outbox.channel.${message.item.channel}`)),
      h('dt', {}, t('outbox.to')), h('dd', {}, message.item.to),
      h('dt', {}, t('outbox.case')), h('dd', {}, message.item.caseId ?? '—')));
  if (message.html) {
    // allow-same-origin (and nothing else) lets this page read the message's height to size the frame to it, so the
    // whole message shows, signature included. Scripts stay off: the sandbox has no allow-scripts and the srcdoc frame
    // inherits the page's script-src 'self'; forms, pop-ups and navigating this page stay off too.
    const frame = h('iframe', { sandbox: 'allow-same-origin', title: t('outbox.html'), class: 'outbox-html', 'data-testid': 'outbox-html', referrerpolicy: 'no-referrer', scrolling: 'no' });
    frame.addEventListener('load', () => fitToContent(frame));
    frame.srcdoc = message.html;
    container.append(h('h3', {}, t('outbox.html')), frame);
  }
  container.append(h('h3', {}, t('outbox.text')), h('pre', { class: 'outbox-text', 'data-testid': 'outbox-text' }, message.text));
  const headers = h('details', {}, h('summary', {}, t('outbox.headers')),
    h('table', { class: 'grid' }, h('tbody', {}, ...message.headers.map((x) => h('tr', {}, h('th', {}, x.name), h('td', {}, x.value))))));
  container.append(headers);
  return container;
}

/**
 * Sizes the frame to its document, again whenever the document's size changes (an image arriving late). A message
 * whose own height follows the frame's (height: 100%) would grow it forever: the refits are capped.
 */
function fitToContent(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  let refits = 0;
  const fit = () => {
    const height = Math.min(maxFrameHeight, Math.ceil(doc.documentElement.scrollHeight));
    if (refits++ < maxRefits && Math.abs(height - frame.clientHeight) > 1) frame.style.height = `${height}px`;
  };
  fit();
  new ResizeObserver(fit).observe(doc.documentElement);
}

const maxRefits = 20;
const maxFrameHeight = 20000;
