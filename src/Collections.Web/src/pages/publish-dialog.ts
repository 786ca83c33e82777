import { h } from '../dom';
import { formatNumber, t } from '../i18n';
import type { VersionRow } from './version-source';

/** The longest note the server keeps (DeploymentRequest.MaxChangeNoteLength). */
export const maxChangeNote = 500;

/**
 * Asks for the change note and confirms the publish, naming how many running cases stay on their version (running
 * cases never move by publishing; migrating them is a separate step). Resolves the trimmed note, or null if cancelled.
 */
export function askToPublish(key: string, versions: VersionRow[]): Promise<string | null> {
  const running = versions.filter((v) => v.runningInstances > 0);
  const total = running.reduce((sum, v) => sum + v.runningInstances, 0);
  const note = h('textarea', {
    'data-testid': 'publish-note', maxlength: maxChangeNote, rows: 3, 'aria-required': 'true', placeholder: t('publish.notePlaceholder'),
  });
  const counter = h('span', { class: 'muted', 'data-testid': 'publish-note-count' }, `0/${maxChangeNote}`);
  const error = h('p', { class: 'field-error', 'data-testid': 'publish-note-error', hidden: true }, t('publish.noteMissing'));
  const confirm = h('button', { class: 'primary', type: 'submit', 'data-testid': 'publish-confirm' }, t('publish.confirm'));
  const cancel = h('button', { type: 'button', 'data-testid': 'publish-cancel' }, t('publish.cancel'));
  const form = h('form', { method: 'dialog' },
    h('h2', {}, t('publish.title', key)),
    h('p', { 'data-testid': 'publish-running', 'data-running': total },
      total > 0 ? t('publish.running', formatNumber(total)) : t('publish.runningNone')),
    running.length > 0
      ? h('p', { class: 'muted', 'data-testid': 'publish-running-versions' },
        running.map((v) => t('publish.runningByVersion', v.version, formatNumber(v.runningInstances))).join(' · '))
      : null,
    h('label', {}, t('publish.note'), note),
    counter, error,
    h('div', { class: 'toolbar' }, confirm, cancel));
  const dialog = h('dialog', { class: 'publish-dialog', 'data-testid': 'publish-dialog' }, form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    const close = (value: string | null) => { dialog.close(); dialog.remove(); resolve(value); };
    note.addEventListener('input', () => { counter.textContent = `${note.value.length}/${maxChangeNote}`; error.hidden = true; });
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = note.value.trim();
      if (!text) { error.hidden = false; note.focus(); return; }
      close(text);
    });
    dialog.showModal();
    note.focus();
  });
}
