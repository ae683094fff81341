import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUEUE_KEY, REASON_UNAVAILABLE, RETRY_MS, SlipQueue, tokenSubject } from './slipQueue';
import { createAuth, tokens } from '../../lib/api';
import { reportAnswered, reportUnavailable, resetOutage } from '../../lib/outage';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const slipAnswer = (id = 'slip-1') => json({ data: { submitSlip: { id, status: 'SUBMITTED' } } });
const errorAnswer = (code: string, field: string | null, message: string) =>
  json({ data: null, errors: [{ message, extensions: field ? { code, field } : { code } }] });

function sentBody(call: unknown[]): { query: string; variables: { id?: string; input: Record<string, unknown> } } {
  return JSON.parse(String((call[1] as RequestInit).body));
}

const slip = (clientId: string, notes = 'Séance') => ({
  clientId,
  input: {
    clientId,
    productionId: 'prod-1',
    operationId: 'op-1',
    date: '2026-11-22',
    start: '10:00',
    end: '12:00',
    breakMinutes: 0,
    notes,
  },
  summary: { production: 'Les Heures claires', operation: 'Montage son' },
});

function makeQueue(fetchImpl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>, opts: { online?: () => boolean; owner?: () => string | null } = {}) {
  const fetchMock = vi.fn(fetchImpl);
  const queue = new SlipQueue({
    storage: localStorage,
    fetch: fetchMock as unknown as typeof fetch,
    url: '/graphql',
    isOnline: opts.online ?? (() => true),
    owner: opts.owner ?? (() => 'user-1'),
  });
  return { queue, fetchMock };
}

