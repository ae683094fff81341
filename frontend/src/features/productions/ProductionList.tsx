import { useEffect, useMemo, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { ProductionKind, ProductionSort, Role } from '../../gql/graphql';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { useDebounced, useMediaQuery, WIDE } from '../../lib/hooks';
import { isStaff } from '../../lib/roles';
import { DateText, EmptyState, ErrorMessage, Loading, StatusBadge } from '../../ui';
import {
  DEFAULT_LIST,
  PAGE_SIZE,
  PRODUCTION_KINDS,
  PRODUCTION_SORTS,
  PRODUCTION_STATUSES,
  activeFilters,
  listQueryString,
  listVariables,
  readListState,
  rememberList,
  toggleSort,
  type ListState,
  type StatusChoice,
} from './listState';
import { plural } from './plural';
import './productions.css';

const ProductionListQuery = graphql(`
  query ProductionList($first: Int!, $after: String, $filter: ProductionFilter, $sort: ProductionSort, $descending: Boolean) {
    productions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          status
          director
          client {
            id
            name
          }
          spec {
            deliveryDeadline
          }
        }
      }
    }
  }
`);

export const ClientChoicesQuery = graphql(`
  query ClientChoices {
    clients(first: 200) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * The productions working list: search, filters, sort and pages, all asked of the server. Its
 * state lives in the address (so a list can be returned to); a desktop gets a table with
 * sortable columns, a phone a compact list with the filters folded away.
 */
export function ProductionList({ role }: { role: Role }) {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const [state, setState] = useState<ListState>(() => readListState(location.search));
  const [typed, setTyped] = useState(state.q);
  // The cursors of the pages seen so far: pages[i] is the `after` of page i.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const page = pages.length - 1;
  const staff = isStaff(role);
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';

  const applySearch = useDebounced(() => update({ ...state, q: typed }), 250);

  function update(next: ListState) {
    setState(next);
    setPages([null]);
  }

  // The address follows the list, without a new history entry per keystroke.
  useEffect(() => {
    const qs = listQueryString(state);
    if (location.search !== qs) history.replaceState(history.state, '', location.pathname + qs);
    rememberList('/productions' + qs);
  }, [state]);

  const variables = useMemo(() => listVariables(state, pages[page]), [state, pages, page]);
  const [{ data, fetching, error }] = useQuery({ query: ProductionListQuery, variables, requestPolicy: 'cache-and-network' });
  const [{ data: clients }] = useQuery({ query: ClientChoicesQuery, pause: !staff });

  const conn = data?.productions;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const filtered = activeFilters(state) > 0 || state.q.trim() !== '';
  const set = <K extends keyof ListState>(k: K, v: ListState[K]) => update({ ...state, [k]: v });

  const filters = (
    <div class="plist-filters">
      <label>
        {t('list.status')}
        <select value={state.status} onChange={(e) => set('status', e.currentTarget.value as StatusChoice)} data-testid="filter-status">
          <option value="">{t('list.statusAll')}</option>
          <option value="OPEN">{t('list.statusOpen')}</option>
          {PRODUCTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}` as Key)}
            </option>
          ))}
        </select>
      </label>
      {staff && (
        <label>
          {t('list.client')}
          <select value={state.clientId} onChange={(e) => set('clientId', e.currentTarget.value)} data-testid="filter-client">
            <option value="">{t('list.clientAll')}</option>
            {clients?.clients.edges.map(({ node: c }) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('list.kind')}
        <select value={state.kind} onChange={(e) => set('kind', e.currentTarget.value as ProductionKind | '')} data-testid="filter-kind">
          <option value="">{t('list.kindAll')}</option>
          {PRODUCTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}` as Key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.deadlineFrom')}
        <input type="date" value={state.from} onChange={(e) => set('from', e.currentTarget.value)} data-testid="filter-from" />
      </label>
      <label>
        {t('list.deadlineTo')}
        <input type="date" value={state.to} onChange={(e) => set('to', e.currentTarget.value)} data-testid="filter-to" />
      </label>
      <label>
        {t('list.sortBy')}
        <select value={state.sort} onChange={(e) => update({ ...state, sort: e.currentTarget.value as ProductionSort, desc: false })} data-testid="list-sort">
          {PRODUCTION_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`list.sort.${s}` as Key)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="secondary outline"
        aria-pressed={state.desc}
        onClick={() => set('desc', !state.desc)}
        data-testid="list-direction"
      >
        {state.desc ? t('list.descending') : t('list.ascending')}
      </button>
      {filtered && (
        <button
          type="button"
          class="secondary outline"
          onClick={() => {
            setTyped('');
            update({ ...DEFAULT_LIST, sort: state.sort, desc: state.desc });
          }}
          data-testid="filter-reset"
        >
          {t('list.reset')}
        </button>
      )}
    </div>
  );

  const sortHeader = (by: ProductionSort, label: Key) => (
    <th scope="col" aria-sort={state.sort === by ? (state.desc ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="plist-sort" onClick={() => update(toggleSort(state, by))} data-testid={`sort-${by}`}>
        {t(label)}
        <span aria-hidden="true">{state.sort === by ? (state.desc ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );

  return (
    <section class="plist" data-testid="production-list">
      <input
        type="search"
        value={typed}
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          applySearch();
        }}
        data-testid="production-search"
      />
      {wide ? (
        filters
      ) : (
        <details class="plist-fold" open={activeFilters(state) > 0 || undefined}>
          <summary data-testid="filters-toggle">{activeFilters(state) ? t('list.filtersActive', { n: activeFilters(state) }) : t('list.filters')}</summary>
          {filters}
        </details>
      )}

      <p class="muted" data-testid="production-count" data-count={conn?.totalCount ?? ''}>
        {conn ? plural(t, lang, 'list.count', conn.totalCount, true) : '\u00a0'}
        {fetching && conn && <span class="plist-busy" aria-busy="true" />}
      </p>
      {error && <ErrorMessage error={error} />}
      {!conn && fetching && <Loading />}

      {conn && rows.length === 0 ? (
        <EmptyState testId="production-empty">{filtered ? t('list.noMatch') : t('home.empty')}</EmptyState>
      ) : wide ? (
        <table class="plist-table">
          <thead>
            <tr>
              {sortHeader('TITLE', 'list.colTitle')}
              {sortHeader('CLIENT', 'list.client')}
              <th scope="col">{t('list.colDirector')}</th>
              <th scope="col">{t('list.kind')}</th>
              {sortHeader('STATUS', 'list.status')}
              {sortHeader('DEADLINE', 'list.colDeadline')}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-testid="production-item" data-production-id={p.id}>
                <td>
                  <a href={`/productions/${p.id}`} onClick={linkTo(`/productions/${p.id}`)} class="plist-title">
                    {p.title}
                  </a>
                </td>
                <td>{p.client.name}</td>
                <td>{p.director || '—'}</td>
                <td>{t(`kind.${p.kind}` as Key)}</td>
                <td>
                  <StatusBadge kind="production" status={p.status} />
                </td>
                <td class="plist-date">{p.spec.deliveryDeadline ? <DateText date={p.spec.deliveryDeadline} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ul class="plist-rows">
          {rows.map((p) => (
            <li key={p.id} data-testid="production-item" data-production-id={p.id}>
              <a href={`/productions/${p.id}`} onClick={linkTo(`/productions/${p.id}`)}>
                <span class="plist-title">{p.title}</span>
                <span class="plist-meta">
                  {p.client.name}
                  {p.director && <> · {p.director}</>}
                </span>
                <span class="plist-meta">
                  <StatusBadge kind="production" status={p.status} />
                  <span class="badge">{t(`kind.${p.kind}` as Key)}</span>
                  {p.spec.deliveryDeadline && (
                    <span class="deadline">
                      {t('home.deadline')} <DateText date={p.spec.deliveryDeadline} />
                    </span>
                  )}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}

      {conn && (page > 0 || conn.pageInfo.hasNextPage) && (
        <nav class="plist-pages" aria-label={t('list.title')}>
          <button type="button" class="secondary outline" disabled={page === 0} onClick={() => setPages(pages.slice(0, -1))} data-testid="page-previous">
            {t('list.previous')}
          </button>
          <span class="muted">
            {t('list.range', {
              from: (page * PAGE_SIZE + 1).toLocaleString(locale),
              to: (page * PAGE_SIZE + rows.length).toLocaleString(locale),
              total: conn.totalCount.toLocaleString(locale),
            })}
          </span>
          <button
            type="button"
            class="secondary outline"
            disabled={!conn.pageInfo.hasNextPage}
            onClick={() => conn.pageInfo.endCursor && setPages([...pages, conn.pageInfo.endCursor])}
            data-testid="page-next"
          >
            {t('list.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
