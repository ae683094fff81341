import { useEffect } from 'preact/hooks';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { tokens } from '../lib/api';
import { navigate, usePath } from '../lib/navigation';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';
import { PAGES, preloadPages } from './pages';
import { matchRoute, type Match } from './routes';
import { slipQueue } from '../features/slips/slipQueue';

function Page({ match }: { match: Match | null }) {
  return match ? PAGES[match.name](match.params) : <NotFoundPage />;
}

export function App({ client }: { client: Client }) {
  const path = usePath();
  const signedIn = !!tokens.access;
  // The sign-in and invitation pages need no session (see routes.ts).
  const match = matchRoute(path);
  const publicPage = match?.public ?? false;
  const target = !signedIn && !publicPage ? '/login' : signedIn && path === '/login' ? '/' : null;

  useEffect(() => {
    if (target) navigate(target, true);
  }, [target]);

  // Session slips typed without signal go out on start, on `online` and every 30 s.
  useEffect(() => slipQueue.start(), []);

  // Signed in, the other pages' chunks are fetched in idle time after the first screen: the
  // next pages draw at once, and still draw when the network goes away (the service worker
  // keeps them too, once installed).
  useEffect(() => {
    if (!signedIn) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 300));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void preloadPages(), { timeout: 2_000 });
    return () => cancel(handle);
  }, [signedIn]);

  return (
    <Provider value={client}>
      <Shell route={match?.name ?? null} signedIn={signedIn}>
        {target ? null : <Page match={match} />}
      </Shell>
    </Provider>
  );
}
