import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { getLang, translate } from '../app/i18n';
import { navigate } from './navigation';
import { reconnectExchange } from './reconnectExchange';
import { UNAVAILABLE, backoffMs, isUnavailable, reportAnswered, reportUnavailable, retryAfterMs, setProbe, sleep } from './outage';

export const GRAPHQL_PATH = '/graphql';
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

/**
 * Opens the session a login or an accepted invitation returned, then goes home. When it
 * replaces a session still open on this device, the app reloads so that nothing of the
 * previous one (cache, websocket) lingers.
 */
export function startSession(pair: { accessToken: string; refreshToken: string }, replacing = false): void {
  tokens.set(pair);
  if (replacing) location.assign('/');
  else navigate('/', true);
}

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

function goToLogin(): void {
  tokens.clear();
  if (location.pathname !== '/login') location.assign('/login');
}

export const auth = createAuth({
  fetch: (input, init) => fetch(input, init),
  url: GRAPHQL_PATH,
  onAuthLost: goToLogin,
});

// While the server is unavailable and no page asks anything, this asks whether it is back (a
// query that reads the database, as every page does), so that the banner goes away on its own.
const PROBE = JSON.stringify({ query: 'query OutageProbe { me { role } }' });
setProbe(() => auth.fetch(GRAPHQL_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: PROBE }));

export type LiveState = 'offline' | 'connecting' | 'connected';
let liveState: LiveState = 'offline';
const liveListeners = new Set<(s: LiveState) => void>();

function setLiveState(s: LiveState): void {
  liveState = s;
  liveListeners.forEach((l) => l(s));
}

/** The state of the websocket that carries subscriptions. */
export function useLiveState(): LiveState {
  const [s, set] = useState(liveState);
  useEffect(() => {
    liveListeners.add(set);
    set(liveState);
    return () => {
      liveListeners.delete(set);
    };
  }, []);
  return s;
}

// How many subscriptions the pages hold open: with none, nothing on the page is live, whatever
// the websocket does (a producer's page whose feed the server refused, a page that has none).
let activeSubscriptions = 0;
const activeListeners = new Set<(n: number) => void>();

function trackSubscription(delta: number): void {
  activeSubscriptions = Math.max(0, activeSubscriptions + delta);
  activeListeners.forEach((l) => l(activeSubscriptions));
}

/** The number of subscriptions open now (LiveBadge shows nothing without one). */
export function useActiveSubscriptions(): number {
  const [n, set] = useState(activeSubscriptions);
  useEffect(() => {
    activeListeners.add(set);
    set(activeSubscriptions);
    return () => {
      activeListeners.delete(set);
    };
  }, []);
  return n;
}

// graphql-ws close code for a connection_init the server refused (expired or revoked token).
const CLOSE_FORBIDDEN = 4403;

function createSubscriptionClient(): WsClient {
  // Set when the server refused our token: the next connection waits for a fresh one.
  let renewing: Promise<void> | null = null;
  let sent: string | null = null;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
  return createWsClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    // Network drops, server restarts and refused tokens are all worth another try.
    shouldRetry: () => true,
    retryWait: (retries) => {
      const base = Math.min(30_000, 1_000 * 2 ** retries);
      return new Promise((resolve) => setTimeout(resolve, base / 2 + Math.random() * (base / 2)));
    },
    connectionParams: async () => {
      if (renewing) {
        await renewing;
        renewing = null;
      }
      sent = tokens.access;
      return { Authorization: `Bearer ${sent ?? ''}`, 'Accept-Language': getLang() };
    },
    on: {
      connecting: () => setLiveState('connecting'),
      connected: () => setLiveState('connected'),
      closed: (event) => {
        setLiveState('offline');
        // If an HTTP request renewed the session meanwhile, the retry simply uses the new token.
        if ((event as CloseEvent | undefined)?.code === CLOSE_FORBIDDEN && !renewing && tokens.access === sent) {
          renewing = auth.refresh().then(
            (ok) => {
              if (!ok) goToLogin();
            },
            () => undefined,
          );
        }
      },
    },
  });
}

export function createApiClient(): Client {
  const ws = createSubscriptionClient();
  return new Client({
    url: GRAPHQL_PATH,
    fetch: auth.fetch,
    preferGetMethod: false,
    exchanges: [
      reconnectExchange(),
      cacheExchange({
        // Types without an id are stored inside their parent; Production, Client… are
        // normalised by id so a subscription event updates every page showing them.
        keys: {
          Me: () => null,
          AuthPayload: () => null,
          ProductionSpec: () => null,
          TechnicalProfile: () => null,
          ProductionConnection: () => null,
          ProductionEdge: () => null,
          PageInfo: () => null,
          // Planning: values without an identity of their own.
          TaskDependency: () => null,
          Conflict: () => null,
          ShiftResult: () => null,
          CalendarFeed: () => null,
          Holiday: () => null,
          BookingConnection: () => null,
          BookingEdge: () => null,
          TechnicianConnection: () => null,
          TechnicianEdge: () => null,
          RoomConnection: () => null,
          RoomEdge: () => null,
          // Slips: lists and figures without an identity of their own.
          SlipConnection: () => null,
          SlipEdge: () => null,
          SlipHistoryEntry: () => null,
          Tracking: () => null,
          TrackingRow: () => null,
          TrackingSummary: () => null,
          SlipCheck: () => null,
          SlipWarning: () => null,
          OperationConnection: () => null,
          OperationEdge: () => null,
          // Deliveries: a template is known by its key; the rest are values inside a delivery.
          DeliverySpecTemplate: (t) => (typeof t.key === 'string' ? t.key : null),
          DeliveryConnection: () => null,
          DeliveryEdge: () => null,
          DeliveryTransition: () => null,
          Compatibility: () => null,
          CompatibilityIssue: () => null,
          // Catalogue and portal: values inside a work, a run or a statement.
          WorkConnection: () => null,
          WorkEdge: () => null,
          RightsHolderConnection: () => null,
          RightsHolderEdge: () => null,
          WorkCommission: () => null,
          RevenuePoint: () => null,
          StatementConnection: () => null,
          StatementEdge: () => null,
          StatementLine: () => null,
          DistributionRunConnection: () => null,
          DistributionRunEdge: () => null,
          RunWork: () => null,
          ImportPreview: () => null,
          ImportError: () => null,
          ImportResult: () => null,
          // Team and API tokens.
          MemberConnection: () => null,
          MemberEdge: () => null,
          ApiTokenCreated: () => null,
          ClientConnection: () => null,
          ClientEdge: () => null,
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              // Counted while it may still bring events: until it errs, completes or is dropped.
              let open = true;
              const done = () => {
                if (open) trackSubscription(-1);
                open = false;
              };
              trackSubscription(1);
              const dispose = ws.subscribe(input, {
                next: (v) => sink.next(v as Parameters<typeof sink.next>[0]),
                error: (e) => {
                  done();
                  sink.error(e);
                },
                complete: () => {
                  done();
                  sink.complete();
                },
              });
              return {
                unsubscribe: () => {
                  done();
                  dispose();
                },
              };
            },
          };
        },
      }),
    ],
  });
}
