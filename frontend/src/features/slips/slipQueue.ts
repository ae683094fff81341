// The phone's outbox of session slips. A slip is written here before it is sent, so a
// basement edit suite without signal loses nothing: it is sent when the network comes
// back (the `online` event, the app's start, every 30 s while some wait), always with the
// clientId it was given when the form opened, so that a retry of a slip the server did
// record returns that slip instead of a second one. An item leaves the queue only on a
// definitive answer: the slip, or an error the user must act upon (VALIDATION, CONFLICT,
// FORBIDDEN, NOT_FOUND), which is then kept to be shown on that slip. A server that cannot reach
// its database (HTTP 503, UNAVAILABLE) is like no network: the slip waits, with its clientId,
// and goes out as soon as the server answers again.
import { useEffect, useState } from 'preact/hooks';
import { stringifyDocument } from '@urql/core';
import { graphql } from '../../gql';
import type { SlipInput } from '../../gql/graphql';
import { GRAPHQL_PATH, auth, tokens } from '../../lib/api';
import { UNAVAILABLE, isUnavailable, onRecovered } from '../../lib/outage';

export const QUEUE_KEY = 'postprod.slipQueue';
export const RETRY_MS = 30_000;
/** The error codes that no retry can change. */
export const DEFINITIVE_CODES: readonly string[] = ['VALIDATION', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'];
/** Why a slip still waits when the server could not reach its database. */
export const REASON_UNAVAILABLE = 'unavailable';

const QueueSubmitSlip = graphql(`
  mutation QueueSubmitSlip($input: SlipInput!) {
    submitSlip(input: $input) {
      id
      status
    }
  }
`);

const QueueResubmitSlip = graphql(`
  mutation QueueResubmitSlip($id: ID!, $input: SlipInput!) {
    resubmitSlip(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** What the lists show of a slip that the server does not know yet. */
export interface SlipSummary {
  production: string;
  task?: string | null;
  operation?: string | null;
  room?: string | null;
}

export interface QueuedSlip {
  clientId: string;
  /** Set when this corrects a rejected slip: sent with resubmitSlip. */
  slipId?: string | null;
  input: SlipInput;
  summary: SlipSummary;
  /** The user who typed it (the access token's subject): nobody else's session sends it. */
  owner: string | null;
  queuedAt: string;
  attempts: number;
  lastError?: string | null;
}

export interface SlipError {
  code: string;
  field: string | null;
  message: string;
}

export interface FailedSlip extends QueuedSlip {
  error: SlipError;
  failedAt: string;
}

export interface QueueState {
  pending: QueuedSlip[];
  failed: FailedSlip[];
}

export type Outcome =
  | { status: 'sent'; slip: { id: string; status: string } }
  | { status: 'failed'; error: SlipError }
  | { status: 'pending'; reason: string };

export interface QueueOptions {
  storage?: Storage;
  fetch?: typeof fetch;
  url?: string;
  isOnline?: () => boolean;
  /** The signed-in user; null when nobody is (nothing is sent then). */
  owner?: () => string | null;
  now?: () => Date;
}

/** The subject (user id) of the access token, read without verifying it: only to sort the outbox. */
export function tokenSubject(token: string | null): string | null {
  if (!token) return null;
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}

interface GraphQLAnswer {
  data?: { submitSlip?: { id: string; status: string } | null; resubmitSlip?: { id: string; status: string } | null } | null;
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

export class SlipQueue {
  private readonly storage: Storage;
  private readonly doFetch: typeof fetch;
  private readonly url: string;
  private readonly isOnline: () => boolean;
  private readonly owner: () => string | null;
  private readonly now: () => Date;
  private readonly listeners = new Set<() => void>();
  private readonly inflight = new Set<string>();
  private flushing: Promise<void> | null = null;

  constructor(opts: QueueOptions = {}) {
    this.storage = opts.storage ?? localStorage;
    this.doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
    this.url = opts.url ?? GRAPHQL_PATH;
    this.isOnline = opts.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.owner = opts.owner ?? (() => tokenSubject(tokens.access));
    this.now = opts.now ?? (() => new Date());
  }

  /** Everything stored, whoever typed it. */
  read(): QueueState {
    try {
      const raw = this.storage.getItem(QUEUE_KEY);
      const parsed = raw ? (JSON.parse(raw) as Partial<QueueState>) : {};
      return {
        pending: Array.isArray(parsed.pending) ? parsed.pending : [],
        failed: Array.isArray(parsed.failed) ? parsed.failed : [],
      };
    } catch {
      return { pending: [], failed: [] };
    }
  }

  /** The signed-in user's slips. */
  mine(): QueueState {
    const me = this.owner();
    const ours = (i: QueuedSlip) => me !== null && (i.owner === null || i.owner === me);
    const s = this.read();
    return { pending: s.pending.filter(ours), failed: s.failed.filter(ours) };
  }

  private write(state: QueueState): void {
    this.storage.setItem(QUEUE_KEY, JSON.stringify(state));
    this.notify();
  }

  private update(fn: (s: QueueState) => QueueState): void {
    this.write(fn(this.read()));
  }

  notify(): void {
    this.listeners.forEach((l) => l());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Stores a slip to send (replacing one with the same clientId). */
  enqueue(item: Omit<QueuedSlip, 'owner' | 'queuedAt' | 'attempts'> & Partial<QueuedSlip>): QueuedSlip {
    const full: QueuedSlip = {
      owner: this.owner(),
      queuedAt: this.now().toISOString(),
      attempts: 0,
      lastError: null,
      ...item,
      input: { ...item.input, clientId: item.clientId },
    };
    this.update((s) => ({
      pending: [...s.pending.filter((i) => i.clientId !== full.clientId), full],
      failed: s.failed.filter((i) => i.clientId !== full.clientId),
    }));
    return full;
  }

  /** Drops a waiting slip (the user gave up on it). */
  remove(clientId: string): void {
    this.update((s) => ({ pending: s.pending.filter((i) => i.clientId !== clientId), failed: s.failed.filter((i) => i.clientId !== clientId) }));
  }

  /**
   * Stores the slip, then sends it at once when online. A definitive error is returned to
   * the caller (the form shows it by its field) rather than kept in the failed list.
   */
  async submit(item: Omit<QueuedSlip, 'owner' | 'queuedAt' | 'attempts'>): Promise<Outcome> {
    const stored = this.enqueue(item);
    if (!this.isOnline()) return { status: 'pending', reason: 'offline' };
    return this.send(stored, true);
  }

  /** Sends every waiting slip of the signed-in user, oldest first; stops at the first that cannot go. */
  flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushAll(): Promise<void> {
    if (!this.isOnline() || this.owner() === null) return;
    for (const item of this.mine().pending) {
      if (this.inflight.has(item.clientId)) continue;
      const outcome = await this.send(item, false);
      if (outcome.status === 'pending') return;
    }
  }

  private async send(item: QueuedSlip, immediate: boolean): Promise<Outcome> {
    if (this.inflight.has(item.clientId)) return { status: 'pending', reason: 'in flight' };
    this.inflight.add(item.clientId);
    const attempts = item.attempts + 1;
    this.patch(item.clientId, { attempts });
    try {
      const outcome = await this.request({ ...item, attempts });
      if (outcome.status === 'pending') {
        this.patch(item.clientId, { lastError: outcome.reason });
      } else {
        this.update((s) => ({
          pending: s.pending.filter((i) => i.clientId !== item.clientId),
          failed:
            outcome.status === 'failed' && !immediate
              ? [...s.failed.filter((i) => i.clientId !== item.clientId), { ...item, attempts, error: outcome.error, failedAt: this.now().toISOString() }]
              : s.failed,
        }));
      }
      return outcome;
    } finally {
      this.inflight.delete(item.clientId);
    }
  }

  private patch(clientId: string, changes: Partial<QueuedSlip>): void {
    this.update((s) => ({ ...s, pending: s.pending.map((i) => (i.clientId === clientId ? { ...i, ...changes } : i)) }));
  }

  private async request(item: QueuedSlip): Promise<Outcome> {
    const input: SlipInput = { ...item.input, clientId: item.clientId };
    const body = item.slipId
      ? { query: stringifyDocument(QueueResubmitSlip), variables: { id: item.slipId, input } }
      : { query: stringifyDocument(QueueSubmitSlip), variables: { input } };
    let res: Response;
    try {
      res = await this.doFetch(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (err) {
      return { status: 'pending', reason: err instanceof Error ? err.message : String(err) };
    }
    // A database outage: nothing was refused, the slip waits like without a network.
    if (await isUnavailable(res)) return { status: 'pending', reason: REASON_UNAVAILABLE };
    if (res.status >= 500) return { status: 'pending', reason: `HTTP ${res.status}` };
    let answer: GraphQLAnswer;
    try {
      answer = (await res.json()) as GraphQLAnswer;
    } catch {
      return { status: 'pending', reason: `HTTP ${res.status}` };
    }
    const slip = answer.data?.submitSlip ?? answer.data?.resubmitSlip;
    if (slip) return { status: 'sent', slip };
    const first = answer.errors?.[0];
    const code = first?.extensions?.code ?? '';
    const field = first?.extensions?.field ?? null;
    // A correction refused because the slip is no longer rejected: an earlier attempt, whose
    // answer was lost, went through.
    if (item.slipId && item.attempts > 1 && code === 'VALIDATION' && field === 'status') {
      return { status: 'sent', slip: { id: item.slipId, status: 'SUBMITTED' } };
    }
    if (code === UNAVAILABLE) return { status: 'pending', reason: REASON_UNAVAILABLE };
    if (DEFINITIVE_CODES.includes(code)) {
      return { status: 'failed', error: { code, field, message: first?.message ?? code } };
    }
    return { status: 'pending', reason: first?.message ?? `HTTP ${res.status}` };
  }

  /**
   * Sends what waits on `online`, on start, every RETRY_MS while something waits, when the app
   * comes back to the foreground, and as soon as the server answers again after an outage.
   */
  start(win: Window = window): () => void {
    const flush = () => {
      void this.flush();
    };
    const onVisible = () => {
      if (win.document.visibilityState === 'visible') flush();
    };
    // Another tab changed the outbox: show it here too.
    const onStorage = (e: StorageEvent) => {
      if (e.key === QUEUE_KEY) this.notify();
    };
    win.addEventListener('online', flush);
    win.addEventListener('storage', onStorage);
    const offRecovered = onRecovered(flush);
    win.document.addEventListener('visibilitychange', onVisible);
    const timer = win.setInterval(() => {
      if (this.mine().pending.length > 0) flush();
    }, RETRY_MS);
    flush();
    return () => {
      win.removeEventListener('online', flush);
      win.removeEventListener('storage', onStorage);
      offRecovered();
      win.document.removeEventListener('visibilitychange', onVisible);
      win.clearInterval(timer);
    };
  }
}

/** The app's outbox, sent with the session's token and language. */
export const slipQueue = new SlipQueue({ fetch: (input, init) => auth.fetch(input, init) });

/** The signed-in user's waiting and refused slips, kept in step with the outbox. */
export function useSlipQueue(queue: SlipQueue = slipQueue): QueueState {
  const [state, setState] = useState(() => queue.mine());
  useEffect(() => {
    setState(queue.mine());
    return queue.subscribe(() => setState(queue.mine()));
  }, [queue]);
  return state;
}
