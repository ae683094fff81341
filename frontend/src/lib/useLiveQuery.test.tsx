import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { Provider } from '@urql/preact';
import { makeSubject } from 'wonka';
import type { Client, OperationResult } from '@urql/core';
import { parse } from 'graphql';
import { useLiveRefetch } from './useLiveQuery';

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
