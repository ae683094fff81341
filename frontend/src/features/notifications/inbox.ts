// The inbox's list kept in the page: pages read with "Plus", notifications arriving live put on
// top, and read marks applied at once (the server's answer then corrects the count).
import type { NotificationFieldsFragment } from '../../gql/graphql';

export type Item = NotificationFieldsFragment;

export const PAGE_SIZE = 20;
/** The most a refresh reads again in one query (the server caps a page). */
export const MAX_REFRESH = 100;

/** A new notification on top, unless the list already holds it (the event and a read crossed). */
export function prepend(items: readonly Item[], n: Item): Item[] {
  if (items.some((i) => i.id === n.id)) return items.map((i) => (i.id === n.id ? n : i));
  return [n, ...items];
}

/** The next page after the ones shown, without repeating one a live event already put on top. */
export function append(items: readonly Item[], page: readonly Item[]): Item[] {
  const seen = new Set(items.map((i) => i.id));
  return [...items, ...page.filter((i) => !seen.has(i.id))];
}

/** Marks `ids` (every one when null) read at `at`, leaving those already read as they were. */
export function markRead(items: readonly Item[], ids: readonly string[] | null, at: string): Item[] {
  const set = ids ? new Set(ids) : null;
  return items.map((i) => (!i.readAt && (!set || set.has(i.id)) ? { ...i, readAt: at } : i));
}

/** How many to read again on a refresh: what is shown, at least one page, at most MAX_REFRESH. */
export function refreshSize(shown: number): number {
  return Math.min(MAX_REFRESH, Math.max(PAGE_SIZE, shown));
}
