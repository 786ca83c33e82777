import { api, type ContactProfile, type Me } from '../api';
import { formatDay, label } from '../format';
import { clear, h, notice } from '../dom';
import { formatDate, t } from '../i18n';
import { flash, navigate } from '../main';
import { problemText } from '../problem-text';
import { companyStatusNotice } from '../company';

interface StaffUser { id: string; email: string; displayName: string; roles: string[]; groups: string[]; disabled: boolean; mustChangePassword: boolean }
interface ApiKey {
  id: string | null; name: string; prefix: string | null; scopes: string[]; createdAt: string | null; createdBy: string | null;
  lastUsedAt: string | null; revokedAt: string | null; revokedBy: string | null; source: 'database' | 'configuration';
}

const roles = ['process-owner', 'collector', 'senior-collector', 'manager', 'finance', 'admin'];
const scopes = ['cases:read', 'cases:write', 'payments:write', 'webhooks:manage', 'cases:manage', 'external-tasks', 'admin'];
const groups = ['junior-collectors', 'senior-collectors', 'managers', 'finance', 'billing', 'sales-admin', 'customer-service'];

export async function renderAdmin(root: HTMLElement, me: Me): Promise<void> {
  const users = await api<StaffUser[]>('GET', '/api/v1/admin/users');
  const checks = (name: string, values: string[], text: (v: string) => string = (v) => v) => h('fieldset', {}, h('legend', {}, t(`admin.${name}`)),
    ...values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v }), text(v))));
  const form = h('form', { class: 'card', 'data-testid': 'admin-create' },
    h('h2', {}, t('admin.create')),
    h('label', {}, t('admin.email'), h('input', { name: 'email', type: 'email', required: true })),
    h('label', {}, t('admin.name'), h('input', { name: 'displayName' })),
    h('label', {}, t('admin.password'), h('input', { name: 'password', type: 'password', required: true })),
    checks('roles', roles, (r) => label('staffRole', r)), checks('groups', groups),
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
      notice(root, problemText(e), 'error');
    }
  });
  root.append(h('section', { class: 'admin' },
    h('h1', {}, t('admin.title')),
    await companyStatusNotice(true),
    h('p', {}, h('a', { href: '/settings/company', 'data-testid': 'admin-company-link' }, t('company.link'))),
    h('table', { class: 'grid', 'data-testid': 'admin-users' },
      h('thead', {}, h('tr', {}, ...['admin.email', 'admin.name', 'admin.roles', 'admin.groups', 'admin.status', ''].map((k) => h('th', {}, k ? t(k) : '')))),
      h('tbody', {}, ...users.map((u) => h('tr', { 'data-testid': `admin-user-${u.email}` },
        h('td', {}, u.email), h('td', {}, u.displayName),
        h('td', { 'data-testid': 'admin-user-roles' }, u.id === me.id ? roleNames(u.roles) : rolesEditor(u, root)), h('td', {}, u.groups.join(', ')),
        h('td', { 'data-testid': 'admin-user-status' }, (u.disabled ? t('admin.disabledState') : t('admin.active')) + (u.mustChangePassword ? ` · ${t('admin.mustChange')}` : '')),
        h('td', {}, u.id === me.id ? '' : userActions(u, root)))))),
    form),
    await renderApiKeys(), await renderContactProfiles());
}

// The contact rules per country, read-only (changed in configuration; docs/playbook.md, "Contact rules").
async function renderContactProfiles(): Promise<HTMLElement> {
  const profiles = await api<ContactProfile[]>('GET', '/api/v1/admin/contact-profiles');
  const hours = (p: ContactProfile) => p.hours.map((d) => `${label('day', d.day)} ${d.window ?? t('admin.noContact')}`).join('; ');
  const caps = (p: ContactProfile) => p.caps.map((c) => `${c.max} · ${label('channel', c.channel)} · ${label('period', c.period)}`).join('; ');
  return h('section', { class: 'admin', 'data-testid': 'contact-profiles' },
    h('h1', {}, t('admin.contactProfiles')),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ...['admin.profile', 'admin.hours', 'admin.holidays', 'admin.caps', 'admin.source'].map((k) => h('th', {}, t(k))))),
      h('tbody', {}, ...profiles.map((p) => h('tr', { 'data-profile': p.name },
        h('td', {}, label('profile', p.name)), h('td', {}, hours(p)), h('td', {}, p.holidays.map(formatDay).join(', ') || '—'),
        h('td', {}, caps(p) || '—'), h('td', {}, p.source))))));
}

const roleNames = (codes: string[]): string => codes.map((r) => label('staffRole', r)).join(', ') || '—';

// The account's roles, changed in place: the server replaces them and ends the user's sessions (their cookies hold the
// old roles). One's own roles are not offered here: the server refuses removing one's own admin role anyway.
function rolesEditor(user: StaffUser, root: HTMLElement): HTMLElement {
  const boxes = roles.map((r) => h('input', { type: 'checkbox', name: 'roles', value: r, checked: user.roles.includes(r), 'data-testid': `admin-role-${r}` }));
  const save = h('button', { type: 'button', 'data-testid': 'admin-roles-save' }, t('admin.saveRoles'));
  save.addEventListener('click', async () => {
    try {
      await api('PUT', `/api/v1/admin/users/${user.id}/roles`, { roles: boxes.filter((b) => b.checked).map((b) => b.value) });
      flash(t('admin.rolesSaved'));
      navigate('/admin', true);
    } catch (e) {
      notice(root, problemText(e), 'error');
    }
  });
  return h('details', { class: 'roles-editor' },
    h('summary', { 'data-testid': 'admin-roles-edit', title: t('admin.editRoles') }, roleNames(user.roles)),
    ...roles.map((r, i) => h('label', { class: 'check' }, boxes[i], label('staffRole', r))), save);
}