describe('slip queue', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.useRealTimers());

  it('keeps an enqueued slip in storage, where a new queue (after a reload) finds it', () => {
    const { queue } = makeQueue(async () => slipAnswer());
    queue.enqueue(slip('c-0001-aaaa'));
    expect(JSON.parse(localStorage.getItem(QUEUE_KEY)!).pending[0].clientId).toBe('c-0001-aaaa');

    const { queue: reloaded } = makeQueue(async () => slipAnswer());
    const { pending } = reloaded.mine();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ clientId: 'c-0001-aaaa', owner: 'user-1', attempts: 0, summary: { production: 'Les Heures claires' } });
    expect(pending[0].input.clientId).toBe('c-0001-aaaa');
  });

  it('does not try to send while offline, and keeps the slip as pending', async () => {
    const { queue, fetchMock } = makeQueue(async () => slipAnswer(), { online: () => false });
    const outcome = await queue.submit(slip('c-0002-aaaa'));
    expect(outcome).toEqual({ status: 'pending', reason: 'offline' });
    expect(fetchMock).not.toHaveBeenCalled();
    await queue.flush();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(queue.mine().pending.map((i) => i.clientId)).toEqual(['c-0002-aaaa']);
  });

  it('retries after a network failure with the same clientId, and removes the slip once recorded', async () => {
    let fail = true;
    const { queue, fetchMock } = makeQueue(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return slipAnswer('slip-42');
    });
    const first = await queue.submit(slip('c-0003-aaaa'));
    expect(first).toEqual({ status: 'pending', reason: 'Failed to fetch' });
    expect(queue.mine().pending[0]).toMatchObject({ clientId: 'c-0003-aaaa', attempts: 1, lastError: 'Failed to fetch' });

    fail = false;
    await queue.flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [a, b] = fetchMock.mock.calls.map(sentBody);
    expect(a.variables.input.clientId).toBe('c-0003-aaaa');
    expect(b.variables.input.clientId).toBe('c-0003-aaaa');
    expect(b.variables.input).toEqual(a.variables.input);
    expect(b.query).toContain('submitSlip');
    expect(queue.mine()).toEqual({ pending: [], failed: [] });
  });

  it('keeps the slip on a 5xx, a non-JSON answer or a transient GraphQL error', async () => {
    const answers = [
      () => new Response('Bad gateway', { status: 502 }),
      () => new Response('<html>proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      () => errorAnswer('INTERNAL', null, 'Erreur interne, réessayez plus tard.'),
      () => errorAnswer('RATE_LIMITED', null, 'Trop de requêtes.'),
    ];
    let n = 0;
    const { queue, fetchMock } = makeQueue(async () => answers[n++]());
    queue.enqueue(slip('c-0004-aaaa'));
    for (let i = 0; i < answers.length; i++) await queue.flush();
    expect(fetchMock).toHaveBeenCalledTimes(4);
    const [item] = queue.mine().pending;
    expect(item).toMatchObject({ clientId: 'c-0004-aaaa', attempts: 4, lastError: 'Trop de requêtes.' });
    expect(queue.mine().failed).toEqual([]);
  });

  it('removes the slip on a definitive error during a background send and keeps the error to show on it', async () => {
    const answers = [
      () => errorAnswer('VALIDATION', 'start', 'Cette séance chevauche votre bon du 22/11/2026 10:00–12:00 sur « Pipo ».'),
      () => errorAnswer('CONFLICT', 'clientId', 'Ce bon a déjà été envoyé avec un autre contenu.'),
      () => errorAnswer('FORBIDDEN', 'productionId', 'Vous ne faites pas partie de l’équipe de cette production.'),
    ];
    let n = 0;
    const { queue } = makeQueue(async () => answers[n++]());
    queue.enqueue(slip('c-0005-aaaa'));
    queue.enqueue(slip('c-0006-aaaa'));
    queue.enqueue(slip('c-0007-aaaa'));
    await queue.flush();
    const { pending, failed } = queue.mine();
    expect(pending).toEqual([]);
    expect(failed.map((f) => [f.clientId, f.error.code, f.error.field])).toEqual([
      ['c-0005-aaaa', 'VALIDATION', 'start'],
      ['c-0006-aaaa', 'CONFLICT', 'clientId'],
      ['c-0007-aaaa', 'FORBIDDEN', 'productionId'],
    ]);
    expect(failed[0].error.message).toContain('chevauche');
    expect(failed[0].input.notes).toBe('Séance');

    queue.remove('c-0005-aaaa');
    expect(queue.mine().failed).toHaveLength(2);
  });

  it('returns a definitive error to the form that submitted online, without keeping it', async () => {
    const { queue } = makeQueue(async () => errorAnswer('VALIDATION', 'date', 'Impossible de déclarer une séance au-delà de demain.'));
    const outcome = await queue.submit(slip('c-0008-aaaa'));
    expect(outcome).toEqual({
      status: 'failed',
      error: { code: 'VALIDATION', field: 'date', message: 'Impossible de déclarer une séance au-delà de demain.' },
    });
    expect(queue.mine()).toEqual({ pending: [], failed: [] });
  });

  it('stops a flush at the first slip that cannot go, and sends the rest later in order', async () => {
    let down = true;
    const { queue, fetchMock } = makeQueue(async (_i, init) => {
      if (down) throw new TypeError('Failed to fetch');
      return slipAnswer(JSON.parse(String(init?.body)).variables.input.clientId);
    });
    queue.enqueue(slip('c-0009-aaaa'));
    queue.enqueue(slip('c-0010-aaaa'));
    await queue.flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    down = false;
    await queue.flush();
    expect(fetchMock.mock.calls.slice(1).map((c) => sentBody(c).variables.input.clientId)).toEqual(['c-0009-aaaa', 'c-0010-aaaa']);
    expect(queue.mine().pending).toEqual([]);
  });

  it('sends a correction with resubmitSlip, and takes "no longer rejected" after a lost answer as done', async () => {
    let n = 0;
    const { queue, fetchMock } = makeQueue(async () => {
      n++;
      if (n === 1) throw new TypeError('Failed to fetch');
      return errorAnswer('VALIDATION', 'status', 'Impossible de renvoyer un bon en attente.');
    });
    await queue.submit({ ...slip('c-0011-aaaa'), slipId: 'slip-7' });
    await queue.flush();
    const body = sentBody(fetchMock.mock.calls[1]);
    expect(body.query).toContain('resubmitSlip');
    expect(body.variables.id).toBe('slip-7');
    expect(queue.mine()).toEqual({ pending: [], failed: [] });
  });

  it('sends only the signed-in user’s slips', async () => {
    let who: string | null = 'user-1';
    const { queue, fetchMock } = makeQueue(async () => slipAnswer(), { owner: () => who });
    queue.enqueue(slip('c-0012-aaaa'));
    who = 'user-2';
    expect(queue.mine().pending).toEqual([]);
    await queue.flush();
    expect(fetchMock).not.toHaveBeenCalled();
    who = null;
    await queue.flush();
    expect(fetchMock).not.toHaveBeenCalled();
    who = 'user-1';
    await queue.flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('never sends the same slip twice at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { queue, fetchMock } = makeQueue(async () => {
      await gate;
      return slipAnswer();
    });
    const submitted = queue.submit(slip('c-0013-aaaa'));
    const flushed = queue.flush();
    release();
    await Promise.all([submitted, flushed]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('flushes on start, on the online event and every 30 s while slips wait', async () => {
    vi.useFakeTimers();
    let online = false;
    const { queue, fetchMock } = makeQueue(async () => slipAnswer(), { online: () => online });
    queue.enqueue(slip('c-0014-aaaa'));
    const stop = queue.start(window);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(fetchMock).not.toHaveBeenCalled();

    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(queue.mine().pending).toEqual([]);

    // A slip stored while the request failed is picked up by the timer.
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    await queue.submit(slip('c-0015-aaaa'));
    expect(queue.mine().pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(sentBody(fetchMock.mock.calls[2]).variables.input.clientId).toBe('c-0015-aaaa');
    expect(queue.mine().pending).toEqual([]);

    stop();
    queue.enqueue(slip('c-0016-aaaa'));
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('keeps a slip answered 503 UNAVAILABLE waiting with its clientId, never refused, and sends it when the server is back', async () => {
    vi.useFakeTimers();
    resetOutage();
    const unavailable = () =>
      new Response(JSON.stringify({ data: null, errors: [{ message: 'Service momentanément indisponible', extensions: { code: 'UNAVAILABLE' } }] }), {
        status: 503,
        headers: { 'content-type': 'application/json', 'Retry-After': '5' },
      });
    let down = true;
    const { queue, fetchMock } = makeQueue(async () => (down ? unavailable() : slipAnswer('slip-9')));
    const stop = queue.start(window);
    try {
      const outcome = await queue.submit(slip('c-0030-aaaa'));
      expect(outcome).toEqual({ status: 'pending', reason: REASON_UNAVAILABLE });
      await queue.flush();
      expect(queue.mine()).toMatchObject({ pending: [{ clientId: 'c-0030-aaaa', attempts: 2, lastError: REASON_UNAVAILABLE }], failed: [] });

      // The server answers again (the app's fetch says so): the slip goes out at once, same clientId.
      down = false;
      reportUnavailable(5_000);
      reportAnswered();
      await vi.advanceTimersByTimeAsync(0);
      expect(fetchMock).toHaveBeenCalledTimes(3);
      expect(fetchMock.mock.calls.map((c) => sentBody(c).variables.input.clientId)).toEqual(['c-0030-aaaa', 'c-0030-aaaa', 'c-0030-aaaa']);
      expect(queue.mine()).toEqual({ pending: [], failed: [] });
    } finally {
      stop();
      resetOutage();
    }
  });

  it('keeps a slip waiting when the session’s refresh meets the outage, without losing the session', async () => {
    resetOutage();
    const payload = btoa(JSON.stringify({ sub: 'user-1' })).replace(/=+$/, '');
    tokens.set({ accessToken: `h.${payload}.s`, refreshToken: 'r-1' });
    const onAuthLost = vi.fn();
    const server = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      String(init?.body).includes('refresh(')
        ? new Response(JSON.stringify({ errors: [{ message: 'Indisponible', extensions: { code: 'UNAVAILABLE' } }] }), {
            status: 503,
            headers: { 'content-type': 'application/json', 'Retry-After': '5' },
          })
        : json({ data: null, errors: [{ message: 'Session expirée', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const auth = createAuth({ fetch: server as unknown as typeof fetch, url: '/graphql', onAuthLost });
    const { queue } = makeQueue((input, init) => auth.fetch(input, init));
    const outcome = await queue.submit(slip('c-0031-aaaa'));
    expect(outcome).toEqual({ status: 'pending', reason: REASON_UNAVAILABLE });
    expect(queue.mine().pending.map((i) => i.clientId)).toEqual(['c-0031-aaaa']);
    expect(queue.mine().failed).toEqual([]);
    expect(onAuthLost).not.toHaveBeenCalled();
    expect(tokens.refresh).toBe('r-1');
    resetOutage();
  });

  it('notifies its subscribers of every change', () => {
    const { queue } = makeQueue(async () => slipAnswer());
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    queue.enqueue(slip('c-0017-aaaa'));
    queue.remove('c-0017-aaaa');
    unsubscribe();
    queue.enqueue(slip('c-0018-aaaa'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reads the user id from an access token', () => {
    const payload = btoa(JSON.stringify({ sub: '6f1c2b7e-0000-4000-8000-000000000001', exp: 1 })).replace(/=+$/, '');
    expect(tokenSubject(`h.${payload}.s`)).toBe('6f1c2b7e-0000-4000-8000-000000000001');
    expect(tokenSubject('garbage')).toBeNull();
    expect(tokenSubject(null)).toBeNull();
  });
});
