import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { LoginPage } from './LoginPage';

function renderLogin(fetchImpl: typeof fetch = async () => new Response('{}')) {
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchImpl });
  return render(
    <Provider value={client}>
      <LoginPage />
    </Provider>,
  );
}

describe('Login page', () => {
  afterEach(cleanup);

  it('shows its French labels', () => {
    renderLogin();
    expect(screen.getByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail')).toBe(screen.getByTestId('login-email'));
    expect(screen.getByLabelText('Mot de passe')).toBe(screen.getByTestId('login-password'));
    expect(screen.getByTestId('login-submit').textContent).toBe('Se connecter');
  });

  it('shows the first GraphQL error message', async () => {
    renderLogin(async () =>
      new Response(
        JSON.stringify({
          data: null,
          errors: [{ message: 'Adresse e-mail ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
    );
    fireEvent.input(screen.getByTestId('login-email'), { target: { value: 'a@b.test' } });
    fireEvent.input(screen.getByTestId('login-password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Adresse e-mail ou mot de passe incorrect.'));
  });

  it('asks to fill an empty form instead of sending it', async () => {
    let calls = 0;
    renderLogin(async () => {
      calls++;
      return new Response('{}');
    });
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('login-email-missing').textContent).toBe('Indiquez votre adresse e-mail.'));
    expect(screen.getByTestId('login-password-missing').textContent).toBe('Indiquez votre mot de passe.');
    expect(screen.getByTestId('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('login-error')).toBeNull();
    fireEvent.input(screen.getByTestId('login-email'), { target: { value: 'a@b.test' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.queryByTestId('login-email-missing')).toBeNull());
    expect(screen.getByTestId('login-password-missing')).toBeTruthy();
    expect(calls).toBe(0);
  });
});
