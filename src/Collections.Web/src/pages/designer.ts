import 'camunda-bpmn-js/dist/assets/camunda-platform-modeler.css';
import Modeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import { api, ApiError, type Definition, type Me, type Validation } from '../api';
import { clear, h, notice } from '../dom';
import { formatDate, has, t } from '../i18n';
import { flash, navigate, onLeave } from '../main';
import { translateModule } from '../bpmn-translate';
import { askToPublish } from './publish-dialog';
import { loadVersions, versionProvenance } from './version-source';
import { draftKey, newProcess, newProcessXml } from '../designer-drafts';
import { renderDesignerHome } from './designer-home';

export function problemText(p: { code: string; message: string }): string {
  return has(`problem.${p.code}`) ? `${t(`problem.${p.code}`)}: ${p.message}` : p.message;
}

export async function renderDesigner(root: HTMLElement, _me: Me, params: Record<string, string>): Promise<void> {
  const [definitions, templates, rows] = await Promise.all([
    api<Definition[]>('GET', '/api/v1/process-definitions?latestOnly=false'),
    api<unknown[]>('GET', '/api/v1/element-templates'),
    params.key ? loadVersions(params.key) : Promise.resolve([]),
  ]);
  const byKey = new Map<string, Definition[]>();
  for (const d of definitions) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d].sort((a, b) => b.version - a.version));
  const key = params.key ?? null;
  // With no process chosen, the designer opens on the list of processes rather than an empty canvas.
  if (!key) {
    await renderDesignerHome(root, byKey);
    return;
  }

  const list = h('aside', { class: 'processes', 'data-testid': 'process-list' },
    h('h2', {}, t('designer.processes')),
    ...[...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, versions]) => h('div', { class: k === key ? 'process active' : 'process' },
      h('a', { href: `/designer/${encodeURIComponent(k)}`, 'data-testid': `process-${k}` }, versions[0].name ?? k),
      h('div', { class: 'versions' }, ...versions.map((v) =>
        h('a', { href: `/designer/${encodeURIComponent(k)}?version=${v.version}`, title: formatDate(v.deployedAt), 'data-testid': `process-${k}-v${v.version}` }, `v${v.version}`))),
      localStorage.getItem(draftKey(k)) ? h('span', { class: 'badge' }, t('designer.draft')) : null)),
    h('button', { 'data-testid': 'designer-new', onclick: newProcess }, t('designer.new')));

  const canvas = h('div', { class: 'canvas', 'data-testid': 'designer-canvas' });
  const properties = h('div', { class: 'properties', 'data-testid': 'properties-panel' });
  const problems = h('ul', { class: 'problems', 'data-testid': 'problems' });
  const toolbar = h('div', { class: 'toolbar' },
    h('strong', { 'data-testid': 'designer-key' }, key ?? ''),
    h('button', { 'data-testid': 'designer-save-draft', disabled: !key, onclick: () => void saveDraft() }, t('designer.saveDraft')),
    h('button', { 'data-testid': 'designer-validate', disabled: !key, onclick: () => void validate() }, t('designer.validate')),
    h('button', { class: 'primary', 'data-testid': 'designer-publish', disabled: !key, onclick: () => void publish() }, t('designer.publish')),
    key && (byKey.get(key)?.length ?? 0) > 1
      ? h('a', { href: `/designer/${encodeURIComponent(key)}/migrate`, 'data-testid': 'designer-migrate' }, t('migration.open'))
      : null,
    key && localStorage.getItem(draftKey(key))
      ? h('button', { class: 'link', 'data-testid': 'designer-discard', onclick: () => { localStorage.removeItem(draftKey(key)); navigate(location.pathname, true); } }, t('designer.discardDraft'))
      : null);
  const provenance = h('div', { class: 'designer-provenance' });
  const work = h('div', { class: 'designer-work' }, toolbar, provenance, problems, h('div', { class: 'designer-body' }, canvas, properties));
  const page = h('section', { class: 'designer' }, list, work);
  root.append(page);
  root.classList.add('wide');

  const modeler = new Modeler({
    container: canvas,
    propertiesPanel: { parent: properties },
    elementTemplates: templates,
    additionalModules: [translateModule],
  } as ConstructorParameters<typeof Modeler>[0]);
  onLeave(() => { modeler.destroy(); root.classList.remove('wide'); });

  const draft = localStorage.getItem(draftKey(key));
  const wanted = new URLSearchParams(location.search).get('version');
  const versions = byKey.get(key) ?? [];
  let xml = draft;
  if (draft && !wanted) notice(root, t('designer.loadDraft'));
  if (!xml || wanted) {
    const definition = wanted ? versions.find((v) => String(v.version) === wanted) : versions[0];
    xml = definition ? await api<string>('GET', `/api/v1/process-definitions/${definition.id}/xml`) : newProcessXml(key);
    const row = definition ? rows.find((r) => r.id === definition.id) : undefined;
    if (row) provenance.append(versionProvenance(row));
  }
  await modeler.importXML(xml);
  (modeler.get('canvas') as { zoom(v: string): void }).zoom('fit-viewport');
  // Exposed and marked only once the diagram is in: whoever scripts the modeler (the browser tests) must not race the
  // page's own import, which would replace their diagram.
  (window as unknown as { collectionsModeler: unknown }).collectionsModeler = modeler;
  canvas.dataset.loaded = 'true';

  const currentXml = async () => (await modeler.saveXML({ format: true })).xml ?? '';

  async function saveDraft(): Promise<void> {
    localStorage.setItem(draftKey(key!), await currentXml());
    notice(root, t('designer.draftSaved'));
  }

  let shown: string[] = [];
  function showProblems(result: Validation): void {
    const overlays = modeler.get('overlays') as { remove(filter: { type: string }): void; add(id: string, type: string, o: unknown): void };
    const canvasService = modeler.get('canvas') as { removeMarker(id: string, m: string): void; addMarker(id: string, m: string): void };
    const registry = modeler.get('elementRegistry') as { get(id: string): unknown };
    overlays.remove({ type: 'validation' });
    shown.forEach((id) => { canvasService.removeMarker(id, 'has-problem'); });
    shown = [];
    clear(problems);
    for (const p of result.problems) {
      const text = problemText(p);
      problems.append(h('li', { class: p.severity, 'data-testid': 'problem', 'data-element-id': p.elementId ?? '' },
        p.elementId ? h('code', {}, p.elementId) : null, ' ', text));
      if (p.elementId && registry.get(p.elementId)) {
        canvasService.addMarker(p.elementId, 'has-problem');
        shown.push(p.elementId);
        overlays.add(p.elementId, 'validation', {
          position: { top: -14, right: 10 },
          html: h('div', { class: `problem-badge ${p.severity}`, title: text, 'data-testid': 'problem-overlay', 'data-element-id': p.elementId }, '!'),
        });
      }
    }
  }

  async function validate(): Promise<Validation> {
    const result = await api<Validation>('POST', `/api/v1/designer/validate?name=${encodeURIComponent(key!)}.bpmn`, await currentXml(), 'application/xml');
    showProblems(result);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    notice(root, result.valid ? t('designer.valid') : t('designer.invalid', errors), result.valid ? 'ok' : 'error');
    return result;
  }

  // Publishing asks for the change note and names the running cases that stay on their version (fresh counts).
  async function publish(): Promise<void> {
    const result = await validate();
    if (!result.valid) return;
    try {
      const changeNote = await askToPublish(key!, await loadVersions(key!));
      if (changeNote === null) return;
      const deployed = await api<{ definitions: (Definition & { isNewVersion: boolean })[] }>(
        'POST', '/api/v1/designer/publish', { name: `${key!}.bpmn`, xml: await currentXml(), changeNote });
      localStorage.removeItem(draftKey(key!));
      const d = deployed.definitions.find((x) => x.key === key) ?? deployed.definitions[0];
      if (d) flash(d.isNewVersion ? t('designer.published', d.key, d.version) : t('designer.unchanged', d.version));
      navigate(`/designer/${encodeURIComponent(key!)}`, true);
    } catch (e) {
      const problemsOf = e instanceof ApiError ? (e.problem?.problems as Validation['problems'] | undefined) : undefined;
      if (problemsOf) showProblems({ valid: false, problems: problemsOf });
      notice(root, (e as Error).message, 'error');
    }
  }
}
