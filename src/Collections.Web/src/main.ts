import './style.css';
import { api, ApiError, type Me } from './api';
import { clear, h } from './dom';
import { lang, setLang, t } from './i18n';
import { renderLogin } from './pages/login';
import { renderInbox } from './pages/inbox';
import { renderTask } from './pages/task';
import { renderCase } from './pages/case';
import { renderCases } from './pages/cases';
import { renderDesigner } from './pages/designer';
import { renderInstances, renderInstance } from './pages/instance';
import { renderAdmin } from './pages/admin';
import { renderCompanySettings } from './pages/company-settings';
import { renderOutbox } from './pages/outbox';
import { renderMigration } from './pages/migration';
import { renderVersions } from './pages/versions';
import { renderAccount } from './pages/account';
import { renderAudit } from './pages/audit';

export interface Page {
  render(root: HTMLElement, me: Me, params: Record<string, string>): Promise<void>;
  /** Roles that may open the page; empty means any signed-in user. */
  roles: string[];
}

const designers = ['process-owner', 'admin'];
const workers = ['collector', 'senior-collector', 'manager', 'finance', 'admin'];
const operators = ['process-owner', 'manager', 'admin'];
/** The server's audit-reader policy (AuditPolicies.Reader). */
const auditReaders = ['admin', 'manager'];

const routes: [RegExp, Page][] = [
  [/^\/$/, { roles: [], render: async (_r, me) => navigate(me.roles.some((r) => workers.includes(r)) ? '/inbox' : '/designer', true) }],
  [/^\/inbox$/, { roles: workers, render: renderInbox }],
  [/^\/cases$/, { roles: [], render: renderCases }],
  [/^\/cases\/(?<id>[0-9a-f-]+)$/, { roles: [], render: renderCase }],
  [/^\/tasks\/(?<id>[0-9a-f-]+)$/, { roles: workers, render: renderTask }],
  [/^\/designer$/, { roles: designers, render: renderDesigner }],
  [/^\/designer\/(?<key>[^/]+)$/, { roles: designers, render: renderDesigner }],
  [/^\/designer\/(?<key>[^/]+)\/migrate$/, { roles: designers, render: renderMigration }],
  [/^\/instances$/, { roles: [], render: renderInstances }],
  [/^\/instances\/(?<id>[0-9a-f-]+)$/, { roles: [], render: renderInstance }],
  [/^\/admin$/, { roles: ['admin'], render: renderAdmin }],
  [/^\/settings\/company$/, { roles: ['admin'], render: renderCompanySettings }],
  [/^\/outbox$/, { roles: workers, render: renderOutbox }],
  [/^\/outbox\/(?<id>[^/]+)$/, { roles: workers, render: renderOutbox }],
  [/^\/versions$/, { roles: operators, render: renderVersions }],
  [/^\/versions\/(?<key>[^/]+)$/, { roles: operators, render: renderVersions }],
  [/^\/account$/, { roles: [], render: renderAccount }],
  [/^\/audit$/, { roles: auditReaders, render: renderAudit }],
];

let me: Me | null = null;
let pendingFlash: string | null = null;

/** A message shown at the top of the next page (after a redirect). */
export function flash(text: string): void {
  pendingFlash = text;
}
let cleanup: (() => void) | null = null;

export function onLeave(fn: () => void): void {
  cleanup = fn;
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render();
}

