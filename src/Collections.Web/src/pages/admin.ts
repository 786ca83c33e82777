import { api, type Me } from '../api';
import { h, notice } from '../dom';
import { t } from '../i18n';
import { navigate } from '../main';

interface StaffUser { id: string; email: string; displayName: string; roles: string[]; groups: string[] }

const roles = ['process-owner', 'collector', 'senior-collector', 'manager', 'finance', 'admin'];
const groups = ['junior-collectors', 'senior-collectors', 'managers', 'finance', 'billing', 'sales-admin', 'customer-service'];

export async function renderAdmin(root: HTMLElement, _me: Me): Promise<void> {
  const users = await api<StaffUser[]>('GET', '/api/v1/admin/users');
  const checks = (name: string, values: string[]) => h('fieldset', {}, h('legend', {}, t(`admin.${name}`)),
    ...values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v }), v)));
  const form = h('form', { class: 'card', 'data-testid': 'admin-create' },
    h('h2', {}, t('admin.create')),
    h('label', {}, t('admin.email'), h('input', { name: 'email', type: 'email', required: true })),
    h('label', {}, t('admin.name'), h('input', { name: 'displayName' })),
    h('label', {}, t('admin.password'), h('input', { name: 'password', type: 'password', required: true })),
    checks('roles', roles), checks('groups', groups),
    h('button', { type: 'submit', class: 'primary' }, t('admin.create')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api('POST', '/api/v1/admin/users', {
        email: data.get('email'), password: data.get('password'), displayName: data.get('displayName') || null,
        roles: data.getAll('roles'), groups: data.getAll('groups'),
      });
      navigate('/admin', true);
    } catch (e) {
      notice(root, (e as Error).message, 'error');
    }
  });
  root.append(h('section', { class: 'admin' },
    h('h1', {}, t('admin.title')),
    h('table', { class: 'grid', 'data-testid': 'admin-users' },
      h('thead', {}, h('tr', {}, ...['admin.email', 'admin.name', 'admin.roles', 'admin.groups'].map((k) => h('th', {}, t(k))))),
      h('tbody', {}, ...users.map((u) => h('tr', {}, h('td', {}, u.email), h('td', {}, u.displayName), h('td', {}, u.roles.join(', ')), h('td', {}, u.groups.join(', ')))))),
    form));
}
