// One date input for the whole UI: the day is typed and shown the way the UI language writes it (dd/mm/aaaa in
// Spanish, dd/mm/yyyy in British English, the locale formatDate uses), with a calendar in that language (flatpickr),
// instead of the browser's date picker, whose format follows the browser's locale rather than the user's choice here.
import 'flatpickr/dist/flatpickr.min.css';
import './ui-details.css';
import flatpickr from 'flatpickr';
import { Spanish } from 'flatpickr/dist/l10n/es.js';
import { h } from './dom';
import { lang, t } from './i18n';

export interface DateInputOptions { name: string; testid: string; id?: string; value?: string; disabled?: boolean }

/**
 * A text input for one day, inside its wrapper (append <c>wrapper</c>, read <c>input</c>). <paramref name="value"/>
 * and <see cref="parseDay"/> speak yyyy-MM-dd; the input holds the day as the reader writes it.
 */
export function dateInput(options: DateInputOptions): { wrapper: HTMLElement; input: HTMLInputElement } {
  const input = h('input', {
    type: 'text', name: options.name, id: options.id, value: showDay(options.value ?? ''), size: 11, inputmode: 'numeric',
    placeholder: t('date.placeholder'), autocomplete: 'off', disabled: options.disabled, 'data-testid': options.testid, 'data-day': true,
  });
  const wrapper = h('span', { class: 'date-input' }, input);
  // static: the calendar lives inside the wrapper, so it leaves with the page; allowInput: typing stays possible.
  const picker = flatpickr(input, {
    dateFormat: 'd/m/Y', allowInput: true, static: true, disableMobile: true, clickOpens: !options.disabled,
    locale: lang() === 'es' ? Spanish : 'default',
  });
  // Whoever types the day needs no calendar, and an open one would cover what follows (the form's save button).
  input.addEventListener('input', () => picker.close());
  return { wrapper, input };
}

/** yyyy-MM-dd shown as dd/mm/yyyy; anything else as ''. */
export function showDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** dd/mm/yyyy (also with "-" or ".") to yyyy-MM-dd; '' when empty, undefined when not a real day. */
export function parseDay(value: string): string | undefined {
  const text = value.trim();
  if (!text) return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
