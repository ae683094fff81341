import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { tokens } from '../../lib/api';
import { readOfflineData, writeOfflineData } from '../slips/offlineData';
import { HomePage } from './HomePage';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const token = `h.${btoa(JSON.stringify({ sub: 'user-1' })).replace(/=+$/, '')}.s`;

function api(body: { query: string }) {
  if (body.query.includes('query Home')) {
    return {
      data: {
        me: {
          __typename: 'Me',
          role: 'TECHNICIAN',
          user: { __typename: 'User', id: 'user-1', name: 'Nicolas Garnier' },
          organisation: { __typename: 'Organisation', id: 'org-1', name: 'Studio' },
        },
      },
    };
  }
  if (body.query.includes('query ProductionList')) {
    return { data: { productions: { __typename: 'ProductionConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
  }
  if (body.query.includes('mutation Logout')) return { data: { logout: true } };
  throw new Error(`unexpected query ${body.query}`);
}

describe('home', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: token, refreshToken: 'r' });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('drops the data kept for offline use on logout', async () => {
    writeOfflineData('user-1', { productions: [{ id: 'p1', title: 'Les Heures claires' }] });
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
    const client = new Client({
      url: 'http://localhost/graphql',
      preferGetMethod: false,
      exchanges: [fetchExchange],
      fetch: async (_input, init) => json(api(JSON.parse(String(init?.body)))),
    });
    render(
      <Provider value={client}>
        <HomePage />
      </Provider>,
    );
    const button = await screen.findByText('Se déconnecter');
    fireEvent.click(button);
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/login'));
    expect(readOfflineData('user-1')).toBeNull();
    expect(tokens.access).toBeNull();
  });
});
