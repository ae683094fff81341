// Pages that show data other sessions change: read it, subscribe to its events, read it again
// after an event (debounced: one shift with cascade sends an event per moved task) and after
// the live connection comes back (events were missed meanwhile), and say whether we are live.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useQuery, useSubscription, type UseQueryArgs, type UseQueryState, type UseSubscriptionArgs } from '@urql/preact';
import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';
import { useLiveState, type LiveState } from './api';
import { useDebounced, useOnReconnect, useOnline } from './hooks';

export interface LiveEvents<Event, Vars extends AnyVariables> {
  /** The subscription whose events call for a fresh read. */
  query: DocumentInput<Event, Vars>;
  variables?: Vars;
  pause?: boolean;
  /** Whether an event calls for a refetch (every event when absent). */
  refetchOn?: (event: Event) => boolean;
  /** Milliseconds to wait for the burst to end before reading again (default 200). */
  delay?: number;
  /** What to run when the connection comes back, when it differs from the refetch. */
  onReconnect?: () => void;
}

export interface LiveStatus<Event> {
  /** How many events called for a refetch so far. */
  count: number;
  /** The last of those events. */
  last: Event | undefined;
  /** The websocket's state (what LiveBadge shows). */
  live: LiveState;
  /** Whether the browser believes it is online. */
  online: boolean;
  /** The debounced refetch, for the page's own changes (a mutation that needs a fresh read). */
  refresh: () => void;
}

/** The server no longer has the events after the id we resumed from (pruned): reload, then subscribe afresh. */
export function isResync(error: CombinedError | undefined | null): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'RESYNC');
}

/** The subscription's variables without `after`: a fresh subscription from now on. */
export function withoutAfter<Vars extends AnyVariables>(variables: Vars): Vars {
  if (!variables || typeof variables !== 'object' || !('after' in variables)) return variables;
  const { after: _after, ...rest } = variables as Record<string, unknown>;
  return rest as Vars;
}

/**
 * Subscribes to `events` and runs `refetch` after each relevant burst and after a reconnection.
 * Told RESYNC (it resumed from an event the server has pruned), it reads everything again from
 * the network and subscribes again without `after`.
 */
export function useLiveRefetch<Event, Vars extends AnyVariables>(events: LiveEvents<Event, Vars>, refetch: () => void): LiveStatus<Event> {
  const filter = useRef(events.refetchOn);
  filter.current = events.refetchOn;
  const [fresh, setFresh] = useState(false);
  const variables = fresh && events.variables ? withoutAfter(events.variables) : events.variables;
  const [{ data: seen, error }, resubscribe] = useSubscription<Event, { count: number; last: Event | undefined }, Vars>(
    { query: events.query, variables, pause: events.pause } as UseSubscriptionArgs<Vars, Event>,
    (prev = { count: 0, last: undefined }, event) => (filter.current && !filter.current(event) ? prev : { count: prev.count + 1, last: event }),
  );
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const resync = isResync(error);
  useEffect(() => {
    if (!resync) return;
    refetchRef.current();
    if (variables && 'after' in (variables as object)) setFresh(true);
    else resubscribe();
  }, [resync, error]);
  const refresh = useDebounced(refetch, events.delay ?? 200);
  const count = seen?.count ?? 0;
  useEffect(() => {
    if (count) refresh();
  }, [count]);
  useOnReconnect(events.onReconnect ?? refresh);
  return { count, last: seen?.last, live: useLiveState(), online: useOnline(), refresh };
}

/**
 * One query kept live by one subscription: the query's state, a refetch that goes to the
 * network, and the live status.
 */
export function useLiveQuery<Data, Vars extends AnyVariables, Event, EventVars extends AnyVariables>(
  args: UseQueryArgs<Vars, Data> & { events: LiveEvents<Event, EventVars> },
): [UseQueryState<Data, Vars>, () => void, LiveStatus<Event>] {
  const { events, ...queryArgs } = args;
  const [state, reexecute] = useQuery<Data, Vars>(queryArgs as UseQueryArgs<Vars, Data>);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const status = useLiveRefetch(events, refetch);
  return [state, refetch, status];
}
