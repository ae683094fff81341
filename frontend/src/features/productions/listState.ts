// The productions working list's state (search, filters, sort) as the URL holds it, and the
// variables of the `productions` query it asks for: the server searches, filters, sorts and
// pages, so a house with 2,000 productions never loads them all.
import type { ProductionKind, ProductionSort, ProductionStatus } from '../../gql/graphql';
import { PRODUCTION_KINDS } from '../catalogue/works';

export const PRODUCTION_STATUSES: readonly ProductionStatus[] = ['PREPARATION', 'IN_POST', 'DELIVERED', 'CLOSED'];
export const PRODUCTION_SORTS: readonly ProductionSort[] = ['RECENT', 'TITLE', 'DEADLINE', 'CLIENT', 'STATUS'];
/** The statuses of a production still being worked on: all but CLOSED (closed is how one is archived). */
export const OPEN_STATUSES: readonly ProductionStatus[] = ['PREPARATION', 'IN_POST', 'DELIVERED'];
export { PRODUCTION_KINDS };

/** A status filter: every production, the open ones, or one status. */
export type StatusChoice = '' | 'OPEN' | ProductionStatus;

export interface ListState {
  q: string;
  status: StatusChoice;
  clientId: string;
  kind: ProductionKind | '';
  /** Delivery deadline on or after / on or before, as YYYY-MM-DD (empty: no bound). */
  from: string;
  to: string;
  sort: ProductionSort;
  desc: boolean;
}

export const DEFAULT_LIST: ListState = { q: '', status: '', clientId: '', kind: '', from: '', to: '', sort: 'RECENT', desc: false };

/** One page of the list. */
export const PAGE_SIZE = 25;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(all: readonly T[], v: string | null): T | null => (v !== null && (all as readonly string[]).includes(v) ? (v as T) : null);

/** The state an address's query string describes; anything unknown falls back to the default. */
export function readListState(search: string): ListState {
  const p = new URLSearchParams(search);
  const status = p.get('status');
  const date = (k: string) => {
    const v = p.get(k) ?? '';
    return DATE.test(v) ? v : '';
  };
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    status: status === 'OPEN' ? 'OPEN' : (oneOf(PRODUCTION_STATUSES, status) ?? ''),
    clientId: p.get('client') ?? '',
    kind: oneOf(PRODUCTION_KINDS, p.get('kind')) ?? '',
    from: date('from'),
    to: date('to'),
    sort: oneOf(PRODUCTION_SORTS, p.get('sort')) ?? 'RECENT',
    desc: p.get('desc') === '1',
  };
}

/** The query string of a state ("" for the default list, else "?…"), so a list can be linked to and returned to. */
export function listQueryString(s: ListState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.status) p.set('status', s.status);
  if (s.clientId) p.set('client', s.clientId);
  if (s.kind) p.set('kind', s.kind);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort !== 'RECENT') p.set('sort', s.sort);
  if (s.desc) p.set('desc', '1');
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

export interface ListVariables {
  first: number;
  after: string | null;
  sort: ProductionSort;
  descending: boolean;
  filter: {
    search?: string;
    status?: ProductionStatus;
    statuses?: ProductionStatus[];
    clientId?: string;
    kind?: ProductionKind;
    deadlineFrom?: string;
    deadlineTo?: string;
  };
}

/** The variables of the productions query for a state and a page (the cursor after which it starts). */
export function listVariables(s: ListState, after: string | null = null, first = PAGE_SIZE): ListVariables {
  const filter: ListVariables['filter'] = {};
  if (s.q.trim()) filter.search = s.q.trim();
  if (s.status === 'OPEN') filter.statuses = [...OPEN_STATUSES];
  else if (s.status) filter.status = s.status;
  if (s.clientId) filter.clientId = s.clientId;
  if (s.kind) filter.kind = s.kind;
  // A range typed backwards is read the right way round rather than refused.
  const [from, to] = s.from && s.to && s.to < s.from ? [s.to, s.from] : [s.from, s.to];
  if (from) filter.deadlineFrom = from;
  if (to) filter.deadlineTo = to;
  return { first, after, sort: s.sort, descending: s.desc, filter };
}

/** How many filters narrow the list (the search and the sort apart): shown on the phone's filter toggle. */
export function activeFilters(s: ListState): number {
  return [s.status, s.clientId, s.kind, s.from, s.to].filter(Boolean).length;
}

/**
 * Sorting by a column: a first click sorts by it ascending, a second one reverses it. RECENT
 * reads "most recent first" and is its own column-less default.
 */
export function toggleSort(s: ListState, by: ProductionSort): ListState {
  if (s.sort === by) return { ...s, desc: !s.desc };
  return { ...s, sort: by, desc: false };
}

// The list the user last looked at, so that "← Productions" on a production returns to it with
// its search and filters rather than to the home page.
const LAST_LIST_KEY = 'postprod.productionsList';

export function rememberList(path: string): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, path);
  } catch {
    // Storage unavailable: the back link goes to the plain list.
  }
}

export function lastListPath(): string {
  try {
    const v = sessionStorage.getItem(LAST_LIST_KEY);
    if (v && v.startsWith('/productions')) return v;
  } catch {
    // as above
  }
  return '/productions';
}
