// "Migrate running cases": pick the version cases run on and the version to move them to, check the
// generated mapping and map what is left by hand, preview where every case goes (or why it cannot), then migrate as a
// batch on the server and watch its progress.
import { api, ApiError, type Me } from '../api';
import { clear, h, notice } from '../dom';
import { formatDate, t } from '../i18n';
import { onLeave } from '../main';

interface Definition { id: string; key: string; version: number; name: string | null; deployedAt: string }
interface Version { definition: Definition; runningInstances: number }
interface Instruction { sourceActivityId: string; targetActivityId: string; updateEventTrigger?: boolean }
interface Activity { id: string; name: string | null; kind: string; scopeId: string | null }
interface PlanProblem { code: string; message: string; activityId: string | null }
interface Draft {
  plan: { instructions: Instruction[] }; source: Definition; target: Definition;
  sourceActivities: Activity[]; targetActivities: Activity[]; unmappedSourceActivityIds: string[]; problems: PlanProblem[];
}
interface Move { sourceActivityId: string; sourceName: string | null; targetActivityId: string; targetName: string | null }
interface InstancePreview { processInstanceId: string; businessKey: string | null; canMigrate: boolean; moves: Move[]; problems: PlanProblem[] }
interface Preview { planProblems: PlanProblem[]; total: number; migratable: number; notMigratable: number; listed: number; instances: InstancePreview[] }
interface Batch {
  id: string; definitionKey: string; sourceVersion: number; targetVersion: number; total: number; migrated: number; failed: number;
  pending: number; completed: boolean; createdAt: string; completedAt: string | null; createdBy: string | null;
  failures: { processInstanceId: string; businessKey: string | null; message: string }[];
}

const POLL_MS = 1000;
const label = (a: { id: string; name: string | null }) => (a.name ? `${a.name} (${a.id})` : a.id);

