import 'camunda-bpmn-js/dist/assets/camunda-platform-navigated-viewer.css';
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-platform/NavigatedViewer';
import { diff, type Changes, type ModdleLike } from 'bpmn-js-differ';
import { api, type Definition, type Me } from '../api';
import { h } from '../dom';
import { formatDate, formatNumber, t } from '../i18n';
import { onLeave } from '../main';
import { loadVersions, versionProvenance } from './version-source';

interface ActivityStats { activityId: string; instances: number; incidents: number }
type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';
interface Change { kind: ChangeKind; id: string; type: string; name: string | null; detail: string }

// The version view: one version of a process with, on its diagram, how many cases wait at each
// activity and how many incidents are open there, and what changed from the previous version (bpmn-js-differ).
export async function renderVersions(root: HTMLElement, _me: Me, params: Record<string, string>): Promise<void> {
  const definitions = await api<Definition[]>('GET', '/api/v1/process-definitions?latestOnly=false');
  const byKey = new Map<string, Definition[]>();
  for (const d of definitions) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d].sort((a, b) => b.version - a.version));
  const key = params.key ? decodeURIComponent(params.key) : null;
  const versions = key ? byKey.get(key) ?? [] : [];
  const wanted = new URLSearchParams(location.search).get('version');
  const selected = versions.find((v) => String(v.version) === wanted) ?? versions[0] ?? null;
  const previous = selected ? versions.find((v) => v.version === selected.version - 1) ?? null : null;

  const aside = h('aside', { class: 'processes', 'data-testid': 'versions-processes' },
    h('h2', {}, t('versions.processes')),
    ...[...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => h('div', { class: k === key ? 'process active' : 'process' },
      h('a', { href: `/versions/${encodeURIComponent(k)}`, 'data-testid': `versions-process-${k}` }, list[0].name ?? k),
      k === key ? h('div', { class: 'versions' }, ...list.map((v) =>
        h('a', { href: `/versions/${encodeURIComponent(k)}?version=${v.version}`, class: v === selected ? 'active' : '', title: formatDate(v.deployedAt), 'data-testid': `version-link-${v.version}` }, `v${v.version}`))) : null)));
  const main = h('div', { class: 'versions-main' });
  root.append(h('section', { class: 'versions-page', 'data-testid': 'versions-page' }, aside, main));
  if (!key || !selected) {
    main.append(h('p', { class: 'empty' }, t('versions.choose')));
    return;
  }

  const rows = await loadVersions(selected.key);
  const row = rows.find((r) => r.id === selected.id);
  const diagram = h('div', { class: 'viewer', 'data-testid': 'version-diagram' });
  const changesBox = h('section', { class: 'changes', 'data-testid': 'version-changes' });
  main.append(
    h('h1', { 'data-testid': 'version-title' }, `${selected.name ?? selected.key} · ${t('versions.version', selected.version)}`),
    h('p', { class: 'muted' }, `${t('versions.deployed')} ${formatDate(selected.deployedAt)} · ${selected.resourceName}`),
    row ? versionProvenance(row) : '',
    h('div', { class: 'legend' },
      h('span', { class: 'stat-badge' }, t('versions.legendWaiting')), h('span', { class: 'stat-badge incidents' }, t('versions.legendIncidents')),
      previous ? h('span', { class: 'swatch diff-added' }, t('versions.added')) : null,
      previous ? h('span', { class: 'swatch diff-changed' }, t('versions.changed')) : null,
      previous ? h('span', { class: 'swatch diff-layout' }, t('versions.layout')) : null),
    diagram, changesBox);

  const [xml, previousXml, stats] = await Promise.all([
    api<string>('GET', `/api/v1/process-definitions/${selected.id}/xml`),
    previous ? api<string>('GET', `/api/v1/process-definitions/${previous.id}/xml`) : Promise.resolve(null),
    api<ActivityStats[]>('GET', `/api/v1/staff/definitions/${selected.id}/activity-stats`),
  ]);
  const viewer = new NavigatedViewer({ container: diagram });
  onLeave(() => viewer.destroy());
  // The previous version is read through the same viewer's moddle, then replaced by the selected one.
  let before: unknown = null;
  if (previousXml) {
    await viewer.importXML(previousXml);
    before = viewer.getDefinitions();
  }
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas') as { zoom(v: string): void; addMarker(id: string, m: string): void };
  const registry = viewer.get('elementRegistry') as { get(id: string): unknown };
  const overlays = viewer.get('overlays') as { add(id: string, type: string, o: unknown): void };
  canvas.zoom('fit-viewport');

  for (const s of stats) {
    if (!registry.get(s.activityId)) continue;
    overlays.add(s.activityId, 'stats', {
      position: { bottom: 12, left: -10 },
      html: h('div', { class: 'stat-overlay', 'data-testid': 'stats-overlay', 'data-element-id': s.activityId, 'data-instances': s.instances, 'data-incidents': s.incidents },
        s.instances > 0 ? h('span', { class: 'stat-badge', title: t('versions.waiting', s.instances) }, formatNumber(s.instances)) : null,
        s.incidents > 0 ? h('span', { class: 'stat-badge incidents', title: t('versions.incidents', s.incidents) }, formatNumber(s.incidents)) : null),
    });
  }

  if (!previous || !before) {
    changesBox.append(h('p', { class: 'muted', 'data-testid': 'diff-first' }, t('versions.first')));
    return;
  }
  const changes = toList(diff(before, viewer.getDefinitions()));
  for (const c of changes) {
    const marker = c.kind === 'added' ? 'diff-added' : c.kind === 'changed' ? 'diff-changed' : c.kind === 'layout' ? 'diff-layout' : null;
    if (marker && registry.get(c.id)) canvas.addMarker(c.id, marker);
  }
  changesBox.append(h('h2', {}, t('versions.changes', previous.version)));
  if (changes.length === 0) {
    changesBox.append(h('p', { class: 'muted', 'data-testid': 'diff-none' }, t('versions.noChanges')));
    return;
  }
  changesBox.append(h('table', { class: 'grid', 'data-testid': 'diff-list' },
    h('thead', {}, h('tr', {}, ...['versions.kind', 'versions.element', 'versions.type', 'versions.detail'].map((k) => h('th', {}, t(k))))),
    h('tbody', {}, ...changes.map((c) => h('tr', { class: `diff-row ${c.kind}`, 'data-testid': 'diff-item', 'data-kind': c.kind, 'data-element-id': c.id },
      h('td', {}, h('span', { class: `swatch diff-${c.kind}` }, t(`versions.${c.kind}`))),
      h('td', {}, h('code', {}, c.id), c.name ? ` ${c.name}` : ''),
      h('td', {}, c.type.replace(/^bpmn:/, '')),
      h('td', { class: 'muted' }, c.detail))))));
}

