// Settings, Company details: what the messages print, edited by admins (every save audited). While a detail the
// templates need is empty the page lists it; example values from Development configuration are flagged.
import { api } from '../api';
import { companyNotice } from '../company';
import { h, notice } from '../dom';
import { formatDate, t } from '../i18n';
import { flash, navigate } from '../main';

interface CompanyDetails {
  name: string; taxId: string; payment: Record<string, string>; phone: string; email: string; address: string; signature: string;
  isExample: boolean; updatedAt: string | null; updatedBy: string | null; missing: string[];
}

const base = '/api/v1/admin/company-details';

export async function renderCompanySettings(root: HTMLElement): Promise<void> {
  const details = await api<CompanyDetails>('GET', base);
  const field = (name: keyof CompanyDetails, multiline = false) => h('label', {}, t(`company.field.${name}`),
    multiline
      ? h('textarea', { name, rows: 3, 'data-testid': `company-${name}` }, String(details[name] ?? ''))
      : h('input', { name, value: String(details[name] ?? ''), 'data-testid': `company-${name}` }));
  const payments = h('div', { 'data-testid': 'company-payments' });
  const paymentRow = (currency = '', text = '') => {
    const row = h('div', { class: 'row', 'data-testid': 'company-payment' },
      h('input', { name: 'currency', value: currency, size: 4, maxlength: 3, placeholder: 'COP', 'aria-label': t('company.payment.currency'), 'data-testid': 'company-payment-currency' }),
      h('input', { name: 'paymentText', value: text, size: 50, placeholder: 'https://…', 'aria-label': t('company.payment.text'), 'data-testid': 'company-payment-text' }),
      h('button', { type: 'button', onclick: () => row.remove() }, t('company.payment.remove')));
    payments.append(row);
  };
  for (const [currency, text] of Object.entries(details.payment)) paymentRow(currency, text);
  if (Object.keys(details.payment).length === 0) paymentRow();
  const form = h('form', { class: 'card', 'data-testid': 'company-form' },
    field('name'), field('taxId'),
    h('fieldset', {}, h('legend', {}, t('company.field.payment')), payments,
      h('button', { type: 'button', 'data-testid': 'company-payment-add', onclick: () => paymentRow() }, t('company.payment.add'))),
    field('phone'), field('email'), field('address', true), field('signature', true),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'company-save' }, t('company.save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const currencies = data.getAll('currency').map(String);
    const texts = data.getAll('paymentText').map(String);
    const payment: Record<string, string> = {};
    currencies.forEach((c, i) => { if (c.trim() || texts[i].trim()) payment[c.trim()] = texts[i]; });
    try {
      await api('PUT', base, {
        name: data.get('name'), taxId: data.get('taxId'), payment, phone: data.get('phone'), email: data.get('email'),
        address: data.get('address'), signature: data.get('signature'),
      });
      flash(t('company.saved'));
      navigate('/settings/company', true);
    } catch (e) {
      notice(form, (e as Error).message, 'error');
    }
  });
  const section = h('section', { class: 'admin', 'data-testid': 'company-settings' },
    h('h1', {}, t('company.title')), h('p', { class: 'muted' }, t('company.intro')));
  const missing = companyNotice({ missing: details.missing, isExample: details.isExample }, false);
  if (missing) section.append(missing);
  if (details.updatedBy && details.updatedAt) section.append(h('p', { class: 'muted' }, t('company.updated', details.updatedBy, formatDate(details.updatedAt))));
  section.append(form);
  root.append(section);
}
