import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery, type UseQueryState } from '@urql/preact';
import { graphql } from '../../gql';
import type { DashboardOverrunsQuery as OverrunsData, DashboardWaitingQuery as WaitingData, TrackingLevel } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { todayParis } from '../../lib/dates';
import { formatDayHeading, formatShortDay } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { formatMinutes } from '../slips/slips';
import '../slips/slips.css';
import { EmptyState, LoadingOrError, Money } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

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

export const WaitingSlipDoc = graphql(`
  fragment WaitingSlip on Slip {
    id
    status
    current
    date
    start
    end
    breakMinutes
    workedMinutes
    nightMinutes
    sundayOrHoliday
    notes
    rejectionReason
    technician {
      id
      name
    }
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
    room {
      id
      name
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

const ApproveSlipMutation = graphql(`
  mutation ApproveSlip($id: ID!) {
    approveSlip(id: $id) {
      id
      status
      reviewedAt
    }
  }
`);

const RejectSlipMutation = graphql(`
  mutation RejectSlip($id: ID!, $reason: String!) {
    rejectSlip(id: $id, reason: $reason) {
      id
      status
      rejectionReason
      reviewedAt
    }
  }
`);

const ApproveDayMutation = graphql(`
  mutation ApproveSlipsOfDay($date: Date!) {
    approveSlips(date: $date) {
      id
      status
      reviewedAt
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

  // Every slip event (a phone sent one, a colleague approved one, an overrun was raised) changes the lists.
  const { refresh } = useLiveRefetch({ query: DashboardSlipEvents, pause: !staff, delay: 100 }, () => {
    reexecuteWaiting({ requestPolicy: 'network-only' });
    reexecuteOverruns({ requestPolicy: 'network-only' });
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

type WaitingState = UseQueryState<WaitingData>;
type OverrunsState = UseQueryState<OverrunsData>;

function WaitingSlips({ state, onChange }: { state: WaitingState; onChange: () => void }) {
  const { t, lang } = useI18n();
  const [, approve] = useMutation(ApproveSlipMutation);
  const [, reject] = useMutation(RejectSlipMutation);
  const [, approveDay] = useMutation(ApproveDayMutation);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // An approved slip stays in the cache under this list until the next read: hide it now.
  const slips = useMemo(
    () => (state.data?.slips.edges ?? []).map((e) => e.node).filter((s) => s.status === 'SUBMITTED' && s.current),
    [state.data],
  );
  const days = useMemo(() => {
    const out = new Map<string, typeof slips>();
    for (const s of slips) out.set(s.date, [...(out.get(s.date) ?? []), s]);
    return [...out.entries()];
  }, [slips]);

  async function run(key: string, action: () => Promise<{ error?: { graphQLErrors: { message: string }[]; networkError?: Error } }>, ok: string) {
    setBusy(key);
    setMessage(null);
    try {
      const res = await action();
      if (res.error) setMessage({ ok: false, text: describeError(res.error, t) });
      else {
        setMessage({ ok: true, text: ok });
        setRejecting(null);
        setReason('');
      }
    } finally {
      setBusy(null);
      onChange();
    }
  }

  return (
    <section class="dash-panel waiting" data-testid="waiting-slips">
      <h2>
        {t('dashboard.waiting')} <small class="muted" data-testid="waiting-count">({slips.length})</small>
      </h2>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
      {!state.data ? (
<LoadingOrError fetching={state.fetching} error={state.error} />
      ) : slips.length === 0 ? (
        <p class="muted" data-testid="waiting-empty">
          {t('dashboard.nothingWaiting')}
        </p>
      ) : (
        days.map(([date, list]) => (
          <div key={date} class="waiting-day" data-date={date}>
            <header>
              <h3>{formatDayHeading(date, lang)}</h3>
              <button
                type="button"
                class="small outline"
                disabled={busy !== null}
                aria-busy={busy === `day:${date}`}
                onClick={() => run(`day:${date}`, () => approveDay({ date }), t('dashboard.dayApproved', { n: list.length, date: formatShortDay(date, lang) }))}
                data-testid="approve-day"
              >
                {t('dashboard.approveDay', { n: list.length })}
              </button>
            </header>
            <ul class="waiting-list">
              {list.map((s) => (
                <li key={s.id} class="waiting-slip" data-testid="waiting-slip" data-slip-id={s.id}>
                  <div class="waiting-main">
                    <span class="grow">
                      <strong data-testid="waiting-technician">{s.technician.name}</strong>
                      <span>
                        {s.production.title} · {s.task?.title ?? s.operation.label}
                      </span>
                      <small class="muted">
                        {formatShortDay(s.date, lang)} · {s.start}–{s.end}
                        {s.breakMinutes > 0 && <> ({t('slip.breakShort', { d: formatMinutes(s.breakMinutes) })})</>}
                        {s.room && <> · {s.room.name}</>}
                      </small>
                      {s.notes && <small class="slip-notes" data-testid="waiting-notes">{s.notes}</small>}
                    </span>
                    <span class="worked">
                      <strong>{formatMinutes(s.workedMinutes)}</strong>
                      {s.nightMinutes > 0 && <span class="badge overnight">{t('dashboard.night', { d: formatMinutes(s.nightMinutes) })}</span>}
                      {s.sundayOrHoliday && <span class="badge overnight">{t('dashboard.sunday')}</span>}
                    </span>
                  </div>
                  {rejecting === s.id ? (
                    <form
                      class="reject-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (reason.trim()) void run(s.id, () => reject({ id: s.id, reason: reason.trim() }), t('dashboard.rejected', { name: s.technician.name }));
                      }}
                    >
                      <input
                        type="text"
                        required
                        maxLength={1000}
                        value={reason}
                        placeholder={t('dashboard.rejectReason')}
                        aria-label={t('dashboard.rejectReason')}
                        onInput={(e) => setReason(e.currentTarget.value)}
                        ref={(el) => el?.focus()}
                        data-testid="reject-reason"
                      />
                      <button type="submit" class="small" disabled={!reason.trim() || busy !== null} data-testid="reject-confirm">
                        {t('dashboard.confirmReject')}
                      </button>
                      <button
                        type="button"
                        class="small secondary outline"
                        onClick={() => {
                          setRejecting(null);
                          setReason('');
                        }}
                      >
                        {t('common.cancel')}
                      </button>
                    </form>
                  ) : (
                    <div class="slip-actions">
                      <button
                        type="button"
                        class="small"
                        disabled={busy !== null}
                        aria-busy={busy === s.id}
                        onClick={() => run(s.id, () => approve({ id: s.id }), t('dashboard.approved', { name: s.technician.name }))}
                        data-testid="approve-slip"
                      >
                        {t('dashboard.approve')}
                      </button>
                      <button
                        type="button"
                        class="small secondary outline"
                        disabled={busy !== null}
                        onClick={() => {
                          setRejecting(s.id);
                          setReason('');
                        }}
                        data-testid="reject-slip"
                      >
                        {t('dashboard.reject')}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {state.data && state.data.slips.totalCount > slips.length && slips.length === state.data.slips.edges.length && (
        <p class="muted">{t('slip.more', { n: state.data.slips.totalCount - slips.length })}</p>
      )}
    </section>
  );
}

function Overruns({ state }: { state: OverrunsState }) {
  const { t } = useI18n();
  if (!state.data) {
    return <LoadingOrError fetching={state.fetching} error={state.error} />;
  }
  const rows = state.data.overruns;
  if (rows.length === 0) return <EmptyState>{t('dashboard.noOverruns')}</EmptyState>;
  return (
    <ul class="overrun-list">
      {rows.map((r, i) => (
        <li key={`${r.production.id}:${r.task?.id ?? r.operation.id}:${i}`} class={`overrun ${levelClass(r.level)}`} data-testid="overrun" data-level={r.level}>
          <div class="overrun-head">
            <span class={`badge ${levelClass(r.level)}`}>{t(`tracking.level.${r.level}`)}</span>
            <a href={`/productions/${r.production.id}/tracking`} onClick={linkTo(`/productions/${r.production.id}/tracking`)}>
              <strong>{r.production.title}</strong>
            </a>
          </div>
          <div>{r.task?.title ?? r.operation.label}</div>
          <small class="muted">
            {t('dashboard.overrunFigures', {
              planned: formatMinutes(r.plannedMinutes),
              actual: formatMinutes(r.actualMinutes),
              projected: formatMinutes(r.projectedMinutes),
            })}
          </small>
          <div class="overrun-excess">
            {t(r.level === 'OVERRUN' ? 'dashboard.excess' : 'dashboard.projectedExcess', { d: formatMinutes(r.excessMinutes) })}
            {' · '}
            <Money amount={r.excessCost} />
          </div>
        </li>
      ))}
    </ul>
  );
}
