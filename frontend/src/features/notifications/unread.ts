// The caller's unread count, shared by the bell (which keeps it live) and the inbox (whose
// "mark as read" answers with the new count): one figure, whoever learnt it last.
import { useEffect, useState } from 'preact/hooks';

let unread: number | null = null;
const listeners = new Set<(n: number | null) => void>();

export function setUnread(n: number | null): void {
  unread = n;
  listeners.forEach((l) => l(n));
}

/** The last known unread count (null before the first read). */
export function useUnread(): number | null {
  const [n, set] = useState(unread);
  useEffect(() => {
    listeners.add(set);
    set(unread);
    return () => {
      listeners.delete(set);
    };
  }, []);
  return n;
}