export async function renderMigration(root: HTMLElement, _me: Me, params: Record<string, string>): Promise<void> {
  const key = params.key;
  const versions = await api<Version[]>('GET', `/api/v1/processes/${encodeURIComponent(key)}/versions`);
  let timer: number | undefined;
  onLeave(() => window.clearInterval(timer));

  const running = versions.filter((v) => v.runningInstances > 0 && v !== versions[0]);
  const option = (v: Version, selected: boolean) =>
    h('option', { value: v.definition.id, selected }, `v${v.definition.version} · ${t('migration.running', v.runningInstances)}`);
  const source = h('select', { 'data-testid': 'migration-source', onchange: () => void loadPlan() },
    ...versions.map((v) => option(v, v === (running[0] ?? versions[1] ?? versions[0]))));
  const target = h('select', { 'data-testid': 'migration-target', onchange: () => void loadPlan() },
    ...versions.map((v) => option(v, v === versions[0])));
  const updateTriggers = h('input', { type: 'checkbox', 'data-testid': 'migration-update-timers' });
  const mapping = h('div', { 'data-testid': 'migration-mapping' });
  const previewBox = h('div', { 'data-testid': 'migration-preview' });
  const progress = h('div', { 'data-testid': 'migration-progress' });
  const previewButton = h('button', { 'data-testid': 'migration-preview-button', onclick: () => void preview() }, t('migration.preview'));
  const page = h('section', { class: 'migration' },
    h('h1', {}, t('migration.title'), ' ', h('code', {}, key)),
    h('p', { class: 'muted' }, h('a', { href: `/designer/${encodeURIComponent(key)}` }, t('migration.backToDesigner'))),
    h('table', { class: 'grid versions-table', 'data-testid': 'migration-versions' },
      h('thead', {}, h('tr', {}, h('th', {}, t('migration.version')), h('th', {}, t('migration.deployed')), h('th', {}, t('migration.runningCases')))),
      versionRows(versions)),
    h('div', { class: 'toolbar' },
      h('label', {}, t('migration.from'), source), h('label', {}, t('migration.to'), target),
      h('label', { class: 'check' }, updateTriggers, t('migration.updateTimers'))),
    h('h2', {}, t('migration.mapping')), mapping,
    h('div', { class: 'toolbar' }, previewButton),
    previewBox, progress);
  root.append(page);

  function versionRows(list: Version[]): HTMLTableSectionElement {
    return h('tbody', { 'data-testid': 'migration-version-rows' }, ...list.map((v) => h('tr', { 'data-testid': `version-row-${v.definition.version}` },
      h('td', {}, `v${v.definition.version}`), h('td', {}, formatDate(v.definition.deployedAt)), h('td', { class: 'num' }, String(v.runningInstances)))));
  }

  let draft: Draft | null = null;
  const manual = new Map<string, string>();
  let migratableIds: string[] = [];

  function body(ids?: string[]) {
    return {
      sourceDefinitionId: source.value, targetDefinitionId: target.value, updateEventTriggers: updateTriggers.checked,
      manualInstructions: [...manual.entries()].map(([sourceActivityId, targetActivityId]) => ({ sourceActivityId, targetActivityId })),
      processInstanceIds: ids,
    };
  }

  async function loadPlan(): Promise<void> {
    clear(previewBox);
    clear(mapping);
    manual.clear();
    if (source.value === target.value) {
      mapping.append(h('p', { class: 'muted' }, t('migration.sameVersion')));
      return;
    }
    draft = await api<Draft>('POST', '/api/v1/migrations/plan', body());
    renderMapping();
  }

  function renderMapping(): void {
    if (!draft) return;
    clear(mapping);
    const auto = new Map(draft.plan.instructions.map((i) => [i.sourceActivityId, i.targetActivityId]));
    const unmapped = new Set(draft.unmappedSourceActivityIds);
    mapping.append(h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, t('migration.sourceActivity', draft.source.version)), h('th', {}, t('migration.kind')),
        h('th', {}, t('migration.targetActivity', draft.target.version)))),
      h('tbody', {}, ...draft.sourceActivities.map((a) => {
        const choices = draft!.targetActivities.filter((x) => x.kind === a.kind);
        const current = manual.get(a.id) ?? auto.get(a.id) ?? '';
        const select = h('select', { 'data-testid': `mapping-select-${a.id}`, onchange: () => {
          if (select.value) manual.set(a.id, select.value); else manual.delete(a.id);
          clear(previewBox);
        } },
          h('option', { value: '' }, t('migration.notMapped')),
          ...choices.map((c) => h('option', { value: c.id, selected: c.id === current }, label(c))));
        return h('tr', { 'data-testid': 'mapping-row', 'data-source-id': a.id, class: unmapped.has(a.id) && !manual.has(a.id) ? 'unmapped' : '' },
          h('td', {}, label(a)), h('td', {}, h('code', {}, a.kind)), h('td', {}, select));
      }))));
    for (const p of draft.problems) mapping.append(h('p', { class: 'error', 'data-testid': 'plan-problem' }, p.message));
  }

  async function preview(): Promise<void> {
    clear(previewBox);
    clear(progress);
    let result: Preview;
    try {
      result = await api<Preview>('POST', '/api/v1/migrations/preview', body());
    } catch (e) {
      notice(root, (e as Error).message, 'error');
      return;
    }
    migratableIds = result.instances.filter((i) => i.canMigrate).map((i) => i.processInstanceId);
    for (const p of result.planProblems) previewBox.append(h('p', { class: 'error', 'data-testid': 'plan-problem' }, p.message));
    const move = (m: Move) => h('div', {}, label({ id: m.sourceActivityId, name: m.sourceName }), ' → ', h('strong', {}, label({ id: m.targetActivityId, name: m.targetName })));
    previewBox.append(h('div', {},
      h('p', { 'data-testid': 'preview-summary' }, t('migration.summary', result.total, result.migratable, result.notMigratable)),
      result.listed < result.total ? h('p', { class: 'muted' }, t('migration.listed', result.listed)) : null,
      h('table', { class: 'grid', 'data-testid': 'preview-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('inbox.case')), h('th', {}, t('migration.moves')), h('th', {}, t('migration.outcome')))),
        h('tbody', {}, ...result.instances.map((i) => h('tr', { 'data-testid': 'preview-row', 'data-instance-id': i.processInstanceId, class: i.canMigrate ? '' : 'unmapped' },
          h('td', {}, h('a', { href: `/instances/${i.processInstanceId}` }, i.businessKey ?? i.processInstanceId.substring(0, 8))),
          h('td', {}, ...i.moves.map(move)),
          h('td', { 'data-testid': 'preview-outcome' }, i.canMigrate ? t('migration.canMove') : h('span', { class: 'error' }, ...i.problems.map((p) => h('div', {}, p.message)))))))),
      h('div', { class: 'toolbar' }, h('button', {
        class: 'primary', 'data-testid': 'migration-start', disabled: migratableIds.length === 0, onclick: () => void start(),
      }, t('migration.start', migratableIds.length)))));
  }

  async function start(): Promise<void> {
    try {
      const batch = await api<Batch>('POST', '/api/v1/migrations', body(migratableIds));
      (previewBox.querySelector('[data-testid=migration-start]') as HTMLButtonElement | null)?.setAttribute('disabled', '');
      showProgress(batch);
      timer = window.setInterval(() => void poll(batch.id), POLL_MS);
    } catch (e) {
      notice(root, e instanceof ApiError ? e.message : String(e), 'error');
    }
  }

  async function poll(id: string): Promise<void> {
    const batch = await api<Batch>('GET', `/api/v1/migrations/${id}`);
    showProgress(batch);
    if (!batch.completed) return;
    window.clearInterval(timer);
    // The running-case counts changed: show them as they are now.
    const now = await api<Version[]>('GET', `/api/v1/processes/${encodeURIComponent(key)}/versions`);
    page.querySelector('[data-testid=migration-version-rows]')?.replaceWith(versionRows(now));
  }

  function showProgress(batch: Batch): void {
    clear(progress);
    const done = batch.migrated + batch.failed;
    progress.append(h('div', {},
      h('h2', {}, t('migration.progress', batch.sourceVersion, batch.targetVersion)),
      h('progress', { max: batch.total, value: done }),
      h('p', { 'data-testid': batch.completed ? 'migration-done' : 'migration-running' },
        t('migration.counts', batch.total, batch.migrated, batch.failed, batch.pending),
        batch.completed ? ` · ${t('migration.completed')}` : ''),
      batch.failures.length > 0
        ? h('ul', { class: 'problems', 'data-testid': 'migration-failures' }, ...batch.failures.map((f) =>
          h('li', { class: 'error' }, h('strong', {}, f.businessKey ?? f.processInstanceId.substring(0, 8)), ': ', f.message)))
        : null));
  }

  if (versions.length < 2) {
    mapping.append(h('p', { class: 'muted' }, t('migration.oneVersion')));
    previewButton.setAttribute('disabled', '');
    return;
  }
  await loadPlan();
}