// Disable or enable an account, or reset its password: the temporary password is shown once, here.
function userActions(user: StaffUser, root: HTMLElement): HTMLElement {
  const act = async (path: string): Promise<unknown> => {
    try {
      return await api('POST', `/api/v1/admin/users/${user.id}/${path}`);
    } catch (e) {
      notice(root, problemText(e), 'error');
      return null;
    }
  };
  const toggle = h('button', { type: 'button', 'data-testid': 'admin-user-toggle' }, user.disabled ? t('admin.enable') : t('admin.disable'));
  toggle.addEventListener('click', async () => {
    if (await act(user.disabled ? 'enable' : 'disable')) navigate('/admin', true);
  });
  const reset = h('button', { type: 'button', 'data-testid': 'admin-user-reset' }, t('admin.reset'));
  reset.addEventListener('click', async () => {
    if (!window.confirm(t('admin.confirmReset', user.email))) return;
    const result = (await act('reset-password')) as { temporaryPassword: string } | null;
    if (result) {
      notice(root, '');
      root.querySelector('.notice')?.replaceChildren(t('admin.temporary', user.email),
        h('code', { 'data-testid': 'admin-temporary-password' }, result.temporaryPassword));
    }
  });
  return h('span', { class: 'actions' }, toggle, ' ', reset);
}

// Integrators' API keys: list, issue (the key is shown once), revoke.
async function renderApiKeys(): Promise<HTMLElement> {
  const section = h('section', { class: 'admin', 'data-testid': 'apikeys' });
  const secret = h('div', { 'data-testid': 'apikey-secret-box' });
  const table = h('div');
  const refresh = async () => {
    const keys = await api<ApiKey[]>('GET', '/api/v1/admin/api-keys');
    clear(table);
    table.append(keys.length === 0 ? h('p', {}, t('apikeys.empty')) : h('table', { class: 'grid', 'data-testid': 'apikeys-list' },
      h('thead', {}, h('tr', {}, ...['apikeys.name', 'apikeys.prefix', 'apikeys.scopes', 'apikeys.created', 'apikeys.lastUsed', 'apikeys.status', '']
        .map((k) => h('th', {}, k ? t(k) : '')))),
      h('tbody', {}, ...keys.map((k) => h('tr', { 'data-testid': `apikey-${k.name}` },
        h('td', {}, k.name), h('td', {}, h('code', {}, k.prefix ? `${k.prefix}…` : '—')), h('td', {}, k.scopes.join(', ')),
        h('td', {}, k.createdAt ? `${formatDate(k.createdAt)} · ${k.createdBy ?? ''}` : '—'),
        h('td', {}, k.source === 'database' ? (k.lastUsedAt ? formatDate(k.lastUsedAt) : t('apikeys.never')) : '—'),
        h('td', { 'data-testid': 'apikey-status' }, k.source === 'configuration' ? t('apikeys.configuration')
          : k.revokedAt ? t('apikeys.revokedBy', formatDate(k.revokedAt), k.revokedBy ?? '') : t('apikeys.active')),
        h('td', {}, k.source === 'database' && !k.revokedAt && k.id ? revokeButton(k, section, refresh) : ''))))));
  };
  const form = h('form', { class: 'card', 'data-testid': 'apikey-create' },
    h('h2', {}, t('apikeys.create')),
    h('label', {}, t('apikeys.name'), h('input', { name: 'name', required: true, maxlength: 100, pattern: '[A-Za-z0-9._\\-]+', title: t('apikeys.nameHint') })),
    h('fieldset', {}, h('legend', {}, t('apikeys.scopes')),
      ...scopes.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'scopes', value: v }), v))),
    h('button', { type: 'submit', class: 'primary' }, t('apikeys.create')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const created = await api<{ apiKey: ApiKey; key: string }>('POST', '/api/v1/admin/api-keys', { name: data.get('name'), scopes: data.getAll('scopes') });
      clear(secret);
      secret.append(showSecret(created.apiKey.name, created.key));
      form.reset();
      await refresh();
    } catch (e) {
      notice(section, problemText(e), 'error');
    }
  });
  await refresh();
  section.append(h('h1', {}, t('apikeys.title')), secret, table, form);
  return section;
}

function showSecret(name: string, key: string): HTMLElement {
  const copied = h('span', { role: 'status' });
  const copy = h('button', { type: 'button' }, t('apikeys.copy'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(key);
      copied.textContent = t('apikeys.copied');
    } catch {
      // No clipboard (plain http): the key stays selectable on screen.
    }
  });
  return h('div', { class: 'notice ok', 'data-testid': 'apikey-secret' },
    h('strong', {}, t('apikeys.secret', name)), ' ',
    h('code', { 'data-testid': 'apikey-secret-value' }, key), ' ', copy, ' ', copied,
    h('p', {}, t('apikeys.copyHint')));
}

function revokeButton(key: ApiKey, section: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const button = h('button', { type: 'button', 'data-testid': 'apikey-revoke' }, t('apikeys.revoke'));
  button.addEventListener('click', async () => {
    if (!window.confirm(t('apikeys.confirmRevoke', key.name))) return;
    try {
      await api('POST', `/api/v1/admin/api-keys/${key.id}/revoke`);
      notice(section, t('apikeys.revoked', key.name));
      await refresh();
    } catch (e) {
      notice(section, problemText(e), 'error');
    }
  });
  return button;
}
