import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveState } from './api';

/** Whether a media query matches, kept in step with rotations and resizes. */
export function useMediaQuery(query: string): boolean {
  const get = () => (typeof matchMedia === 'function' ? matchMedia(query).matches : false);
  const [matches, setMatches] = useState(get);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mql = matchMedia(query);
    const update = () => setMatches(mql.matches);
    update();
    mql.addEventListener('change', update);
    return () => mql.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The layout switch of the planning views: a phone gets lists, a wider screen grids. */
export const WIDE = '(min-width: 48rem)';

/**
 * Calls `fn` once, `delay` ms after the last of a burst of triggers: one shift with cascade
 * sends an event per moved task, and one refetch is enough for all of them.
 */
export function useDebounced(fn: () => void, delay = 200): () => void {
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const trigger = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      fnRef.current();
    }, delay);
  });
  return trigger.current;
}

/** Runs `fn` each time the live connection comes back after a drop: events were missed meanwhile. */
export function useOnReconnect(fn: () => void): void {
  const live = useLiveState();
  const wasConnected = useRef(false);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    if (live !== 'connected') return;
    if (wasConnected.current) fnRef.current();
    wasConnected.current = true;
  }, [live]);
}

/** Whether the browser believes it is online, kept in step with the `online` and `offline` events. */
export function useOnline(): boolean {
  const get = () => typeof navigator === 'undefined' || navigator.onLine !== false;
  const [online, setOnline] = useState(get);
  useEffect(() => {
    const update = () => setOnline(get());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
