import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_KEY, REFRESH_KEY, createAuth, isRetryable, tokens } from './api';
import { backoffMs, onRecovered, outageState, resetOutage } from './outage';

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

const unavailable = (retryAfter = '5') =>
  new Response(JSON.stringify({ data: null, errors: [{ message: 'Service momentanément indisponible', extensions: { code: 'UNAVAILABLE' } }] }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'Retry-After': retryAfter },
  });

describe('auth fetch during a database outage (503 UNAVAILABLE)', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: 'old-access', refreshToken: 'old-refresh' });
    resetOutage();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetOutage();
  });

  it('keeps the session, reports the outage, retries a query after Retry-After and clears the outage on the first success', async () => {
    let calls = 0;
    const fetchMock = vi.fn(async () => (++calls <= 2 ? unavailable('5') : json({ data: { me: { role: 'COORDINATOR' } } })));
    const onAuthLost = vi.fn();
    const recovered = vi.fn();
    onRecovered(recovered);
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    const pending = auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query Me { me { role } }' }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(outageState().unavailable).toBe(true);
    // Not before the server's Retry-After.
    await vi.advanceTimersByTimeAsync(4_900);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    const res = await pending;

    expect(await res.json()).toEqual({ data: { me: { role: 'COORDINATOR' } } });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(outageState()).toEqual({ unavailable: false, retryAt: null });
    expect(recovered).toHaveBeenCalledTimes(1);
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(localStorage.getItem(ACCESS_KEY)).toBe('old-access');
    expect(localStorage.getItem(REFRESH_KEY)).toBe('old-refresh');
  });

  it('answers a mutation at once, without sending it again, and keeps the session', async () => {
    const fetchMock = vi.fn(async () => unavailable('5'));
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    const res = await auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'mutation Submit { submitSlip { id } }' }) });
    expect(res.status).toBe(503);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAVAILABLE');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(outageState().unavailable).toBe(true);
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(localStorage.getItem(REFRESH_KEY)).toBe('old-refresh');
  });

  it('takes a refresh answered UNAVAILABLE as no answer: the session stays, the query waits and goes through once the server is back', async () => {
    let refreshes = 0;
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (bodyOf(init).query.includes('refresh(')) {
        return ++refreshes === 1 ? unavailable('2') : json({ data: { refresh: { accessToken: 'new-access', refreshToken: 'new-refresh' } } });
      }
      return authHeader(init) === 'Bearer new-access' ? json({ data: { ok: true } }) : unauthenticated();
    });
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });

    const pending = auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query Q { ok }' }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(outageState().unavailable).toBe(true);
    expect(localStorage.getItem(REFRESH_KEY)).toBe('old-refresh');
    await vi.advanceTimersByTimeAsync(2_000);
    const res = await pending;
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(refreshes).toBe(2);
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(localStorage.getItem(ACCESS_KEY)).toBe('new-access');
    expect(outageState().unavailable).toBe(false);
  });

  it('answers a mutation whose refresh met the outage with UNAVAILABLE, in the user’s language', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      bodyOf(init).query.includes('refresh(') ? unavailable('5') : unauthenticated(),
    );
    const onAuthLost = vi.fn();
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost });
    const res = await auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'mutation M { x }' }) });
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    const body = await res.json();
    expect(body.errors[0]).toEqual({ message: 'Serveur momentanément indisponible — nouvel essai dans quelques secondes.', extensions: { code: 'UNAVAILABLE' } });
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(localStorage.getItem(ACCESS_KEY)).toBe('old-access');
  });

  it('stops waiting when the caller aborts', async () => {
    const fetchMock = vi.fn(async () => unavailable('5'));
    const auth = createAuth({ fetch: fetchMock as typeof fetch, url: '/graphql', onAuthLost: vi.fn() });
    const ctl = new AbortController();
    const pending = auth.fetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query Q { ok }' }), signal: ctl.signal });
    const caught = pending.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    ctl.abort();
    expect(((await caught) as Error).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('outage waits', () => {
  it('honour Retry-After, grow with each try, and stop growing at 30 s', () => {
    expect(backoffMs(0, 5_000)).toBe(5_000);
    expect(backoffMs(3, 5_000)).toBe(8_000);
    expect(backoffMs(0, null)).toBe(1_000);
    expect(backoffMs(10, null)).toBe(30_000);
    expect(backoffMs(0, 120_000)).toBe(30_000);
  });

  it('tell queries from mutations', () => {
    expect(isRetryable({ body: JSON.stringify({ query: 'query A { a }' }) })).toBe(true);
    expect(isRetryable({ body: JSON.stringify({ query: 'mutation A { a }' }) })).toBe(false);
    expect(isRetryable({ body: JSON.stringify({ query: 'fragment F on X { a }\nmutation A { a { ...F } }' }) })).toBe(false);
  });
});
