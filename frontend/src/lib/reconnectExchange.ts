// Pages left with "offline: this page could not be loaded" load by themselves when the network
// comes back: this exchange remembers the queries the pages hold open and, on the browser's
// `online` event, sends them again to the network (a page that showed kept data gets fresh data).
import { makeOperation, mapExchange, type Exchange, type Operation } from '@urql/core';

export function reconnectExchange(target: Pick<Window, 'addEventListener'> | null = typeof window === 'undefined' ? null : window): Exchange {
  const watched = new Map<number, Operation>();
  const remember = mapExchange({
    onOperation(op) {
      if (op.kind === 'query') watched.set(op.key, op);
      else if (op.kind === 'teardown') watched.delete(op.key);
    },
  });
  let listening = false;
  return (input) => {
    if (!listening && target) {
      listening = true;
      target.addEventListener('online', () => {
        watched.forEach((op) => input.client.reexecuteOperation(makeOperation('query', op, { ...op.context, requestPolicy: 'network-only' })));
      });
    }
    return remember(input);
  };
}
