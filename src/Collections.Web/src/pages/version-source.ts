import { api, ApiError } from '../api';
import { h } from '../dom';
import { t } from '../i18n';

/** One version as GET /api/v1/designer/processes/{key}/versions answers: where it came from, its note, its running cases. */
export interface VersionRow {
  id: string; key: string; version: number; name: string | null; resourceName: string; deployedAt: string;
  source: 'file' | 'designer' | 'api' | null; sourceLabel: string | null; changeNote: string | null; runningInstances: number;
}

/** Every version of a process, newest first; none for a process not published yet. */
export async function loadVersions(key: string): Promise<VersionRow[]> {
  try {
    return await api<VersionRow[]>('GET', `/api/v1/designer/processes/${encodeURIComponent(key)}/versions`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return [];
    throw e;
  }
}

/** "published in the designer by Pablo Procesos", "from the file workflows/overdue-invoice.bpmn", … */
export function sourceText(v: VersionRow): string {
  if (!v.source) return t('source.unknown');
  return t(`source.${v.source}`, v.sourceLabel ?? t('source.nobody'));
}

/** A link that saves the version's XML as key-vN.bpmn, for teams that keep their diagrams in git. */
export function downloadLink(v: VersionRow): HTMLAnchorElement {
  return h('a', {
    href: `/api/v1/process-definitions/${v.id}/xml`,
    download: `${v.key}-v${v.version}.bpmn`,
    class: 'download',
    'data-testid': `download-v${v.version}`,
  }, t('version.download'));
}

/** Source, note and download of one version, as one block. */
export function versionProvenance(v: VersionRow): HTMLElement {
  return h('div', { class: 'provenance', 'data-testid': 'version-provenance', 'data-source': v.source ?? '' },
    h('p', { class: 'muted', 'data-testid': 'version-source' }, sourceText(v), ' · ', downloadLink(v)),
    h('p', { class: 'change-note', 'data-testid': 'version-note' },
      h('strong', {}, `${t('version.note')}: `), v.changeNote ?? t('version.noNote')));
}
