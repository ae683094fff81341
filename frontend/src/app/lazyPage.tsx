// Pages load with their route (issue 13: a phone's first screen fetches only the shell and the
// page it shows). A lazy page draws the usual loading line while its chunk arrives, then the
// page; when the chunk cannot be fetched (no network, or a new deploy replaced the hashed files
// this tab was built with) it says so and offers to reload, and tries again by itself when the
// network comes back. Once loaded, a page draws at once on every later visit.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../ui/Loading';
import { useI18n } from './i18n';
import './lazyPage.css';

export interface LazyPage<P> {
  Page: ComponentType<P>;
  /** Fetches the page's chunk ahead of time (idle time after the first screen); never rejects. */
  preload: () => Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () =>
    (pending ??= load().then(
      (page) => (loaded = page),
      (err: unknown) => {
        pending = null; // the next visit, or the next `online`, tries again
        throw err;
      },
    ));

  function Lazy(props: P): JSX.Element {
    const [, rerender] = useState(0);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      setFailed(false);
      get().then(
        () => current && rerender((n) => n + 1),
        (err: unknown) => {
          console.warn('page chunk not loaded', err);
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, [attempt]);
    useEffect(() => {
      if (!failed) return;
      const retry = () => setAttempt((n) => n + 1);
      window.addEventListener('online', retry);
      return () => window.removeEventListener('online', retry);
    }, [failed]);

    if (loaded) {
      const Page = loaded;
      return <Page {...props} />;
    }
    return <main class="container">{failed ? <ChunkFailed /> : <Loading />}</main>;
  }
  return { Page: Lazy, preload: () => get().then(() => undefined, () => undefined) };
}

/** The page's code could not be fetched: say why it may be, and reload (which fetches the current version). */
export function ChunkFailed() {
  const { t } = useI18n();
  return (
    <section class="chunk-failed" role="alert" data-testid="chunk-failed">
      <p>{t('chunk.failed')}</p>
      <button type="button" onClick={() => location.reload()} data-testid="chunk-reload">
        {t('chunk.reload')}
      </button>
    </section>
  );
}
