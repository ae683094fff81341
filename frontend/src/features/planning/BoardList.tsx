// The resource board as a list by day (phones).
import { useMemo } from 'preact/hooks';
import { formatDayHeading, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { groupByDay } from './gantt';
import { EmptyState, StatusBadge } from '../../ui';
import { hue, type Booking } from './boardBooking';

export function BoardList({
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
