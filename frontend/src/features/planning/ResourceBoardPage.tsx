import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { addDays, addMonths, eachDay, endOfMonth, endOfWeek, isoWeek, startOfMonth, startOfWeek, todayParis, workingDayTest } from '../../lib/dates';
import { capitalise, formatMonth, formatRange } from '../../lib/format';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useI18n } from '../../app/i18n';
import { moveKeepingLength } from './gantt';
import { lastListPath } from '../productions/listState';
import { linkTo } from '../../lib/navigation';
import { LoadingOrError } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { type Booking, type Kind, type Mode, type Resource } from './boardBooking';
import { BoardGrid } from './BoardGrid';
import { BoardList } from './BoardList';
import { BookingDialog, type BookingDialogMode } from './BookingDialog';
import { slotBooking } from './planForms';
import './planEdit.css';

const BoardMeQuery = graphql(`
  query BoardMe {
    me {
      role
    }
  }
`);

const BoardQuery = graphql(`
  query ResourceBoard($from: Date!, $to: Date!) {
    technicians(first: 200) {
      edges {
        node {
          id
          name
          functions
        }
      }
    }
    rooms(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    bookings(first: 200, filter: { from: $from, to: $to }) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...BoardBooking
        }
      }
    }
    workingDays(from: $from, to: $to)
  }
`);

const BoardConflictsQuery = graphql(`
  query BoardConflicts($from: Date!, $to: Date!) {
    conflicts(from: $from, to: $to) {
      kind
      message
      bookings {
        id
      }
    }
  }
`);

const MoveBookingMutation = graphql(`
  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {
    moveBooking(id: $id, input: $input) {
      ...BoardBooking
    }
  }
`);

const BoardEventsSubscription = graphql(`
  subscription BoardEvents {
    scheduleEvents {
      id
      kind
    }
  }
`);

function periodOf(mode: Mode, anchor: string): { from: string; to: string } {
  return mode === 'week' ? { from: startOfWeek(anchor), to: endOfWeek(anchor) } : { from: startOfMonth(anchor), to: endOfMonth(anchor) };
}

