import { useMemo, useRef, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { BoardBookingFragment, BookingStatus } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import {
  addDays,
  addMonths,
  diffDays,
  eachDay,
  endOfMonth,
  endOfWeek,
  isoWeek,
  startOfMonth,
  startOfWeek,
  todayParis,
  workingDayTest,
} from '../../lib/dates';
import { capitalise, formatDate, formatDayHeading, formatMonth, formatRange, formatShortDay, formatWeekday } from '../../lib/format';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useI18n, type T } from '../../app/i18n';
import { assignLanes, clip, groupByDay, moveKeepingLength } from './gantt';
import { linkTo } from '../../lib/navigation';
import { EmptyState, LoadingOrError, StatusBadge } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

export const BoardBookingDoc = graphql(`
  fragment BoardBooking on Booking {
    id
    startDate
    endDate
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
      production {
        id
        title
      }
    }
  }
`);

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

type Booking = BoardBookingFragment;
type Kind = 'technician' | 'room';
type Mode = 'week' | 'month';

interface Resource {
  kind: Kind;
  id: string;
  name: string;
  detail: string;
}

function kindOf(b: Booking): Kind {
  return b.technician ? 'technician' : 'room';
}

function resourceOf(b: Booking): string {
  return b.technician?.id ?? b.room?.id ?? '';
}

function periodOf(mode: Mode, anchor: string): { from: string; to: string } {
  return mode === 'week' ? { from: startOfWeek(anchor), to: endOfWeek(anchor) } : { from: startOfMonth(anchor), to: endOfMonth(anchor) };
}

/** A stable hue per production, so that its bookings are recognised across rows. */
function hue(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) % 360;
  return h;
}

function bookingTitle(b: Booking, t: T, lang: 'fr' | 'en'): string {
  return [
    `${b.task.production.title} — ${b.task.title}`,
    b.technician?.name ?? b.room?.name ?? '',
    `${formatRange(b.startDate, b.endDate, lang)}, ${b.from}–${b.to}`,
    t(`bookingStatus.${b.status}`),
    b.note,
  ]
    .filter(Boolean)
    .join('\n');
}

interface DragState {
  booking: Booking;
  pointerId: number;
  startX: number;
  startY: number;
  grabDay: string;
  moved: boolean;
  target: { kind: Kind; resourceId: string; day: string } | null;
}

export function ResourceBoardPage() {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const today = todayParis();
  const [mode, setMode] = useState<Mode>('week');
  const [anchor, setAnchor] = useState(today);
  const period = periodOf(mode, anchor);
  const [{ data: meData }] = useQuery({ query: BoardMeQuery });
  const allowed = canManage(meData?.me.role);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: BoardQuery, variables: period, pause: !allowed });
  const [{ data: cData }, reexecuteConflicts] = useQuery({ query: BoardConflictsQuery, variables: period, pause: !allowed });
  const [moveState, moveBooking] = useMutation(MoveBookingMutation);
  const [editing, setEditing] = useState<Booking | null>(null);
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

  async function move(b: Booking, startDate: string, kind: Kind, resourceId: string, status?: BookingStatus) {
    setMoveError(null);
    const span = moveKeepingLength(b, startDate);
    const res = await moveBooking({
      id: b.id,
      input: {
        startDate: span.startDate,
        endDate: span.endDate,
        ...(kind === 'technician' ? { technicianId: resourceId } : { roomId: resourceId }),
        ...(status && status !== b.status ? { status } : {}),
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
        <a href="/" onClick={linkTo('/')}>
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
        <a href="/" onClick={linkTo('/')}>
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
        <strong class="period-label" data-testid="board-period" data-from={period.from} data-to={period.to}>
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
<LoadingOrError fetching={fetching || !meData} error={error} />
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
          onOpen={setEditing}
          onMove={(b, start, kind, id) => void move(b, start, kind, id)}
        />
      ) : (
        <BoardList days={days} today={today} bookings={bookings} conflictIds={conflictIds} onOpen={setEditing} />
      )}

      <p class="g-legend muted">
        <span class="legend chip-confirmed">{t('bookingStatus.CONFIRMED')}</span>
        <span class="legend chip-pencilled">{t('bookingStatus.PENCILLED')}</span>
        <span class="legend conflict">{t('planning.inConflict')}</span>
        {wide && <span>{t('board.hint')}</span>}
      </p>

      {editing && (
        <MoveDialog
          booking={editing}
          resources={resources.filter((r) => r.kind === kindOf(editing))}
          busy={moveState.fetching}
          error={moveError}
          onCancel={() => {
            setEditing(null);
            setMoveError(null);
          }}
          onSubmit={async (start, resourceId, status) => {
            if (await move(editing, start, kindOf(editing), resourceId, status)) setEditing(null);
          }}
        />
      )}
    </main>
  );
}