const order: ChangeKind[] = ['added', 'removed', 'changed', 'layout'];

function toList(changes: Changes): Change[] {
  const of = (kind: ChangeKind, id: string, model: ModdleLike, detail = ''): Change =>
    ({ kind, id, type: model.$type, name: typeof model.name === 'string' && model.name ? model.name : null, detail });
  const list = [
    ...Object.entries(changes._added).map(([id, m]) => of('added', id, m)),
    ...Object.entries(changes._removed).map(([id, m]) => of('removed', id, m)),
    // bpmn-js-differ 3.2.0 passes jsondiffpatch's [old, new] to changed(model, property, newValue, oldValue), so in
    // attrs the two are swapped: newValue holds the previous version's value.
    ...Object.entries(changes._changed).map(([id, c]) => of('changed', id, c.model,
      Object.entries(c.attrs).map(([attr, v]) => `${attr}: ${show(v.newValue)} → ${show(v.oldValue)}`).join('; '))),
    // An element both changed and moved is listed once, as changed.
    ...Object.entries(changes._layoutChanged).filter(([id]) => !(id in changes._changed)).map(([id, m]) => of('layout', id, m)),
  ];
  return list.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.id.localeCompare(b.id));
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'object') return (value as { $type?: string }).$type?.replace(/^bpmn:/, '') ?? '…';
  const text = String(value);
  return text.length > 60 ? `${text.substring(0, 57)}…` : text;
}