async function loadMe(): Promise<Me | null> {
  try {
    const loaded = await api<Me>('GET', '/api/v1/me');
    setLang(loaded.language);
    return loaded;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export async function signedIn(): Promise<void> {
  me = await loadMe();
  const from = (history.state as { from?: string } | null)?.from;
  navigate(from && from !== '/login' ? from : '/', true);
}

function shell(user: Me): { header: HTMLElement; main: HTMLElement } {
  const link = (path: string, key: string, roles: string[]) =>
    roles.length === 0 || user.roles.some((r) => roles.includes(r))
      ? h('a', { href: path, 'data-testid': `nav-${key}`, class: location.pathname.startsWith(path) ? 'active' : '' }, t(`nav.${key}`))
      : null;
  const header = h('header', { class: 'top' },
    h('span', { class: 'brand' }, t('app.title')),
    h('nav', {}, link('/inbox', 'inbox', workers), link('/cases', 'cases', []), link('/instances', 'instances', []), link('/designer', 'designer', designers),
      link('/versions', 'versions', operators), link('/outbox', 'outbox', workers), link('/admin', 'admin', ['admin']), link('/audit', 'audit', auditReaders)),
    h('span', { class: 'spacer' }),
    h('a', { href: '/account', class: 'user', 'data-testid': 'current-user' }, user.displayName),
    h('button', { class: 'link', 'data-testid': 'lang-switch', onclick: () => void switchLanguage() }, t('lang.switch')),
    h('button', { class: 'link', 'data-testid': 'logout', onclick: () => void logout() }, t('nav.logout')));
  return { header, main: h('main', {}) };
}

async function switchLanguage(): Promise<void> {
  const next = lang() === 'es' ? 'en' : 'es';
  setLang(next);
  if (me) {
    me.language = next;
    await api('PUT', '/api/v1/me/language', { language: next });
  }
  await render();
}

async function logout(): Promise<void> {
  await api('POST', '/api/v1/auth/logout');
  me = null;
  navigate('/login');
}

async function render(): Promise<void> {
  cleanup?.();
  cleanup = null;
  const app = document.getElementById('app')!;
  clear(app);
  document.documentElement.lang = lang();
  document.title = t('app.title');
  if (!me) {
    if (location.pathname !== '/login') history.replaceState({ from: location.pathname }, '', '/login');
    renderLogin(app);
    return;
  }
  if (location.pathname === '/login') {
    history.replaceState(null, '', '/');
  }
  // A reset or generated password: the server refuses everything else until it is changed.
  if (me.mustChangePassword && location.pathname !== '/account') {
    history.replaceState(null, '', '/account');
  }
  const { header, main } = shell(me);
  app.append(header, main);
  const found = routes.map(([pattern, page]) => ({ match: pattern.exec(location.pathname), page })).find((r) => r.match);
  if (!found) {
    main.append(h('p', { 'data-testid': 'not-found' }, t('notfound')));
    return;
  }
  if (found.page.roles.length > 0 && !me.roles.some((r) => found.page.roles.includes(r))) {
    main.append(h('section', { class: 'forbidden', 'data-testid': 'forbidden' }, h('h1', {}, t('forbidden.title')), h('p', {}, t('forbidden.text'))));
    return;
  }
  try {
    await found.page.render(main, me, (found.match!.groups ?? {}) as Record<string, string>);
    // A page that redirected (the root route) rendered another main: the message waits for that one.
    if (pendingFlash && main.isConnected) {
      main.prepend(h('div', { class: 'notice ok', 'data-testid': 'notice', role: 'status' }, pendingFlash));
      pendingFlash = null;
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) {
      clear(main);
      main.append(h('section', { class: 'forbidden', 'data-testid': 'forbidden' }, h('h1', {}, t('forbidden.title')), h('p', {}, t('forbidden.text'))));
      return;
    }
    main.append(h('div', { class: 'notice error', 'data-testid': 'notice', role: 'alert' }, `${t('error')}: ${(e as Error).message}`));
  }
}

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest('a');
  // A download link (a version's .bpmn) is left to the browser: routing it would render the app instead of saving the file.
  if (anchor && anchor.origin === location.origin && !anchor.target && !anchor.hasAttribute('download') && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    navigate(anchor.pathname + anchor.search);
  }
});
window.addEventListener('popstate', () => void render());

void (async () => {
  me = await loadMe();
  await render();
})();
