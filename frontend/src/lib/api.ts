import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { getLang } from '../app/i18n';
import { navigate } from './navigation';
import { reconnectExchange } from './reconnectExchange';
import { setProbe } from './outage';
import { createAuth, tokens } from './auth';

export { ACCESS_KEY, REFRESH_KEY, UnavailableError, createAuth, isRetryable, tokens, type Auth, type AuthOptions } from './auth';

export const GRAPHQL_PATH = '/graphql';

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
          // Notifications: the inbox's pages; a preference is the caller's choice for one kind.
          NotificationConnection: () => null,
          NotificationEdge: () => null,
          NotificationPreference: (p) => (typeof p.kind === 'string' ? p.kind : null),
          // Quotes and amendments: figures, answers and lists inside a version or an amendment.
          Totals: () => null,
          VatTotal: () => null,
          Acceptance: () => null,
          Refusal: () => null,
          QuoteLineChange: () => null,
          QuoteConnection: () => null,
          QuoteEdge: () => null,
          AmendmentConnection: () => null,
          AmendmentEdge: () => null,
          SalePriceConnection: () => null,
          SalePriceEdge: () => null,
          QuoteTemplateConnection: () => null,
          QuoteTemplateEdge: () => null,
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
