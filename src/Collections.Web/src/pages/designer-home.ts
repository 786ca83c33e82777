import '../ui-details.css';
import type { Definition } from '../api';
import { h } from '../dom';
import { formatDate, t } from '../i18n';
import { draftKey, newProcess } from '../designer-drafts';
import { loadVersions, sourceText, type VersionRow } from './version-source';

const draftPrefix = draftKey('');

/**
 * The designer's first screen: every process with its latest version, when and by whom it was published, a link to
 * open it, and "new process". Drafts of processes never published (kept in this browser) are listed too.
 */
export async function renderDesignerHome(root: HTMLElement, byKey: Map<string, Definition[]>): Promise<void> {
  const keys = [...byKey.keys()].sort((a, b) => (byKey.get(a)![0].name ?? a).localeCompare(byKey.get(b)![0].name ?? b));
  const latest = new Map<string, VersionRow | undefined>(
    await Promise.all(keys.map(async (k) => [k, (await loadVersions(k))[0]] as const)));
  const drafts = Object.keys(localStorage).filter((k) => k.startsWith(draftPrefix)).map((k) => k.substring(draftPrefix.length));
  const unpublished = drafts.filter((k) => !byKey.has(k)).sort();
  const open = (key: string) => h('a', { href: `/designer/${encodeURIComponent(key)}`, class: 'button', 'data-testid': `designer-open-${key}` }, t('designer.openProcess'));
  const draftBadge = (key: string) => (drafts.includes(key) ? h('span', { class: 'badge' }, t('designer.draft')) : null);
  const rows = [
    ...keys.map((k) => {
      const definition = byKey.get(k)![0];
      const row = latest.get(k);
      return h('tr', { 'data-testid': 'designer-home-row', 'data-key': k },
        h('td', {}, h('a', { href: `/designer/${encodeURIComponent(k)}` }, definition.name ?? k), ' ', draftBadge(k)),
        h('td', { 'data-testid': 'designer-home-version' }, `v${definition.version}`),
        h('td', {}, formatDate(definition.deployedAt)),
        h('td', { 'data-testid': 'designer-home-source' }, row ? sourceText(row) : t('source.unknown')),
        h('td', {}, open(k)));
    }),
    ...unpublished.map((k) => h('tr', { 'data-testid': 'designer-home-row', 'data-key': k },
      h('td', {}, h('a', { href: `/designer/${encodeURIComponent(k)}` }, k), ' ', draftBadge(k)),
      h('td', {}, '—'), h('td', {}, '—'), h('td', {}, '—'), h('td', {}, open(k)))),
  ];
  root.append(h('section', { class: 'designer-home', 'data-testid': 'designer-home' },
    h('h1', {}, t('designer.title')),
    h('div', { class: 'toolbar' },
      h('p', { class: 'muted' }, t('designer.intro')), h('span', { class: 'spacer' }),
      h('button', { class: 'primary', 'data-testid': 'designer-new', onclick: newProcess }, t('designer.new'))),
    rows.length === 0
      ? h('p', { class: 'empty', 'data-testid': 'designer-home-empty' }, t('designer.none'))
      : h('table', { class: 'grid', 'data-testid': 'designer-home-list' },
        h('thead', {}, h('tr', {}, ...['designer.name', 'designer.latest', 'designer.publishedAt', 'designer.source', ''].map((k) => h('th', {}, k ? t(k) : '')))),
        h('tbody', {}, ...rows))));
}
