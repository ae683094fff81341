import { useI18n } from '../app/i18n';
import { formatDate, formatDateTime } from '../lib/format';

/** A calendar date (dd/MM/yyyy) or, with `time`, an instant on a Paris wall clock, in a <time>. */
export function DateText({ date, time }: { date?: string | null; time?: string | null }) {
  const { lang } = useI18n();
  if (time) return <time dateTime={time}>{formatDateTime(time, lang)}</time>;
  if (date) return <time dateTime={date}>{formatDate(date)}</time>;
  return null;
}
