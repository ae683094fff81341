// The resource board as a grid of people and rooms by day (wide screens), with drag to move a booking.
import { useMemo, useRef, useState } from 'preact/hooks';
import { addDays, diffDays } from '../../lib/dates';
import { formatDayHeading, formatShortDay, formatWeekday } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { assignLanes, clip, moveKeepingLength } from './gantt';
import { kindOf, resourceOf, hue, bookingTitle, type Booking, type Kind, type Mode, type Resource } from './boardBooking';

interface DragState {
  booking: Booking;
  pointerId: number;
  startX: number;
  startY: number;
  grabDay: string;
  moved: boolean;
  target: { kind: Kind; resourceId: string; day: string } | null;
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
  /** A tap on an empty cell: book this person or room that day. */
  onSlot: (r: Resource, day: string) => void;
}

function dayAt(track: Element, clientX: number, days: string[]): string {
  const rect = track.getBoundingClientRect();
  const i = Math.floor(((clientX - rect.left) / rect.width) * days.length);
  return days[Math.min(Math.max(i, 0), days.length - 1)];
}

export function BoardGrid({ mode, days, today, isWorking, resources, bookings, conflictIds, busy, onOpen, onMove, onSlot }: BoardGridProps) {
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
                  <button
                    type="button"
                    key={d}
                    class={`board-cell ${isWorking(d) ? '' : 'off'} ${d === today ? 'today' : ''}`}
                    style={{ gridColumn: `${i + 1}`, gridRow: '1 / -1' }}
                    aria-label={t('booking.slot', { name: r.name, date: formatDayHeading(d, lang) })}
                    title={t('booking.slot', { name: r.name, date: formatDayHeading(d, lang) })}
                    data-testid="board-slot"
                    data-day={d}
                    onClick={() => onSlot(r, d)}
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
