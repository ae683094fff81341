import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_KEY, REFRESH_KEY, createAuth, tokens } from './api';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unauthenticated = () => json({ errors: [{ message: 'Session expirée', extensions: { code: 'UNAUTHENTICATED' } }] });

function bodyOf(init: RequestInit | undefined): { query: string; variables: Record<string, unknown> } {
  return JSON.parse(String(init?.body));
}

function authHeader(init: RequestInit | undefined): string | null {
  return new Headers(init?.headers).get('Authorization');
}

describe('auth fetch', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: 'old-access', refreshToken: 'old-refresh' });
  });

  it('sends the bearer token and the language', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json({ data: { me: {} } }));
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost: vi.fn() });
    await auth.fetch('/graphql', { method: 'POST', body: '{}' });
    const headers = new Headers(fetchMock.mock.calls[0][1]?.headers);
    expect(headers.get('Authorization')).toBe('Bearer old-access');
    expect(headers.get('Accept-Language')).toBe('fr');
  });

  it('refreshes once for concurrent UNAUTHENTICATED answers, then retries each request', async () => {
    let refreshes = 0;
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((r) => (releaseRefresh = r));
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = bodyOf(init);
      if (body.query.includes('refresh(')) {
        refreshes++;
        expect(body.variables.refreshToken).toBe('old-refresh');
        await refreshGate;
        return json({ data: { refresh: { accessToken: 'new-access', refreshToken: 'new-refresh' } } });
      }
      return authHeader(init) === 'Bearer new-access' ? json({ data: { ok: body.query } }) : unauthenticated();
    });
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    const calls = ['a', 'b', 'c'].map((q) =>
      auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: q, variables: {} }) }),
    );
    // Let all three requests come back UNAUTHENTICATED before the refresh answers.
    await new Promise((r) => setTimeout(r, 10));
    releaseRefresh();
    const results = await Promise.all(calls.map(async (c) => (await c).json()));

    expect(refreshes).toBe(1);
    expect(results).toEqual([{ data: { ok: 'a' } }, { data: { ok: 'b' } }, { data: { ok: 'c' } }]);
    expect(localStorage.getItem(ACCESS_KEY)).toBe('new-access');
    expect(localStorage.getItem(REFRESH_KEY)).toBe('new-refresh');
    expect(onAuthLost).not.toHaveBeenCalled();
  });

  it('clears the session and reports it when the refresh is refused', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (bodyOf(init).query.includes('refresh(')) {
        return json({ data: null, errors: [{ message: 'Session expirée', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      return unauthenticated();
    });
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    const res = await auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'q' }) });
    const body = await res.json();

    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(onAuthLost).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(ACCESS_KEY)).toBeNull();
    expect(localStorage.getItem(REFRESH_KEY)).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the session when the refresh fails for a passing reason', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      bodyOf(init).query.includes('refresh(') ? new Response('bad gateway', { status: 502 }) : unauthenticated(),
    );
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    await expect(auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'q' }) })).rejects.toThrow();
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(localStorage.getItem(REFRESH_KEY)).toBe('old-refresh');
  });

  it('does not refresh when no token was sent (a wrong password is a real answer)', async () => {
    localStorage.removeItem(ACCESS_KEY);
    const fetchMock = vi.fn(async () => unauthenticated());
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost: vi.fn() });
    await auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'mutation { login }' }) });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
