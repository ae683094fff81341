// A passing server outage, as the app lives it. When PostgreSQL cannot be reached the API answers
// HTTP 503 with `extensions.code: UNAVAILABLE` and `Retry-After`: nothing was refused, the session
// stays, and the request is worth another try in a few seconds. This module holds whether the
// server is unavailable right now (the shell's banner shows it), when to try again (the server's
// Retry-After, growing with each failed try), and who wants to know when it answers again (the
// slip outbox sends what waits at once).
import { useEffect, useState } from 'preact/hooks';

/** The error code of a retryable server outage (graph/schema.graphqls ErrorCode). */
export const UNAVAILABLE = 'UNAVAILABLE';
/** Never wait longer than this between two tries. */
export const MAX_WAIT_MS = 30_000;
/** The first wait when the server gives no Retry-After. */
export const BASE_WAIT_MS = 1_000;

export interface OutageState {
  /** The last answer was UNAVAILABLE, and none has succeeded since. */
  unavailable: boolean;
  /** When the next try is due (ms since the epoch), while unavailable. */
  retryAt: number | null;
}

let state: OutageState = { unavailable: false, retryAt: null };
const listeners = new Set<(s: OutageState) => void>();
const recoveredListeners = new Set<() => void>();
let probe: (() => Promise<unknown>) | null = null;
let probeTimer: ReturnType<typeof setTimeout> | null = null;
let probeAttempt = 0;
let probing = false;

function set(next: OutageState): void {
  state = next;
  listeners.forEach((l) => l(state));
}

export function outageState(): OutageState {
  return state;
}

/**
 * Whether an answer says the server is momentarily unavailable: HTTP 503, or a GraphQL error
 * coded UNAVAILABLE. Reads a clone: the body stays readable.
 */
export async function isUnavailable(res: Response): Promise<boolean> {
  if (res.status === 503) return true;
  if (!(res.headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const body = (await res.clone().json()) as { errors?: { extensions?: { code?: string } }[] };
    return !!body.errors?.some((e) => e.extensions?.code === UNAVAILABLE);
  } catch {
    return false;
  }
}

/** The Retry-After header in ms (seconds or an HTTP date), or null. */
export function retryAfterMs(res: Response | null | undefined, now = Date.now()): number | null {
  const h = res?.headers.get('Retry-After');
  if (!h) return null;
  const s = Number(h);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const at = Date.parse(h);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * How long to wait before try `attempt + 1` (0 after the first failure): never less than the
 * server's Retry-After, doubling from BASE_WAIT_MS, at most MAX_WAIT_MS.
 */
export function backoffMs(attempt: number, retryAfter: number | null): number {
  const grown = Math.min(MAX_WAIT_MS, BASE_WAIT_MS * 2 ** Math.max(0, attempt));
  return Math.min(MAX_WAIT_MS, Math.max(retryAfter ?? 0, grown));
}

/** The server answered UNAVAILABLE; the next try is in `waitMs`. */
export function reportUnavailable(waitMs: number, now = Date.now()): void {
  set({ unavailable: true, retryAt: now + waitMs });
  scheduleProbe(waitMs);
}

/** The server answered (anything but UNAVAILABLE): the outage, if any, is over. */
export function reportAnswered(): void {
  probeAttempt = 0;
  if (probeTimer) {
    clearTimeout(probeTimer);
    probeTimer = null;
  }
  if (!state.unavailable) return;
  set({ unavailable: false, retryAt: null });
  recoveredListeners.forEach((l) => l());
}

/** Calls `fn` each time the server answers again after an outage. */
export function onRecovered(fn: () => void): () => void {
  recoveredListeners.add(fn);
  return () => {
    recoveredListeners.delete(fn);
  };
}

/**
 * The request that asks the server whether it is back, when nothing else would (a page already
 * loaded, nothing waiting): sent through the app's fetch, which reports what it gets.
 */
export function setProbe(fn: (() => Promise<unknown>) | null): void {
  probe = fn;
}

function scheduleProbe(waitMs: number): void {
  // One probe at a time: a probe that meets the outage again waits and tries again by itself.
  if (!probe || probeTimer || probing) return;
  probeTimer = setTimeout(() => {
    probeTimer = null;
    if (!state.unavailable || !probe) return;
    probeAttempt++;
    probing = true;
    probe()
      .catch(() => undefined)
      .finally(() => {
        probing = false;
        // Still out (the probe met a network error): ask again later.
        if (state.unavailable) scheduleProbe(backoffMs(probeAttempt, null));
      });
  }, waitMs);
}

/** Forgets everything (tests). */
export function resetOutage(): void {
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = null;
  probeAttempt = 0;
  probing = false;
  probe = null;
  state = { unavailable: false, retryAt: null };
  listeners.clear();
  recoveredListeners.clear();
}

/** Waits `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** The outage state, kept in step. */
export function useOutage(): OutageState {
  const [s, setS] = useState(state);
  useEffect(() => {
    listeners.add(setS);
    setS(state);
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return s;
}
