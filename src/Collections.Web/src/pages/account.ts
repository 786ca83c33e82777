import { api, ApiError, type Me } from '../api';
import { h, notice } from '../dom';
import { t } from '../i18n';
import { problemText } from '../problem-text';
import { flash, navigate } from '../main';

// "My account": the signed-in user changes their password (required after a reset or a generated first password).
export async function renderAccount(root: HTMLElement, me: Me): Promise<void> {
  const field = (name: string, autocomplete: string) =>
    h('input', { type: 'password', name, autocomplete, required: true, 'data-testid': `account-${name}` }) as HTMLInputElement;
  const current = field('current', 'current-password');
  const next = field('new', 'new-password');
  const repeat = field('repeat', 'new-password');
  const form = h('form', { class: 'card', 'data-testid': 'account-password' },
    h('h2', {}, t('account.title')),
    me.mustChangePassword ? h('p', { class: 'notice error', role: 'alert', 'data-testid': 'account-must-change' }, t('account.mustChange')) : null,
    h('label', {}, t('account.current'), current),
    h('label', {}, t('account.new'), next),
    h('label', {}, t('account.repeat'), repeat),
    h('p', { class: 'hint' }, t('account.hint')),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'account-submit' }, t('account.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (next.value !== repeat.value) {
      notice(root, t('account.mismatch'), 'error');
      return;
    }
    try {
      await api('POST', '/api/v1/me/password', { currentPassword: current.value, newPassword: next.value });
      me.mustChangePassword = false;
      flash(t('account.changed'));
      navigate('/', true);
    } catch (e) {
      // The server's policy errors arrive in the user's language (detail); a wrong current password has its own code.
      const code = e instanceof ApiError ? (e.problem?.code as string | undefined) : undefined;
      notice(root, code === 'auth.current-password-wrong' ? t('account.wrongCurrent') : problemText(e), 'error');
    }
  });
  root.append(h('section', { class: 'account' }, h('h1', {}, t('nav.account')), form));
}
