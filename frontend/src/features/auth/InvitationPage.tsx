import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import { startSession, tokens } from '../../lib/api';
import { accountProblem } from '../admin/accounts';
import { fieldError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

/** /invitation/<token>: the invited person names themselves, sets a password and is signed in. */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [result, accept] = useMutation(AcceptInvitationMutation);
  const signedIn = !!tokens.access;

  async function onSubmit(e: Event) {
    e.preventDefault();
    const problem = accountProblem(name, password);
    if (problem) {
      setError({ field: problem.field, message: t(problem.key) });
      return;
    }
    setError(null);
    const res = await accept({ token, name: name.trim(), password });
    const payload = res.data?.acceptInvitation;
    if (payload) {
      startSession(payload, signedIn);
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  const nameError = error?.field === 'name' ? error.message : null;
  const passwordError = error?.field === 'password' ? error.message : null;
  const otherError = error && !nameError && !passwordError ? error.message : null;

  return (
    <main class="container narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      {signedIn && (
        <p class="notice" role="note">
          {t('invitation.signedIn')}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="invitation-form">
        <label>
          {t('invitation.name')}
          <input
            name="name"
            autocomplete="name"
            required
            value={name}
            aria-invalid={nameError ? true : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
            data-testid="invitation-name"
          />
          {nameError && <small class="field-error">{nameError}</small>}
        </label>
        <label>
          {t('invitation.password')}
          <input
            type="password"
            name="password"
            autocomplete="new-password"
            required
            minLength={10}
            value={password}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby="password-rule"
            onInput={(e) => setPassword(e.currentTarget.value)}
            data-testid="invitation-password"
          />
          <small id="password-rule" class={passwordError ? 'field-error' : 'muted'}>
            {passwordError ?? t('invitation.passwordRule')}
          </small>
        </label>
        {otherError && (
          <p class="error" role="alert" data-testid="invitation-error">
            {otherError}
          </p>
        )}
        <button type="submit" disabled={result.fetching} aria-busy={result.fetching} data-testid="invitation-submit">
          {result.fetching ? t('invitation.pending') : t('invitation.submit')}
        </button>
      </form>
      {!signedIn && (
        <p>
          <a href="/login" onClick={linkTo('/login')}>
            {t('invitation.toLogin')}
          </a>
        </p>
      )}
    </main>
  );
}
