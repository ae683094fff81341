// How a slip's session reads in a list: its day, its hours, the time worked, the break and the
// room, each only when given, always in this order (the dashboard, the flagged slips, the
// technician's slips and their outbox all say it the same way).
import { useI18n } from '../../app/i18n';
import { formatShortDay } from '../../lib/format';
import { formatMinutes } from './slips';

export function SlipWhen({
  date,
  start,
  end,
  workedMinutes,
  breakMinutes,
  room,
}: {
  date: string;
  start: string;
  end: string;
  workedMinutes?: number;
  breakMinutes?: number;
  room?: string | null;
}) {
  const { t, lang } = useI18n();
  return (
    <small class="muted">
      {formatShortDay(date, lang)} · {start}–{end}
      {workedMinutes !== undefined && <> · {formatMinutes(workedMinutes)}</>}
      {breakMinutes !== undefined && breakMinutes > 0 && <> ({t('slip.breakShort', { d: formatMinutes(breakMinutes) })})</>}
      {room && <> · {room}</>}
    </small>
  );
}
