import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import { startSession, tokens } from '../../lib/api';
import { describeError, fieldError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { newPasswordProblem } from './passwordReset';
import './password.css';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

type Problem = { field: string; message: string };

/**
 * /password/reset/<token>, the mailed link: a new password typed twice. The server ends every
 * session of the person and opens one here; the page then goes home.
 */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, reset] = useMutation(ResetPasswordMutation);

  async function onSubmit(e: Event) {
    e.preventDefault();
    const local = newPasswordProblem(password, confirm);
    if (local) {
      setProblem({ field: local.field, message: t(local.key) });
      return;
    }
    setProblem(null);
    const res = await reset({ token, password });
    const payload = res.data?.resetPassword;
    if (payload) {
      // A session already open on this device is someone's: reload everything for the new one.
      startSession(payload, !!tokens.access);
      return;
    }
    const err = fieldError(res.error);
    setProblem({ field: err?.field ?? '', message: err?.field ? err.message : describeError(res.error, t) });
  }

  const passwordError = problem?.field === 'password' ? problem.message : null;
  const confirmError = problem?.field === 'confirm' ? problem.message : null;
  const tokenError = problem && !passwordError && !confirmError ? problem.message : null;

  return (
    <main class="container narrow">
      <h1>{t('reset.title')}</h1>
      <p>{t('reset.intro')}</p>
      <form class="reset-form" onSubmit={onSubmit} noValidate data-testid="reset-form">
        <label>
          {t('reset.password')}
          <input
            type="password"
            name="password"
            autocomplete="new-password"
            required
            minLength={10}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby="reset-password-rule"
            data-testid="reset-password"
          />
          <small id="reset-password-rule" class={passwordError ? 'field-error' : 'muted'} data-testid="reset-password-rule">
            {passwordError ?? t('reset.passwordRule')}
          </small>
        </label>
        <label>
          {t('reset.confirm')}
          <input
            type="password"
            name="confirm"
            autocomplete="new-password"
            required
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? 'reset-confirm-error' : undefined}
            data-testid="reset-confirm"
          />
          {confirmError && (
            <small class="field-error" id="reset-confirm-error" data-testid="reset-confirm-error">
              {confirmError}
            </small>
          )}
        </label>
        {tokenError && (
          <p class="error" role="alert" data-testid="reset-error">
            {tokenError}
          </p>
        )}
        <button type="submit" disabled={result.fetching} aria-busy={result.fetching} data-testid="reset-submit">
          {result.fetching ? t('reset.pending') : t('reset.submit')}
        </button>
      </form>
      <p class="auth-links">
        <a href="/password/forgot" onClick={linkTo('/password/forgot')} data-testid="reset-new-link">
          {t('reset.newLink')}
        </a>
        <a href="/login" onClick={linkTo('/login')}>
          {t('forgot.toLogin')}
        </a>
      </p>
    </main>
  );
}
