import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import { startSession } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import './password.css';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

export function LoginPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Which fields were left empty: said on each one, without asking the server.
  const [missing, setMissing] = useState<{ email: boolean; password: boolean }>({ email: false, password: false });
  const [result, login] = useMutation(LoginMutation);

  async function onSubmit(e: Event) {
    e.preventDefault();
    setError(null);
    const empty = { email: email.trim() === '', password: password === '' };
    setMissing(empty);
    if (empty.email || empty.password) return;
    const res = await login({ email: email.trim(), password });
    const payload = res.data?.login;
    if (payload) {
      startSession(payload);
      return;
    }
    setError(describeError(res.error, t));
  }

  return (
    <main class="container narrow">
      <h1>{t('login.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <label>
          {t('login.email')}
          <input
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={missing.email ? true : undefined}
            aria-describedby={missing.email ? 'login-email-missing' : undefined}
            data-testid="login-email"
          />
          {missing.email && (
            <small class="error" id="login-email-missing" data-testid="login-email-missing">
              {t('login.emailMissing')}
            </small>
          )}
        </label>
        <label>
          {t('login.password')}
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={missing.password ? true : undefined}
            aria-describedby={missing.password ? 'login-password-missing' : undefined}
            data-testid="login-password"
          />
          {missing.password && (
            <small class="error" id="login-password-missing" data-testid="login-password-missing">
              {t('login.passwordMissing')}
            </small>
          )}
        </label>
        {error && (
          <p class="error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={result.fetching} aria-busy={result.fetching} data-testid="login-submit">
          {result.fetching ? t('login.pending') : t('login.submit')}
        </button>
      </form>
      <p class="auth-links">
        <a href="/password/forgot" onClick={linkTo('/password/forgot')} data-testid="login-forgot">
          {t('login.forgot')}
        </a>
      </p>
    </main>
  );
}