interface BoardGridProps {
  mode: Mode;
  days: string[];
  today: string;
  isWorking: (d: string) => boolean;
  resources: Resource[];
  bookings: Booking[];
  conflictIds: Set<string>;
  busy: boolean;
  onOpen: (b: Booking) => void;
  onMove: (b: Booking, start: string, kind: Kind, resourceId: string) => void;
}

function dayAt(track: Element, clientX: number, days: string[]): string {
  const rect = track.getBoundingClientRect();
  const i = Math.floor(((clientX - rect.left) / rect.width) * days.length);
  return days[Math.min(Math.max(i, 0), days.length - 1)];
}

function BoardGrid({ mode, days, today, isWorking, resources, bookings, conflictIds, busy, onOpen, onMove }: BoardGridProps) {
  const { t, lang } = useI18n();
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const from = days[0];
  const to = days[days.length - 1];

  const rows = useMemo(() => {
    const byResource = new Map<string, Booking[]>();
    for (const b of bookings) {
      const key = `${kindOf(b)}:${resourceOf(b)}`;
      byResource.set(key, [...(byResource.get(key) ?? []), b]);
    }
    return resources.map((r) => {
      const own = (byResource.get(`${r.kind}:${r.id}`) ?? []).filter((b) => clip(b, from, to));
      return { resource: r, ...assignLanes(own) };
    });
  }, [resources, bookings, from, to]);

  function onPointerDown(e: PointerEvent, b: Booking) {
    if (busy || e.button !== 0 || e.pointerType === 'touch') return;
    const track = (e.currentTarget as HTMLElement).closest('.board-track');
    if (!track) return;
    dragRef.current = {
      booking: b,
      pointerId: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      grabDay: dayAt(track, e.clientX, days),
      moved: false,
      target: null,
    };
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  }

  function onPointerMove(e: PointerEvent) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const moved = d.moved || Math.hypot(e.clientX - d.startX, e.clientY - d.startY) > 4;
    let target: DragState['target'] = null;
    const row = document
      .elementsFromPoint(e.clientX, e.clientY)
      .map((el) => el.closest<HTMLElement>('.board-row'))
      .find((el): el is HTMLElement => !!el);
    const track = row?.querySelector('.board-track');
    if (row && track && row.dataset.kind && row.dataset.resourceId) {
      target = { kind: row.dataset.kind as Kind, resourceId: row.dataset.resourceId, day: dayAt(track, e.clientX, days) };
    }
    const next = { ...d, moved, target };
    dragRef.current = next;
    if (moved) setDrag(next);
  }

  function onPointerUp(e: PointerEvent) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    dragRef.current = null;
    setDrag(null);
    if (!d.moved) return;
    suppressClick.current = true;
    const b = d.booking;
    if (!d.target || d.target.kind !== kindOf(b)) return;
    const start = addDays(b.startDate, diffDays(d.grabDay, d.target.day));
    if (start === b.startDate && d.target.resourceId === resourceOf(b)) return;
    onMove(b, start, d.target.kind, d.target.resourceId);
  }

  function onPointerCancel() {
    dragRef.current = null;
    setDrag(null);
  }

  const ghost = drag?.target && drag.target.kind === kindOf(drag.booking) ? drag : null;
  const ghostSpan = ghost?.target ? moveKeepingLength(ghost.booking, addDays(ghost.booking.startDate, diffDays(ghost.grabDay, ghost.target.day))) : null;

  // The ghost is laid over the row's lanes rather than in a lane of its own, so that the
  // rows keep their heights (and the row under the pointer stays the same) during a drag.
  const chip = (b: Booking, lane: number | 'all', extra = '') => {
    const span = clip(b, from, to)!;
    const conflict = conflictIds.has(b.id);
    return (
      <button
        type="button"
        key={`${b.id}${extra}`}
        class={`chip ${b.status === 'PENCILLED' ? 'pencilled' : 'confirmed'} ${conflict ? 'conflict' : ''} ${extra} ${
          drag?.booking.id === b.id && !extra ? 'dragging' : ''
        }`}
        style={{
          gridColumn: `${diffDays(from, span.startDate) + 1} / span ${diffDays(span.startDate, span.endDate) + 1}`,
          gridRow: lane === 'all' ? '1 / -1' : `${lane + 1}`,
          '--hue': String(hue(b.task.production.id)),
        }}
        title={bookingTitle(b, t, lang)}
        data-testid={extra ? undefined : 'booking-chip'}
        data-booking-id={extra ? undefined : b.id}
        data-start={b.startDate}
        data-end={b.endDate}
        data-status={b.status}
        data-conflict={conflict ? 'true' : 'false'}
        onPointerDown={extra ? undefined : (e) => onPointerDown(e, b)}
        onPointerMove={extra ? undefined : onPointerMove}
        onPointerUp={extra ? undefined : onPointerUp}
        onPointerCancel={extra ? undefined : onPointerCancel}
        onClick={
          extra
            ? undefined
            : () => {
                if (suppressClick.current) {
                  suppressClick.current = false;
                  return;
                }
                onOpen(b);
              }
        }
      >
        <span class="chip-title">{b.task.production.title}</span>
        {mode === 'week' && (
          <small>
            {b.task.title} · {b.from}–{b.to}
          </small>
        )}
      </button>
    );
  };

  let lastKind: Kind | null = null;
  return (
    <div class={`board ${mode}`} style={{ '--days': String(days.length) }} data-testid="resource-board">
      <div class="board-scroll">
        <div class="board-head">
          <div class="board-corner" />
          <div class="board-days">
            {days.map((d) => (
              <span key={d} class={`${isWorking(d) ? '' : 'off'} ${d === today ? 'today' : ''}`} title={formatDayHeading(d, lang)}>
                {mode === 'week' ? (
                  formatShortDay(d, lang)
                ) : (
                  <>
                    <small>{formatWeekday(d, lang, true).slice(0, 2)}</small>
                    {Number(d.slice(8, 10))}
                  </>
                )}
              </span>
            ))}
          </div>
        </div>
        {rows.map(({ resource: r, laned, lanes }) => {
          const header =
            r.kind !== lastKind ? (
              <div class="board-section" key={`section-${r.kind}`}>
                {t(r.kind === 'technician' ? 'board.technicians' : 'board.rooms')}
              </div>
            ) : null;
          lastKind = r.kind;
          const isTarget = drag?.target?.resourceId === r.id && drag.target.kind === r.kind;
          const refused = isTarget && drag?.target?.kind !== kindOf(drag!.booking);
          const showGhost = ghost && ghostSpan && ghost.target?.resourceId === r.id && clip(ghostSpan, from, to);
          return [
            header,
            <div
              key={`${r.kind}-${r.id}`}
              class={`board-row ${isTarget ? (refused ? 'drop-refused' : 'drop-target') : ''}`}
              data-kind={r.kind}
              data-resource-id={r.id}
              data-testid="board-row"
            >
              <div class="board-label" title={r.detail}>
                <strong>{r.name}</strong>
                <small class="muted">{r.detail}</small>
              </div>
              <div class="board-track" style={{ gridTemplateRows: `repeat(${lanes}, var(--lane))` }}>
                {days.map((d, i) => (
                  <span
                    key={d}
                    class={`board-cell ${isWorking(d) ? '' : 'off'} ${d === today ? 'today' : ''}`}
                    style={{ gridColumn: `${i + 1}`, gridRow: '1 / -1' }}
                    data-day={d}
                  />
                ))}
                {laned.map(({ item, lane }) => chip(item, lane))}
                {showGhost && ghost && chip({ ...ghost.booking, ...ghostSpan }, 'all', 'ghost')}
              </div>
            </div>,
          ];
        })}
      </div>
    </div>
  );
}

