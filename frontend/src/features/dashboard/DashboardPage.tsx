import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { TrackingLevel } from '../../gql/graphql';
import { LiveBadge } from '../../ui/LiveBadge';
import { todayParis } from '../../lib/dates';
import { formatDayHeading } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import '../slips/slips.css';
import { EmptyState, LoadingOrError } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { WaitingSlips } from './WaitingSlips';
import { Overruns } from './Overruns';
import { FlaggedSlips } from './FlaggedSlips';

const DashboardTodayQuery = graphql(`
  query DashboardToday($today: Date!) {
    me {
      role
    }
    bookings(first: 200, filter: { from: $today, to: $today }) {
      totalCount
      edges {
        node {
          id
          from
          to
          status
          note
          technician {
            id
            name
          }
          room {
            id
            name
          }
          task {
            id
            title
          }
          production {
            id
            title
          }
        }
      }
    }
  }
`);

const DashboardWaitingQuery = graphql(`
  query DashboardWaiting {
    slips(first: 200, filter: { status: SUBMITTED }) {
      totalCount
      edges {
        node {
          ...WaitingSlip
        }
      }
    }
  }
`);

export const TrackingFiguresDoc = graphql(`
  fragment TrackingFigures on TrackingRow {
    level
    plannedMinutes
    approvedMinutes
    submittedMinutes
    actualMinutes
    remainingMinutes
    percentConsumed
    projectedMinutes
    excessMinutes
    excessCost
    actualCost
    unattributedMinutes
  }
`);

const DashboardOverrunsQuery = graphql(`
  query DashboardOverruns {
    overruns {
      ...TrackingFigures
      production {
        id
        title
      }
      task {
        id
        title
      }
      operation {
        id
        label
      }
    }
  }
`);

const DashboardSlipEvents = graphql(`
  subscription DashboardSlipEvents {
    slipEvents {
      id
      kind
      productionId
      at
      slip {
        ...WaitingSlip
      }
    }
  }
`);

export function levelClass(level: TrackingLevel): string {
  return level === 'OVERRUN' ? 'level-overrun' : level === 'WARNING' ? 'level-warning' : 'level-ok';
}

/** The coordinator's day: today's sessions, the slips to approve (live), overruns and warnings. */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const today = todayParis();
  const [{ data, fetching, error }] = useQuery({ query: DashboardTodayQuery, variables: { today } });
  const staff = !!data && canManage(data.me.role);
  const [waiting, reexecuteWaiting] = useQuery({ query: DashboardWaitingQuery, pause: !staff, requestPolicy: 'cache-and-network' });
  const [overruns, reexecuteOverruns] = useQuery({ query: DashboardOverrunsQuery, pause: !staff, requestPolicy: 'cache-and-network' });

  const [flaggedVersion, setFlaggedVersion] = useState(0);
  // Every slip event (a phone sent one, a colleague approved one, an overrun was raised) changes the lists.
  const { refresh } = useLiveRefetch({ query: DashboardSlipEvents, pause: !staff, delay: 100 }, () => {
    reexecuteWaiting({ requestPolicy: 'network-only' });
    reexecuteOverruns({ requestPolicy: 'network-only' });
    setFlaggedVersion((v) => v + 1);
  });

  if (!data) {
    return (
      <main class="container wide">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }
  if (!staff) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <h1>{t('dashboard.title')}</h1>
        <p class="muted">{t('dashboard.forbidden')}</p>
      </main>
    );
  }

  const sessions = data.bookings.edges.map((e) => e.node).filter((b) => b.status !== 'CANCELLED');

  return (
    <main class="container wide dashboard">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LiveBadge />
      </nav>
      <h1>{t('dashboard.title')}</h1>
      <p class="muted day-heading">{formatDayHeading(today, lang)}</p>

      <div class="dashboard-grid">
        <WaitingSlips state={waiting} onChange={refresh} />

        <div class="dash-side">
          <FlaggedSlips version={flaggedVersion} />

          <section class="dash-panel" data-testid="overruns">
            <h2>{t('dashboard.overruns')}</h2>
            <Overruns state={overruns} />
          </section>

          <section class="dash-panel" data-testid="today-sessions">
            <h2>
              {t('dashboard.todaySessions')} <small class="muted">({sessions.length})</small>
            </h2>
            {sessions.length === 0 ? (
              <EmptyState>{t('dashboard.noSessions')}</EmptyState>
            ) : (
              <ul class="rows sessions">
                {sessions.map((b) => (
                  <li key={b.id} data-testid="today-session" class={b.status === 'PENCILLED' ? 'pencilled' : ''}>
                    <span class="time">
                      {b.from}–{b.to}
                    </span>
                    <span class="grow">
                      <a href={`/productions/${b.production.id}/tracking`} onClick={linkTo(`/productions/${b.production.id}/tracking`)}>
                        <strong>{b.production.title}</strong>
                      </a>{' '}
                      · {b.task.title}
                      <br />
                      <small class="muted">
                        {b.technician ? b.technician.name : b.room?.name}
                        {b.status === 'PENCILLED' && <> · {t('booking.option')}</>}
                        {b.note && <> · {b.note}</>}
                      </small>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </main>
  );
}
