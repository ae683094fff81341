import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import { describeError, errorCode, fieldError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { resetEmail } from './passwordReset';
import './password.css';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * /password/forgot: asks for the address of the account and mails a reset link. The answer
 * is the same whether or not the address has an account (the server does not say).
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [limited, setLimited] = useState<string | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [result, request] = useMutation(RequestPasswordResetMutation);

  async function onSubmit(e: Event) {
    e.preventDefault();
    setEmailError(null);
    setLimited(null);
    setOther(null);
    const address = resetEmail(email);
    if (!address) {
      setEmailError(t('forgot.emailMissing'));
      return;
    }
    const res = await request({ email: address });
    if (res.data?.requestPasswordReset) {
      setSentTo(address);
      return;
    }
    if (errorCode(res.error) === 'RATE_LIMITED') {
      setLimited(describeError(res.error, t));
      return;
    }
    const err = fieldError(res.error);
    if (err?.field === 'email') setEmailError(err.message);
    else setOther(describeError(res.error, t));
  }

  const toLogin = (
    <a href="/login" onClick={linkTo('/login')} data-testid="forgot-to-login">
      {t('forgot.toLogin')}
    </a>
  );

  if (sentTo) {
    return (
      <main class="container narrow">
        <h1>{t('forgot.title')}</h1>
        <section class="reset-sent" role="status" data-testid="forgot-sent">
          <h2>{t('forgot.sentTitle')}</h2>
          <p>{t('forgot.sent', { email: sentTo })}</p>
          <p class="muted">{t('forgot.sentHint')}</p>
        </section>
        <p class="auth-links">
          {toLogin}
          <a
            href="/password/forgot"
            onClick={(e) => {
              e.preventDefault();
              setSentTo(null);
            }}
            data-testid="forgot-again"
          >
            {t('forgot.again')}
          </a>
        </p>
      </main>
    );
  }

  return (
    <main class="container narrow">
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <form class="reset-form" onSubmit={onSubmit} noValidate data-testid="forgot-form">
        <label>
          {t('forgot.email')}
          <input
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'forgot-email-error' : undefined}
            data-testid="forgot-email"
          />
          {emailError && (
            <small class="field-error" id="forgot-email-error" data-testid="forgot-email-error">
              {emailError}
            </small>
          )}
        </label>
        {limited && (
          <p class="error reset-limited" role="alert" data-testid="forgot-limited">
            {limited}
          </p>
        )}
        {other && (
          <p class="error" role="alert" data-testid="forgot-error">
            {other}
          </p>
        )}
        <button type="submit" disabled={result.fetching} aria-busy={result.fetching} data-testid="forgot-submit">
          {result.fetching ? t('forgot.pending') : t('forgot.submit')}
        </button>
      </form>
      <p class="auth-links">{toLogin}</p>
    </main>
  );
}
