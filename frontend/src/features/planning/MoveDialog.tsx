// The dialog that moves a booking to other days or another person or room.
import { useState } from 'preact/hooks';
import type { BookingStatus } from '../../gql/graphql';
import { formatDate, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { moveKeepingLength } from './gantt';
import { kindOf, resourceOf, type Booking, type Resource } from './boardBooking';

interface MoveDialogProps {
  booking: Booking;
  resources: Resource[];
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (start: string, resourceId: string, status: BookingStatus) => void;
}

/** Where a drag is not possible (a phone), or for precision: move a booking by a form. */
export function MoveDialog({ booking, resources, busy, error, onCancel, onSubmit }: MoveDialogProps) {
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
