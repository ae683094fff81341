import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { DeliveryBoardQuery } from '../../gql/graphql';
import { LiveBadge } from '../../ui/LiveBadge';
import { todayParis } from '../../lib/dates';
import { groupDeliveries, type SortKey } from './deliveries';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { Blockers, DueBadge } from './DeliveryParts';
import { DateText, EmptyState, LoadingOrError, StatusBadge } from '../../ui';
import { isStaff } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

const DeliveryBoardQuery = graphql(`
  query DeliveryBoard {
    me {
      role
    }
    deliveries(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...DeliveryRow
          production {
            id
            title
          }
        }
      }
    }
  }
`);

const DeliveryBoardEvents = graphql(`
  subscription DeliveryBoardEvents {
    deliveryEvents {
      id
      kind
    }
  }
`);

type Row = DeliveryBoardQuery['deliveries']['edges'][number]['node'];

const GROUP_BY_KEY = 'postprod.deliveries.groupBy';

function readGroupBy(): SortKey {
  try {
    return localStorage.getItem(GROUP_BY_KEY) === 'status' ? 'status' : 'due';
  } catch {
    return 'due';
  }
}

export function DeliveriesPage() {
  const { t } = useI18n();
  const wide = useMediaQuery(WIDE);
  const today = todayParis();
  const [groupBy, setGroupByState] = useState<SortKey>(readGroupBy);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DeliveryBoardQuery });
  // Org-wide events are for the staff; the others read the board without them.
  const staff = !!data && isStaff(data.me.role);
  useLiveRefetch({ query: DeliveryBoardEvents, pause: !staff, delay: 150 }, () => reexecute({ requestPolicy: 'network-only' }));

  function setGroupBy(g: SortKey) {
    setGroupByState(g);
    try {
      localStorage.setItem(GROUP_BY_KEY, g);
    } catch {
      // Not remembered; the choice still applies now.
    }
  }

  const rows = useMemo(() => (data?.deliveries.edges ?? []).map((e) => e.node), [data]);
  const groups = useMemo(() => groupDeliveries(rows, groupBy, today), [rows, groupBy, today]);

  return (
    <main class={`container deliveries-page ${wide ? 'wide' : ''}`}>
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LiveBadge />
      </nav>
      <h1>{t('delivery.boardTitle')}</h1>

      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          <div class="board-toolbar">
            <span class="muted" data-testid="delivery-count">
              {t('delivery.count', { n: data.deliveries.totalCount })}
            </span>
            <div class="segmented" role="group" aria-label={t('delivery.groupBy')}>
              <button type="button" class="small" aria-pressed={groupBy === 'due'} onClick={() => setGroupBy('due')} data-testid="group-due">
                {t('delivery.byDue')}
              </button>
              <button type="button" class="small" aria-pressed={groupBy === 'status'} onClick={() => setGroupBy('status')} data-testid="group-status">
                {t('delivery.byStatus')}
              </button>
            </div>
          </div>
          {data.deliveries.pageInfo.hasNextPage && (
            <p class="muted">{t('delivery.truncated', { n: rows.length, total: data.deliveries.totalCount })}</p>
          )}
          {rows.length === 0 && <EmptyState>{t('delivery.empty')}</EmptyState>}
          {groups.map((g) => {
            const title = groupBy === 'due' ? t(`delivery.urgency.${g.key}` as Key) : t(`delivery.status.${g.key}` as Key);
            return (
              <section key={g.key} class={`delivery-group group-${g.key}`} data-testid="delivery-group" data-group={g.key}>
                <h2>
                  {title} <small class="muted">({g.items.length})</small>
                </h2>
                {wide ? <BoardTable rows={g.items} today={today} /> : <BoardList rows={g.items} today={today} />}
              </section>
            );
          })}
        </>
      )}
    </main>
  );
}

function rowClass(d: Row): string {
  return d.late ? 'urgency-row-late' : d.atRisk ? 'urgency-row-atRisk' : '';
}

function BoardTable({ rows, today }: { rows: Row[]; today: string }) {
  const { t } = useI18n();
  return (
    <div class="table-scroll">
      <table class="delivery-table">
        <thead>
          <tr>
            <th>{t('delivery.due')}</th>
            <th>{t('delivery.production')}</th>
            <th>{t('delivery.recipient')}</th>
            <th>{t('delivery.statusLabel')}</th>
            <th>{t('delivery.blocking')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const href = `/deliveries/${d.id}`;
            return (
              <tr key={d.id} class={rowClass(d)} data-testid="delivery-row" data-delivery-id={d.id} data-status={d.status}>
                <td class="nowrap">
                  <DateText date={d.dueDate} /> <DueBadge delivery={d} today={today} />
                </td>
                <td>
                  <a href={href} onClick={linkTo(href)}>
                    {d.production.title}
                    {d.episode && <> · {t('delivery.episodeShort', { n: d.episode.number })}</>}
                  </a>
                </td>
                <td>
                  {d.recipient}
                  <br />
                  <small class="muted">{d.spec.name}</small>
                </td>
                <td>
                  <StatusBadge kind="delivery" status={d.status} />
                </td>
                <td>
                  <Blockers delivery={d} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The phone: one compact card per delivery with what matters — status, due date, what blocks. */
function BoardList({ rows, today }: { rows: Row[]; today: string }) {
  const { t } = useI18n();
  return (
    <ul class="delivery-cards">
      {rows.map((d) => {
        const href = `/deliveries/${d.id}`;
        return (
          <li key={d.id} class={rowClass(d)} data-testid="delivery-row" data-delivery-id={d.id} data-status={d.status}>
            <a href={href} onClick={linkTo(href)}>
              <span class="dc-top">
                <StatusBadge kind="delivery" status={d.status} />
                <span class="dc-due">
                  <DateText date={d.dueDate} /> <DueBadge delivery={d} today={today} />
                </span>
              </span>
              <span class="card-title">
                {d.production.title}
                {d.episode && <> · {t('delivery.episodeShort', { n: d.episode.number })}</>}
              </span>
              <span class="card-meta">{d.recipient}</span>
              <Blockers delivery={d} />
            </a>
          </li>
        );
      })}
    </ul>
  );
}
