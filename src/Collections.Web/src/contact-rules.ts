import { formatDay, label } from './format';
import { t } from './i18n';

/** One rule of the contact policy as the server names it: a code and its arguments (invariant strings). */
export type RuleArguments = Record<string, string> | null | undefined;

/** The rule in the user's language, e.g. "fuera del horario permitido (sábado, 08:00-15:00)". */
export function describeRule(code: string | null | undefined, args: RuleArguments): string {
  const a = args ?? {};
  switch (code) {
    case 'outside-hours': return t('rule.outside-hours', label('day', a.day), a.window ?? '');
    case 'no-contact-day': return t('rule.no-contact-day', label('day', a.day));
    case 'holiday': return t('rule.holiday', a.date ? formatDay(a.date) : '');
    case 'contact-cap': return t('rule.contact-cap', a.max ?? '', label('period', a.period));
    case 'call-cap': return t('rule.call-cap', a.max ?? '');
    case 'channel-per-week': return t('rule.channel-per-week', (a.used ?? '').split(',').filter(Boolean).map((c) => label('channel', c)).join(', '));
    case 'call-after-conversation': return t('rule.call-after-conversation', a.days ?? '7');
    case null: case undefined: return '';
    default: return label('rule', code);
  }
}

/** The profile's name in the user's language ("Colombia (Ley 2300 de 2023)"). */
export function profileName(profile: string): string {
  return label('profile', profile);
}
