import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import type { JSX } from 'preact';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';

function renderWith(page: JSX.Element, fetchImpl: typeof fetch) {
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchImpl });
  return render(<Provider value={client}>{page}</Provider>);
}

const answer = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const refusal = (code: string, field: string | null, message: string) =>
  answer({ data: null, errors: [{ message, extensions: field ? { code, field } : { code } }] });

describe('Forgotten password page', () => {
  afterEach(cleanup);

  it('asks for the address before asking the server', async () => {
    let calls = 0;
    renderWith(<ForgotPasswordPage />, async () => {
      calls++;
      return answer({});
    });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    await waitFor(() => expect(screen.getByTestId('forgot-email-error').textContent).toBe('Indiquez votre adresse e-mail.'));
    expect(screen.getByTestId('forgot-email').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toBe(0);
  });

  it('says the same thing after any accepted request, naming the address typed', async () => {
    let sent: unknown = null;
    renderWith(<ForgotPasswordPage />, async (_url, init) => {
      sent = JSON.parse(String(init?.body)).variables;
      return answer({ data: { requestPasswordReset: true } });
    });
    fireEvent.input(screen.getByTestId('forgot-email'), { target: { value: '  ines@exemple.fr ' } });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    await waitFor(() => expect(screen.getByTestId('forgot-sent')).toBeTruthy());
    expect(sent).toEqual({ email: 'ines@exemple.fr' });
    expect(screen.getByTestId('forgot-sent').textContent).toContain(
      'Si un compte existe pour l’adresse ines@exemple.fr, un courriel vient de partir avec un lien pour choisir un nouveau mot de passe.',
    );
    expect(screen.queryByTestId('forgot-form')).toBeNull();
    fireEvent.click(screen.getByTestId('forgot-again'));
    await waitFor(() => expect(screen.getByTestId('forgot-form')).toBeTruthy());
  });

  it('shows a refusal for too many requests apart, with its wait', async () => {
    const message = 'Trop de demandes de réinitialisation du mot de passe : réessayez dans 12 minutes.';
    renderWith(<ForgotPasswordPage />, async () => refusal('RATE_LIMITED', 'email', message));
    fireEvent.input(screen.getByTestId('forgot-email'), { target: { value: 'ines@exemple.fr' } });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    await waitFor(() => expect(screen.getByTestId('forgot-limited').textContent).toBe(message));
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.queryByTestId('forgot-sent')).toBeNull();
    expect(screen.queryByTestId('forgot-email-error')).toBeNull();
  });

  it('shows a malformed address on its field', async () => {
    renderWith(<ForgotPasswordPage />, async () => refusal('VALIDATION', 'email', 'Adresse e-mail invalide.'));
    fireEvent.input(screen.getByTestId('forgot-email'), { target: { value: 'ines' } });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    await waitFor(() => expect(screen.getByTestId('forgot-email-error').textContent).toBe('Adresse e-mail invalide.'));
  });
});

describe('New password page', () => {
  afterEach(cleanup);

  const fill = (password: string, confirm: string) => {
    fireEvent.input(screen.getByTestId('reset-password'), { target: { value: password } });
    fireEvent.input(screen.getByTestId('reset-confirm'), { target: { value: confirm } });
    fireEvent.click(screen.getByTestId('reset-submit'));
  };

  it('checks the rule and the confirmation before asking the server', async () => {
    let calls = 0;
    renderWith(<ResetPasswordPage token="ppw_test" />, async () => {
      calls++;
      return answer({});
    });
    fill('court', 'court');
    await waitFor(() => expect(screen.getByTestId('reset-password-rule').textContent).toBe('Le mot de passe doit faire au moins 10 caractères.'));
    fill('un-bon-mot-de-passe', 'un-autre-mot-de-passe');
    await waitFor(() => expect(screen.getByTestId('reset-confirm-error').textContent).toBe('Les deux mots de passe ne sont pas identiques.'));
    expect(screen.getByTestId('reset-password-rule').textContent).toBe('Au moins 10 caractères.');
    expect(calls).toBe(0);
  });

  it('shows the server’s refusal of the password on its field', async () => {
    renderWith(<ResetPasswordPage token="ppw_test" />, async () => refusal('VALIDATION', 'password', 'Mot de passe trop long.'));
    fill('un-bon-mot-de-passe', 'un-bon-mot-de-passe');
    await waitFor(() => expect(screen.getByTestId('reset-password-rule').textContent).toBe('Mot de passe trop long.'));
    expect(screen.queryByTestId('reset-error')).toBeNull();
  });

  it('says when the link no longer works, with the way to a new one', async () => {
    const message = 'Ce lien de réinitialisation est invalide, déjà utilisé ou expiré : demandez-en un nouveau.';
    let sent: unknown = null;
    renderWith(<ResetPasswordPage token="ppw_test" />, async (_url, init) => {
      sent = JSON.parse(String(init?.body)).variables;
      return refusal('VALIDATION', 'token', message);
    });
    fill('un-bon-mot-de-passe', 'un-bon-mot-de-passe');
    await waitFor(() => expect(screen.getByTestId('reset-error').textContent).toBe(message));
    expect(sent).toEqual({ token: 'ppw_test', password: 'un-bon-mot-de-passe' });
    expect(screen.getByTestId('reset-new-link').getAttribute('href')).toBe('/password/forgot');
  });
});
