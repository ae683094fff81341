import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { tokens } from '../lib/api';
import { Shell } from './Shell';

const token = `h.${btoa(JSON.stringify({ sub: 'user-1' })).replace(/=+$/, '')}.s`;

function shellFor(role: string) {
  const body = {
    data: {
      me: {
        __typename: 'Me',
        role,
        user: { __typename: 'User', id: 'user-1', name: 'Nicolas Garnier' },
        organisation: { __typename: 'Organisation', id: 'org-1', name: 'Studio' },
      },
    },
  };
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: [fetchExchange],
    fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  });
  return render(
    <Provider value={client}>
      <Shell route="myDay" signedIn>
        <main>page</main>
      </Shell>
    </Provider>,
  );
}

describe('the shell', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: token, refreshToken: 'r' });
  });
  afterEach(cleanup);

  it('gives a technician their day, slips and schedule, the current one marked', async () => {
    shellFor('TECHNICIAN');
    const day = await screen.findByTestId('nav-myDay');
    expect(day.getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-mySlips').getAttribute('href')).toBe('/my-slips');
    expect(screen.getByTestId('nav-mySchedule').getAttribute('href')).toBe('/my-schedule');
    expect(screen.getByTestId('user-menu').textContent).toBe('NG');
    expect(screen.getByText('page')).toBeTruthy();
  });

  it('gives a producer their productions and quotes', async () => {
    shellFor('PRODUCER');
    expect((await screen.findByTestId('nav-quotes')).getAttribute('href')).toBe('/quotes');
    expect(screen.getByTestId('nav-productions')).toBeTruthy();
  });

  it('gives a coordinator the office pages, the team in the menu on a phone', async () => {
    shellFor('COORDINATOR');
    await screen.findByTestId('nav-dashboard');
    for (const k of ['productions', 'board', 'deliveries', 'catalogue', 'team']) expect(screen.getByTestId(`nav-${k}`)).toBeTruthy();
    expect(screen.getByTestId('menu-team').getAttribute('href')).toBe('/admin/users');
  });

  it('shows no bar for a single destination, and the language switch when signed out', async () => {
    shellFor('RIGHTS_HOLDER');
    await screen.findByTestId('user-menu');
    expect(screen.queryByTestId('app-nav')).toBeNull();
    cleanup();
    tokens.clear();
    render(
      <Provider value={new Client({ url: 'http://localhost/graphql', exchanges: [] })}>
        <Shell route="login" signedIn={false}>
          <main />
        </Shell>
      </Provider>,
    );
    expect(screen.getByTestId('lang-switch')).toBeTruthy();
    expect(screen.queryByTestId('user-menu')).toBeNull();
  });
});
