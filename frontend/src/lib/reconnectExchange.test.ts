import { describe, expect, it, vi } from 'vitest';
import { Client, fetchExchange, gql } from '@urql/core';
import { reconnectExchange } from './reconnectExchange';

describe('reconnectExchange', () => {
  it('sends the open queries again when the network comes back, and forgets the closed ones', async () => {
    let online = false;
    const fetchMock = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: { me: { __typename: 'Me', role: 'COORDINATOR' } } }), { headers: { 'content-type': 'application/json' } });
    });
    const target = new EventTarget();
    const client = new Client({
      url: 'http://localhost/graphql',
      exchanges: [reconnectExchange(target as unknown as Window), fetchExchange],
      fetch: fetchMock as unknown as typeof fetch,
    });
    const results: { data?: unknown; error?: unknown }[] = [];
    const sub = client.query(gql('query Me { me { role } }'), {}).subscribe((r) => results.push(r));
    await vi.waitFor(() => expect(results.at(-1)?.error).toBeTruthy());

    online = true;
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(results.at(-1)?.data).toEqual({ me: { __typename: 'Me', role: 'COORDINATOR' } }));
    expect(fetchMock).toHaveBeenCalledTimes(2);

    sub.unsubscribe();
    target.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 20));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
