// The session's tokens and the fetch that carries them: renews an expired access token once
// (concurrent requests share one refresh, the server rotates refresh tokens), and lives through a
// database outage (503 UNAVAILABLE) without signing anyone out: only a refresh refused with
// UNAUTHENTICATED ends the session.
import { getLang, translate } from '../app/i18n';
import { UNAVAILABLE, backoffMs, isUnavailable, reportAnswered, reportUnavailable, retryAfterMs, sleep } from './outage';

export const ACCESS_KEY = 'postprod.access';
export const REFRESH_KEY = 'postprod.refresh';

export const tokens = {
  get access(): string | null {
    return localStorage.getItem(ACCESS_KEY);
  },
  get refresh(): string | null {
    return localStorage.getItem(REFRESH_KEY);
  },
  set(pair: { accessToken: string; refreshToken: string }): void {
    localStorage.setItem(ACCESS_KEY, pair.accessToken);
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
  },
  clear(): void {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
  },
};

// Sent with plain fetch, outside urql, so that a refresh never waits behind the
// requests that are themselves waiting for it.
const REFRESH_MUTATION =
  'mutation Refresh($refreshToken: String!) { refresh(refreshToken: $refreshToken) { accessToken refreshToken } }';

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: string };
}

async function isUnauthenticated(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  if (!(res.headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const body = (await res.clone().json()) as { errors?: GraphQLErrorLike[] };
    return !!body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/** The refresh was answered UNAVAILABLE: the server could not look the token up, it did not refuse it. */
export class UnavailableError extends Error {
  constructor(readonly retryAfterMs: number | null) {
    super('the server is momentarily unavailable');
    this.name = 'UnavailableError';
  }
}

/** What a request answers when the refresh it needed met an outage: the server's own kind of answer. */
function unavailableResponse(retryAfter: number | null): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (retryAfter != null) headers['Retry-After'] = String(Math.ceil(retryAfter / 1000));
  const message = translate(getLang(), 'common.unavailable');
  return new Response(JSON.stringify({ data: null, errors: [{ message, extensions: { code: UNAVAILABLE } }] }), { status: 503, headers });
}

/**
 * Whether a request may be sent again after an outage without the user asking: queries (and
 * anything that is not a mutation) change nothing. A mutation is answered as it came: its
 * caller decides (the slip outbox keeps the slip and retries with its clientId).
 */
export function isRetryable(init: RequestInit | undefined): boolean {
  if (typeof init?.body !== 'string') return true;
  try {
    const q = (JSON.parse(init.body) as { query?: unknown }).query;
    return typeof q !== 'string' || !/^\s*mutation\b/m.test(q);
  } catch {
    return false;
  }
}

export interface AuthOptions {
  fetch: typeof fetch;
  url: string;
  /** Called when the session cannot be renewed; tokens are already cleared. */
  onAuthLost: () => void;
}

export interface Auth {
  /**
   * A fetch for GraphQL: adds the bearer token and language, renews the session once on
   * UNAUTHENTICATED; on UNAVAILABLE (a database outage) keeps the session, reports the outage
   * and, for a query, tries again after the server's Retry-After, with a growing wait, until
   * the server answers or the caller aborts.
   */
  fetch: typeof fetch;
  /**
   * Exchanges the refresh token for a new pair. Concurrent callers share one request,
   * because the server rotates refresh tokens: a second exchange of the same token would fail.
   * Resolves false only when the server refused the token (UNAUTHENTICATED: tokens are then
   * cleared); rejects with UnavailableError on an outage, and with an Error on anything else
   * that may pass (network, proxy, 5xx, rate limit).
   */
  refresh: () => Promise<boolean>;
}

export function createAuth(opts: AuthOptions): Auth {
  let inflight: Promise<boolean> | null = null;

  async function exchange(): Promise<boolean> {
    const refreshToken = tokens.refresh;
    if (!refreshToken) return false;
    const res = await opts.fetch(opts.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': getLang() },
      body: JSON.stringify({ query: REFRESH_MUTATION, variables: { refreshToken } }),
    });
    if (await isUnavailable(res)) throw new UnavailableError(retryAfterMs(res));
    let body: {
      data?: { refresh?: { accessToken: string; refreshToken: string } } | null;
      errors?: GraphQLErrorLike[];
    } = {};
    try {
      body = await res.json();
    } catch {
      // Not a GraphQL answer (a proxy's error page…): judged by the status below.
    }
    const pair = body.data?.refresh;
    if (pair) {
      tokens.set(pair);
      return true;
    }
    // Only a refusal of the token ends the session; a passing failure must not sign the user out.
    const code = body.errors?.[0]?.extensions?.code;
    if (code !== 'UNAUTHENTICATED' && res.status !== 401) {
      throw new Error(`refresh failed: ${code ?? `HTTP ${res.status}`}`);
    }
    tokens.clear();
    return false;
  }

  function refresh(): Promise<boolean> {
    inflight ??= exchange().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  function withHeaders(init: RequestInit | undefined, access: string | null): RequestInit {
    const headers = new Headers(init?.headers);
    headers.set('Accept-Language', getLang());
    if (access) headers.set('Authorization', `Bearer ${access}`);
    else headers.delete('Authorization');
    return { ...init, headers };
  }

  /** One try: the request, and its retry with a renewed session when the token had expired. */
  async function once(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> {
    const sent = tokens.access;
    const res = await opts.fetch(input, withHeaders(init, sent));
    // Without a token we sent, UNAUTHENTICATED is a real answer (e.g. a wrong password).
    if (!sent || !tokens.refresh || !(await isUnauthenticated(res))) return res;
    // Another request may have renewed the session while this one was in flight.
    if (tokens.access === sent) {
      let ok: boolean;
      try {
        ok = await refresh();
      } catch (err) {
        if (err instanceof UnavailableError) return unavailableResponse(err.retryAfterMs);
        throw err;
      }
      if (!ok) {
        opts.onAuthLost();
        return res;
      }
    }
    return opts.fetch(input, withHeaders(init, tokens.access));
  }

  const authFetch: typeof fetch = async (input, init) => {
    const retry = isRetryable(init);
    for (let attempt = 0; ; attempt++) {
      const res = await once(input, init);
      if (!(await isUnavailable(res))) {
        // A proxy's 502 is not the server answering; anything below 500 is.
        if (res.status < 500) reportAnswered();
        return res;
      }
      const wait = backoffMs(attempt, retryAfterMs(res));
      reportUnavailable(wait);
      if (!retry || init?.signal?.aborted) return res;
      await sleep(wait, init?.signal);
    }
  };

  return { fetch: authFetch, refresh };
}
