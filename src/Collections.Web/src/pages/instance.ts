import 'camunda-bpmn-js/dist/assets/camunda-platform-navigated-viewer.css';
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-platform/NavigatedViewer';
import { api, type CaseListItem, type HistoryEntry, type Instance, type Me, type Page } from '../api';
import { h } from '../dom';
import { formatDate, t } from '../i18n';
import { navigate, onLeave } from '../main';
import { activityName, caseStateText, processName, processState, processStates, waitText, whyRunning } from '../process-state';

export async function renderInstances(root: HTMLElement): Promise<void> {
  const [instances, states] = await Promise.all([api<Instance[]>('GET', '/api/v1/process-instances?status=Active&take=200'), processStates()]);
  root.append(h('section', {},
    h('h1', {}, t('instances.title')),
    h('table', { class: 'grid', 'data-testid': 'instances' },
      h('thead', {}, h('tr', {}, ...['inbox.case', 'instance.process', 'instance.caseState', 'instance.processState', 'instances.started', 'instances.waiting'].map((k) => h('th', {}, t(k))))),
      h('tbody', {}, ...instances.map((i) => h('tr', { 'data-testid': 'instance-row' },
        h('td', {}, h('a', { href: `/instances/${i.id}` }, i.businessKey ?? i.id.substring(0, 8))),
        h('td', {}, `${processName(states.get(i.id), i.definitionKey)} v${i.definitionVersion}`),
        h('td', { 'data-testid': 'instance-case-state' }, caseStateText(states.get(i.id))),
        h('td', {}, t(`status.${i.status}`)),
        h('td', {}, formatDate(i.startedAt)),
        h('td', {}, whyRunning(states.get(i.id)) ?? (states.get(i.id)?.waits.map(waitText).join('; ') || '—'))))))));
}

export async function renderInstance(root: HTMLElement, _me: Me, params: Record<string, string>): Promise<void> {
  // A case's process opens as its case page (the inbox links here); ?view=process keeps the technical view.
  if (new URLSearchParams(location.search).get('view') !== 'process') {
    const owner = await api<Page<CaseListItem>>('GET', `/api/v1/staff/cases?processInstanceId=${params.id}&limit=1`).catch(() => null);
    if (owner?.items[0]) {
      navigate(`/cases/${owner.items[0].case.id}`, true);
      return;
    }
  }
  const instance = await api<Instance>('GET', `/api/v1/process-instances/${params.id}`);
  const [xml, history, variables, state] = await Promise.all([
    api<string>('GET', `/api/v1/process-definitions/${instance.definitionId}/xml`),
    api<HistoryEntry[]>('GET', `/api/v1/process-instances/${instance.id}/history`),
    api<Record<string, { type: string; value: unknown }>>('GET', `/api/v1/process-instances/${instance.id}/variables`),
    processState(instance.id),
  ]);
  const why = whyRunning(state);
  const diagram = h('div', { class: 'viewer', 'data-testid': 'case-diagram' });
  root.append(h('section', { class: 'case' },
    h('h1', { 'data-testid': 'case-title' }, `${t('instance.title')} ${instance.businessKey ?? instance.id.substring(0, 8)}`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('instance.process')), h('dd', {}, processName(state, instance.definitionKey)),
      h('dt', {}, t('instance.version')), h('dd', {}, String(instance.definitionVersion)),
      h('dt', {}, t('instance.caseState')), h('dd', { 'data-testid': 'instance-case-state' }, caseStateText(state)),
      h('dt', {}, t('instance.processState')), h('dd', { 'data-testid': 'case-status' }, t(`status.${instance.status}`), why ? ' · ' : '', why),
      h('dt', {}, t('instances.started')), h('dd', {}, formatDate(instance.startedAt)),
      h('dt', {}, t('instance.incidents')), h('dd', {}, String(instance.openIncidents))),
    diagram,
    h('div', { class: 'columns' },
      h('div', {}, h('h2', {}, t('instance.timeline')), h('ol', { class: 'timeline', 'data-testid': 'case-timeline' },
        ...history.map((e) => h('li', { class: e.endedAt ? (e.canceled ? 'canceled' : 'done') : 'active', 'data-activity-id': e.activityId },
          h('time', {}, formatDate(e.startedAt)), ' ', h('strong', {}, activityName(state, e.activityId, e.activityName)),
          ' ', h('span', { class: 'muted' }, e.endedAt ? `${e.canceled ? t('instance.canceled') : t('instance.ended')} ${formatDate(e.endedAt)}` : t('instance.waiting')),
          e.assignee ? h('span', { class: 'muted' }, ` · ${e.assignee}`) : null)))),
      h('div', {}, h('h2', {}, t('instance.variables')), h('table', { class: 'grid', 'data-testid': 'case-variables' },
        h('tbody', {}, ...Object.entries(variables).map(([name, v]) => h('tr', {}, h('th', {}, name), h('td', {}, String(v.value))))))))));

  const viewer = new NavigatedViewer({ container: diagram });
  onLeave(() => viewer.destroy());
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas') as { zoom(v: string): void; addMarker(id: string, m: string): void };
  const registry = viewer.get('elementRegistry') as { get(id: string): unknown };
  canvas.zoom('fit-viewport');
  for (const entry of history) {
    if (entry.endedAt && !entry.canceled && registry.get(entry.activityId)) canvas.addMarker(entry.activityId, 'completed');
  }
  for (const id of instance.waitingActivityIds) {
    if (registry.get(id)) canvas.addMarker(id, 'waiting');
  }
}
