import 'camunda-bpmn-js/dist/assets/camunda-platform-navigated-viewer.css';
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-platform/NavigatedViewer';
import { diff } from 'bpmn-js-differ';
import { describeChanges, describeElement } from '../diff-wording';
import { focusDiagram, diagramModules } from '../diagram-focus';
import { api, type Definition, type Me } from '../api';
import { h } from '../dom';
import { formatDate, formatNumber, lang, t } from '../i18n';
import { onLeave } from '../main';
import { loadVersions, versionProvenance } from './version-source';

interface ActivityStats { activityId: string; instances: number; incidents: number }

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
  const title = h('h1', { 'data-testid': 'version-title' }, `${selected.name ?? selected.key} · ${t('versions.version', selected.version)}`);
  main.append(
    title,
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
  const viewer = new NavigatedViewer({ container: diagram, additionalModules: diagramModules });
  onLeave(() => viewer.destroy());
  // The previous version is read through the same viewer's moddle, then replaced by the selected one.
  let before: unknown = null;
  if (previousXml) {
    await viewer.importXML(previousXml);
    before = viewer.getDefinitions();
  }
  await viewer.importXML(xml);
  // The title says the process's name in the reader's language once the diagram (which carries it) is read.
  const process = ((viewer.getDefinitions() as { rootElements?: { $type: string }[] }).rootElements ?? []).find((e) => e.$type === 'bpmn:Process');
  if (process) title.textContent = `${describeElement(process as Parameters<typeof describeElement>[0], t, lang())} · ${t('versions.version', selected.version)}`;
  const canvas = viewer.get('canvas') as { addMarker(id: string, m: string): void };
  const registry = viewer.get('elementRegistry') as { get(id: string): unknown };
  const overlays = viewer.get('overlays') as { add(id: string, type: string, o: unknown): void };
  // The view opens on where cases wait or incidents are open; a version nobody runs opens on what changed.
  const busy = stats.filter((s) => s.instances > 0 || s.incidents > 0).map((s) => s.activityId);
  const changes = before ? describeChanges(before, viewer.getDefinitions(), diff(before, viewer.getDefinitions()), t, lang()) : [];
  focusDiagram(viewer, diagram, busy.length > 0 ? busy : changes.filter((c) => c.kind !== 'removed').map((c) => c.id));

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
      h('td', { 'data-testid': 'diff-element' }, c.element),
      h('td', {}, c.type),
      h('td', { class: 'muted', 'data-testid': 'diff-detail' }, ...c.details.map((d) => h('div', {}, d))))))));
}
