import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import { makeSubject } from 'wonka';
import { CombinedError, type Client, type OperationResult } from '@urql/core';
import { parse } from 'graphql';
import { isResync, useLiveRefetch, withoutAfter } from './useLiveQuery';

const Events = parse('subscription Events { events { id kind } }');

function clientWith(subject: ReturnType<typeof makeSubject<OperationResult>>): Client {
  return { executeSubscription: () => subject.source } as unknown as Client;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useLiveRefetch', () => {
  it('refetches once after a burst of relevant events, ignoring the others', async () => {
    vi.useFakeTimers();
    const subject = makeSubject<OperationResult>();
    const refetch = vi.fn();
    let status: { count: number } | null = null;
    function Page() {
      status = useLiveRefetch<{ events: { id: string; kind: string } }, Record<string, never>>(
        { query: Events, refetchOn: (e) => e.events.kind !== 'noise', delay: 50 },
        refetch,
      );
      return null;
    }
    render(
      <Provider value={clientWith(subject)}>
        <Page />
      </Provider>,
    );
    const send = (kind: string) =>
      act(() => subject.next({ data: { events: { id: '1', kind } }, stale: false, hasNext: true } as unknown as OperationResult));
    await send('task.moved');
    await send('task.moved');
    await send('noise');
    await act(() => {
      vi.advanceTimersByTime(60);
    });
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(status!.count).toBe(2);
    await send('noise');
    await act(() => {
      vi.advanceTimersByTime(60);
    });
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});

describe('useLiveRefetch told RESYNC', () => {
  it('reads again from the network and subscribes again without `after`', async () => {
    const subscriptions: Record<string, unknown>[] = [];
    const subjects: ReturnType<typeof makeSubject<OperationResult>>[] = [];
    const client = {
      executeSubscription: (request: { variables: Record<string, unknown> }) => {
        subscriptions.push(request.variables);
        const s = makeSubject<OperationResult>();
        subjects.push(s);
        return s.source;
      },
    } as unknown as Client;
    const refetch = vi.fn();
    function Page() {
      useLiveRefetch<{ events: { id: string } }, { productionId: string; after?: string }>(
        { query: Events, variables: { productionId: 'p1', after: 'ev-old' }, delay: 10 },
        refetch,
      );
      return null;
    }
    render(
      <Provider value={client}>
        <Page />
      </Provider>,
    );
    expect(subscriptions).toEqual([{ productionId: 'p1', after: 'ev-old' }]);
    const resync = new CombinedError({
      graphQLErrors: [{ message: 'Rechargez', extensions: { code: 'RESYNC', field: 'after' } }],
    });
    await act(() => subjects[0].next({ data: undefined, error: resync, stale: false, hasNext: false } as unknown as OperationResult));
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(subscriptions.at(-1)).toEqual({ productionId: 'p1' });
  });

  it('tells RESYNC from other errors, and drops only `after`', () => {
    expect(isResync(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'RESYNC' } }] }))).toBe(true);
    expect(isResync(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
    expect(isResync(undefined)).toBe(false);
    expect(withoutAfter({ productionId: 'p', after: '1' })).toEqual({ productionId: 'p' });
    expect(withoutAfter({ productionId: 'p' })).toEqual({ productionId: 'p' });
  });
});
