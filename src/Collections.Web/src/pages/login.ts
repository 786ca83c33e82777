import { api, ApiError } from '../api';
import { h } from '../dom';
import { lang, setLang, t } from '../i18n';
import { signedIn } from '../main';

export function renderLogin(app: HTMLElement): void {
  const error = h('p', { class: 'error', 'data-testid': 'login-error', role: 'alert' });
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true, 'data-testid': 'login-email' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const form = h('form', { class: 'login card' },
    h('h1', {}, t('login.title')),
    h('label', {}, t('login.email'), email),
    h('label', {}, t('login.password'), password),
    error,
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'login-submit' }, t('login.submit')),
    h('button', { type: 'button', class: 'link', 'data-testid': 'lang-switch', onclick: () => { setLang(lang() === 'es' ? 'en' : 'es'); app.replaceChildren(); renderLogin(app); } }, t('lang.switch')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      await api('POST', '/api/v1/auth/login', { email: email.value, password: password.value });
      await signedIn();
    } catch (e) {
      const code = e instanceof ApiError ? (e.problem?.code as string | undefined) : undefined;
      if (code === 'auth.too-many-attempts' || code === 'auth.locked-out') {
        error.textContent = t('login.throttled', String((e as ApiError).retryAfter ?? 60));
      } else if (code === 'auth.account-disabled') {
        error.textContent = t('login.disabled');
      } else {
        error.textContent = t('login.failed');
      }
    }
  });
  app.append(h('div', { class: 'login-page' }, form));
}
