// What the slip flow needs to work after a cold start without a network: the technician's
// productions (and the tasks seen of them), the operations, the rooms and today's bookings,
// as the last successful queries returned them. Kept in localStorage per user (the access
// token's subject, as the outbox sorts its slips), written whenever these queries succeed,
// read only when the network fails, and dropped on logout. Only this small slice of the
// GraphQL data is kept: the rest of the app stays online-only.
import { useMemo } from 'preact/hooks';
import type { Role } from '../../gql/graphql';
import { tokens } from '../../lib/api';
import { tokenSubject } from './slipQueue';

export const OFFLINE_PREFIX = 'postprod.offline.';

export interface CachedTask {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  operation: { id: string; label: string };
}

export interface CachedBooking {
  id: string;
  from: string;
  to: string;
  status: string;
  note: string | null;
  room: { id: string; name: string } | null;
  task: {
    id: string;
    title: string;
    operation: { id: string; label: string };
    production: { id: string; title: string };
  };
}

export interface OfflineData {
  /** When this was last written (ISO instant). */
  savedAt: string;
  technician: { id: string; name: string } | null;
  productions: { id: string; title: string }[];
  operations: { id: string; label: string }[];
  rooms: { id: string; name: string }[];
  /** The tasks of a production, by its id, as the form last read them. */
  tasks: Record<string, CachedTask[]>;
  /** The bookings of one day (the day My Day last loaded). */
  day: { date: string; bookings: CachedBooking[]; savedAt: string } | null;
  /** Who is signed in, for the app shell's navigation when it starts offline. */
  me: { role: Role; name: string } | null;
}

const EMPTY: Omit<OfflineData, 'savedAt'> = { technician: null, productions: [], operations: [], rooms: [], tasks: {}, day: null, me: null };

function storageOrNull(storage?: Storage): Storage | null {
  try {
    return storage ?? localStorage;
  } catch {
    return null;
  }
}

/** The signed-in user, as the outbox knows them. */
export function currentUser(): string | null {
  return tokenSubject(tokens.access);
}

/** What was kept for `user`, or null when nothing was. */
export function readOfflineData(user: string | null, storage?: Storage): OfflineData | null {
  const s = storageOrNull(storage);
  if (!user || !s) return null;
  try {
    const raw = s.getItem(OFFLINE_PREFIX + user);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<OfflineData>;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.savedAt !== 'string') return null;
    return { ...EMPTY, ...parsed } as OfflineData;
  } catch {
    return null;
  }
}

/** Merges `changes` into what is kept for `user`, stamped with `now`. A full storage loses the write, nothing else. */
export function writeOfflineData(user: string | null, changes: Partial<Omit<OfflineData, 'savedAt'>>, opts: { storage?: Storage; now?: Date } = {}): void {
  const s = storageOrNull(opts.storage);
  if (!user || !s) return;
  const before = readOfflineData(user, s) ?? { ...EMPTY, savedAt: '' };
  const next: OfflineData = { ...before, ...changes, savedAt: (opts.now ?? new Date()).toISOString() };
  try {
    s.setItem(OFFLINE_PREFIX + user, JSON.stringify(next));
  } catch {
    // Quota or private mode: the app still works online.
  }
}

/** Drops what was kept, for every user of this browser (logout: the next person may be someone else). */
export function clearOfflineData(storage?: Storage): void {
  const s = storageOrNull(storage);
  if (!s) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(OFFLINE_PREFIX)) keys.push(k);
    }
    keys.forEach((k) => s.removeItem(k));
  } catch {
    // Nothing to clear.
  }
}

/** What was kept for the signed-in user, read once per `when` (typically the network error that made it needed). */
export function useOfflineData(when: unknown): OfflineData | null {
  return useMemo(() => (when ? readOfflineData(currentUser()) : null), [when]);
}
