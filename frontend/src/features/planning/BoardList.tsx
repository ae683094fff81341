// The resource board as a list by day (phones): each day of the period with its bookings (on
// the days they really take place) and a slot to tap to book someone or a room that day.
import { useMemo } from 'preact/hooks';
import { formatDayHeading, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { StatusBadge } from '../../ui';
import { hue, type Booking } from './boardBooking';
import { bookingsByDay } from './planDays';

export function BoardList({
  days,
  today,
  bookings,
  conflictIds,
  canBook,
  onOpen,
  onSlot,
}: {
  days: string[];
  today: string;
  bookings: Booking[];
  conflictIds: Set<string>;
  canBook: boolean;
  onOpen: (b: Booking) => void;
  onSlot: (day: string) => void;
}) {
  const { t, lang } = useI18n();
  const byDay = useMemo(() => bookingsByDay(bookings, days), [bookings, days]);
  return (
    <div class="board-list" data-testid="board-list">
      {days.map((d) => {
        const items = byDay.get(d) ?? [];
        return (
          <section key={d} class={`day-group ${d === today ? 'today' : ''}`} data-testid="board-day" data-date={d}>
            <h3>{formatDayHeading(d, lang)}</h3>
            <ul class="task-list">
              {items.map((b) => (
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
              {canBook && (
                <li>
                  <button type="button" class="slot-button" onClick={() => onSlot(d)} data-testid="board-slot" data-day={d}>
                    + {t('booking.slotDay')}
                  </button>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