export function ResourceBoardPage() {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const today = todayParis();
  const [mode, setMode] = useState<Mode>('week');
  const [anchor, setAnchor] = useState(today);
  const period = periodOf(mode, anchor);
  const [{ data: meData, error: meError }] = useQuery({ query: BoardMeQuery });
  const allowed = canManage(meData?.me.role);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: BoardQuery, variables: period, pause: !allowed });
  const [{ data: cData }, reexecuteConflicts] = useQuery({ query: BoardConflictsQuery, variables: period, pause: !allowed });
  const [moveState, moveBooking] = useMutation(MoveBookingMutation);
  const [dialog, setDialog] = useState<BookingDialogMode | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);

  // Bookings move with shifted tasks without an event of their own: refetch on any change.
  const { refresh } = useLiveRefetch({ query: BoardEventsSubscription, pause: !allowed }, () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteConflicts({ requestPolicy: 'network-only' });
  });

  const days = useMemo(() => eachDay(period.from, period.to), [period.from, period.to]);
  const isWorking = useMemo(() => workingDayTest(data?.workingDays, period.from, period.to), [data?.workingDays, period.from, period.to]);
  const bookings = useMemo(() => (data?.bookings.edges ?? []).map((e) => e.node).filter((b) => b.status !== 'CANCELLED'), [data]);
  const conflictIds = useMemo(() => new Set((cData?.conflicts ?? []).flatMap((c) => c.bookings.map((b) => b.id))), [cData]);
  const resources = useMemo<Resource[]>(() => {
    const techs = (data?.technicians.edges ?? []).map(({ node }) => ({
      kind: 'technician' as const,
      id: node.id,
      name: node.name,
      detail: node.functions.join(', '),
    }));
    const rooms = (data?.rooms.edges ?? []).map(({ node }) => ({ kind: 'room' as const, id: node.id, name: node.name, detail: t(`roomKind.${node.kind}`) }));
    const byName = (a: Resource, b: Resource) => a.name.localeCompare(b.name, 'fr');
    return [...techs.sort(byName), ...rooms.sort(byName)];
  }, [data, lang]);

  async function move(b: Booking, startDate: string, kind: Kind, resourceId: string) {
    setMoveError(null);
    const span = moveKeepingLength(b, startDate);
    const res = await moveBooking({
      id: b.id,
      input: {
        startDate: span.startDate,
        endDate: span.endDate,
        ...(kind === 'technician' ? { technicianId: resourceId } : { roomId: resourceId }),
      },
    });
    if (res.error) {
      setMoveError(errorMessage(res.error));
      return false;
    }
    refresh();
    return true;
  }

  function shiftPeriod(dir: number) {
    setAnchor(mode === 'week' ? addDays(anchor, 7 * dir) : addMonths(anchor, dir));
  }

  if (meData && !allowed) {
    return (
      <main class="container">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <p class="error">{t('board.forbidden')}</p>
      </main>
    );
  }

  const periodLabel =
    mode === 'week'
      ? `${t('planning.week', { n: isoWeek(period.from) })} — ${formatRange(period.from, period.to, lang)}`
      : capitalise(formatMonth(period.from, lang));

  return (
    <main class={`container board-page ${wide ? 'wide' : ''}`}>
      <nav class="crumbs">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <LiveBadge />
      </nav>
      <h1>{t('board.title')}</h1>

      <div class="board-toolbar">
        <div class="segmented" role="group" aria-label={t('board.scale')}>
          <button type="button" class="small" aria-pressed={mode === 'week'} onClick={() => setMode('week')} data-testid="board-week">
            {t('board.week')}
          </button>
          <button type="button" class="small" aria-pressed={mode === 'month'} onClick={() => setMode('month')} data-testid="board-month">
            {t('board.month')}
          </button>
        </div>
        <div class="period-nav">
          <button type="button" class="secondary outline small" onClick={() => shiftPeriod(-1)} aria-label={t('board.previous')} data-testid="board-prev">
            ←
          </button>
          <button type="button" class="secondary outline small" onClick={() => setAnchor(today)} data-testid="board-today">
            {t('board.today')}
          </button>
          <button type="button" class="secondary outline small" onClick={() => shiftPeriod(1)} aria-label={t('board.next')} data-testid="board-next">
            →
          </button>
        </div>
        <strong
          class="period-label"
          data-testid="board-period"
          data-from={period.from}
          data-to={period.to}
          aria-busy={fetching ? 'true' : 'false'}
        >
          {periodLabel}
        </strong>
      </div>

      {cData && cData.conflicts.length > 0 && (
        <details class="board-conflicts">
          <summary>
            <span class="badge conflict-badge has-conflicts">
              {t('planning.conflictsLabel')} <span data-testid="board-conflict-count">{cData.conflicts.length}</span>
            </span>
          </summary>
          <ul>
            {cData.conflicts.map((c, i) => (
              <li key={i}>
                <span class="badge conflict-kind">{t(`conflict.${c.kind}`)}</span> {c.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {moveError && (
        <p class="error" role="alert">
          {moveError}
        </p>
      )}
      {data?.bookings.pageInfo.hasNextPage && <p class="muted">{t('board.truncated', { n: data.bookings.edges.length, total: data.bookings.totalCount })}</p>}

      {!data ? (
<LoadingOrError fetching={(fetching || !meData) && !meError} error={error ?? meError} />
      ) : wide ? (
        <BoardGrid
          mode={mode}
          days={days}
          today={today}
          isWorking={isWorking}
          resources={resources}
          bookings={bookings}
          conflictIds={conflictIds}
          busy={moveState.fetching}
          onOpen={(b) => setDialog({ kind: 'edit', booking: b })}
          onMove={(b, start, kind, id) => void move(b, start, kind, id)}
          onSlot={(r, day) => setDialog({ kind: 'create', values: slotBooking(day, { kind: r.kind, id: r.id }) })}
        />
      ) : (
        <BoardList
          days={days}
          today={today}
          bookings={bookings}
          conflictIds={conflictIds}
          canBook={allowed}
          onOpen={(b) => setDialog({ kind: 'edit', booking: b })}
          onSlot={(day) => setDialog({ kind: 'create', values: slotBooking(day) })}
        />
      )}

      <p class="g-legend muted">
        <span class="legend chip-confirmed">{t('bookingStatus.CONFIRMED')}</span>
        <span class="legend chip-pencilled">{t('bookingStatus.PENCILLED')}</span>
        <span class="legend conflict">{t('planning.inConflict')}</span>
        {wide && <span>{t('board.hint')}</span>}
      </p>

      {dialog && (
        <BookingDialog
          key={dialog.kind === 'edit' ? dialog.booking.id : `${dialog.values.startDate}-${dialog.values.resourceId}`}
          mode={dialog}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            refresh();
          }}
        />
      )}
    </main>
  );
}
