// Dates and money per culture for the case pages: instants in a named time zone (the debtor's), calendar days as
// written (no zone shift), and labels for codes with a fallback to the code itself.
import { has, lang, t } from './i18n';

export const locale = (): string => (lang() === 'es' ? 'es-ES' : 'en-GB');

/** An instant shown in <paramref>zone</paramref> (IANA id), with the zone's short name. */
export function formatZoned(value: string | null | undefined, zone: string): string {
  if (!value) return '—';
  try {
    return new Date(value).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone, timeZoneName: 'short' });
  } catch {
    return new Date(value).toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  }
}

/** A calendar day (yyyy-MM-dd) in the user's language; never moved by the browser's zone. */
export function formatDay(value: string | null | undefined): string {
  return value ? new Date(`${value.substring(0, 10)}T00:00:00Z`).toLocaleDateString(locale(), { dateStyle: 'medium', timeZone: 'UTC' }) : '—';
}

/** The translation of <paramref>prefix</paramref>.<paramref>code</paramref>, or the code when there is none. */
export function label(prefix: string, code: string | null | undefined): string {
  if (!code) return '—';
  return has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}
