// Company details (docs/architecture.md, "Company details"): the notice the outbox and admin pages show while a detail
// the templates print is empty, and the timeline line of a send step waiting for them.
import { api } from './api';
import { h } from './dom';
import { t } from './i18n';

export interface CompanyStatus { missing: string[]; isExample: boolean }

/** "phone" → "Teléfono"; "payment:COP" → "instrucciones de pago en COP". */
export function companyFieldName(field: string): string {
  const [name, currency] = field.split(':');
  return currency ? t('company.paymentFor', currency) : t(`company.field.${name}`);
}

/** The notice, or null when nothing is missing and the values are not examples. */
export function companyNotice(status: CompanyStatus, admin: boolean): HTMLElement | null {
  if (status.missing.length === 0 && !status.isExample) return null;
  const box = h('div', { class: 'notice error', role: 'status', 'data-testid': 'company-missing' });
  if (status.missing.length > 0) {
    box.append(t('company.missing', status.missing.map(companyFieldName).join(', ')), ' ');
    box.append(admin ? h('a', { href: '/settings/company', 'data-testid': 'company-missing-link' }, t('company.missingAdmin')) : '');
  }
  if (status.isExample) box.append(h('span', { 'data-testid': 'company-example' }, ` ${t('company.example')}`));
  return box;
}

export async function companyStatusNotice(admin: boolean): Promise<HTMLElement | null> {
  return companyNotice(await api<CompanyStatus>('GET', '/api/v1/staff/company-details/status'), admin);
}

/** The case timeline's line for <c>company.details-missing</c>. */
export function companyWaitText(a: Record<string, string>, channel: string): string {
  const fields = (a.fields ?? '').split(',').filter((f) => f).map(companyFieldName).join(', ');
  return t('timeline.companyWait', `${channel} ${a.template ?? ''}`.trim(), fields);
}