function BoardList({
  days,
  today,
  bookings,
  conflictIds,
  onOpen,
}: {
  days: string[];
  today: string;
  bookings: Booking[];
  conflictIds: Set<string>;
  onOpen: (b: Booking) => void;
}) {
  const { t, lang } = useI18n();
  const groups = useMemo(() => groupByDay(bookings, days[0], days[days.length - 1]), [bookings, days]);
  if (groups.length === 0) return <EmptyState>{t('board.empty')}</EmptyState>;
  return (
    <div class="board-list" data-testid="board-list">
      {groups.map((g) => (
        <section key={g.date} class={`day-group ${g.date === today ? 'today' : ''}`}>
          <h3>{formatDayHeading(g.date, lang)}</h3>
          <ul class="task-list">
            {g.items.map((b) => (
              <li key={b.id}>
                <button
                  type="button"
                  class={`task-card booking-card ${b.status === 'PENCILLED' ? 'pencilled' : ''} ${conflictIds.has(b.id) ? 'conflict' : ''}`}
                  style={{ '--hue': String(hue(b.task.production.id)) }}
                  onClick={() => onOpen(b)}
                  data-testid="booking-item"
                  data-booking-id={b.id}
                >
                  <span class="task-card-title">{b.technician?.name ?? b.room?.name}</span>
                  <span>
                    {b.task.production.title} — {b.task.title}
                  </span>
                  <span class="muted">
                    {b.from}–{b.to} · {formatRange(b.startDate, b.endDate, lang)}
                  </span>
                  <span class="badges">
                    <StatusBadge kind="booking" status={b.status} />
                    {conflictIds.has(b.id) && <span class="badge conflict-kind">{t('planning.inConflict')}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface MoveDialogProps {
  booking: Booking;
  resources: Resource[];
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (start: string, resourceId: string, status: BookingStatus) => void;
}

/** Where a drag is not possible (a phone), or for precision: move a booking by a form. */
function MoveDialog({ booking, resources, busy, error, onCancel, onSubmit }: MoveDialogProps) {
  const { t, lang } = useI18n();
  const [start, setStart] = useState(booking.startDate);
  const [resourceId, setResourceId] = useState(resourceOf(booking));
  const [status, setStatus] = useState<BookingStatus>(booking.status);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(start);
  const end = valid ? moveKeepingLength(booking, start).endDate : null;
  const kind = kindOf(booking);
  return (
    <dialog open data-testid="move-dialog" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <article>
        <header>
          <strong>{t('board.moveTitle')}</strong>
          <p class="muted">
            {booking.task.production.title} — {booking.task.title}
            <br />
            {booking.technician?.name ?? booking.room?.name} · {formatRange(booking.startDate, booking.endDate, lang)}
          </p>
        </header>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onSubmit(start, resourceId, status);
          }}
        >
          <label>
            {t('board.newStart')}
            <input type="date" required value={start} onInput={(e) => setStart(e.currentTarget.value)} data-testid="move-start" />
            {end && <small>{t('board.newEnd', { date: formatDate(end) })}</small>}
          </label>
          <label>
            {t(kind === 'technician' ? 'board.technician' : 'board.room')}
            <select value={resourceId} onChange={(e) => setResourceId(e.currentTarget.value)} data-testid="move-resource">
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('board.status')}
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value as BookingStatus)} data-testid="move-status">
              {(['CONFIRMED', 'PENCILLED'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`bookingStatus.${s}`)}
                </option>
              ))}
              {booking.status === 'CANCELLED' && <option value="CANCELLED">{t('bookingStatus.CANCELLED')}</option>}
            </select>
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <footer class="dialog-buttons">
            <button type="button" class="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button type="submit" disabled={busy || !valid} aria-busy={busy} data-testid="move-submit">
              {t('board.move')}
            </button>
          </footer>
        </form>
      </article>
    </dialog>
  );
}
