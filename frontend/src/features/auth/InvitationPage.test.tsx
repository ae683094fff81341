import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { InvitationPage } from './InvitationPage';

function renderPage(fetchImpl: typeof fetch) {
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchImpl });
  return render(
    <Provider value={client}>
      <InvitationPage token="ppi_test" />
    </Provider>,
  );
}

describe('Invitation page', () => {
  afterEach(cleanup);

  it('shows the password rule and checks it before asking the server', async () => {
    let calls = 0;
    renderPage(async () => {
      calls++;
      return new Response('{}');
    });
    expect(screen.getByText('Au moins 10 caractères.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('invitation-name'), { target: { value: 'Inès Garnier' } });
    fireEvent.input(screen.getByTestId('invitation-password'), { target: { value: 'court' } });
    fireEvent.click(screen.getByTestId('invitation-submit'));
    await waitFor(() => expect(screen.getByText('Le mot de passe doit faire au moins 10 caractères.')).toBeTruthy());
    expect(calls).toBe(0);
  });

  it('shows the server’s refusal of the token', async () => {
    renderPage(async () =>
      new Response(
        JSON.stringify({ data: null, errors: [{ message: 'Invitation invalide ou expirée.', extensions: { code: 'VALIDATION', field: 'token' } }] }),
        { headers: { 'content-type': 'application/json' } },
      ),
    );
    fireEvent.input(screen.getByTestId('invitation-name'), { target: { value: 'Inès Garnier' } });
    fireEvent.input(screen.getByTestId('invitation-password'), { target: { value: 'un-mot-de-passe' } });
    fireEvent.click(screen.getByTestId('invitation-submit'));
    await waitFor(() => expect(screen.getByTestId('invitation-error').textContent).toBe('Invitation invalide ou expirée.'));
  });
});
