import type { Lang } from '../app/i18n';

// The separators Intl uses for fr-FR: a narrow no-break space between thousands and a
// no-break space before the currency sign.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

/**
 * Formats a Money decimal string ("1234.56", "-12.5", "7") as euros, working on the
 * digits so amounts are never rounded through a float.
 * French: "1 234,56 €"; English: "€1,234.56". Returns the input unchanged when it is not a decimal.
 */
export function formatMoney(amount: string, lang: Lang = 'fr'): string {
  const m = /^\s*([+-]?)(\d+)(?:\.(\d*))?\s*$/.exec(amount);
  if (!m) return amount;
  const [, sign, intRaw, fracRaw = ''] = m;
  const intDigits = intRaw.replace(/^0+(?=\d)/, '');
  // Money carries two decimals; a longer fraction is shown as is rather than rounded.
  const frac = fracRaw.length >= 2 ? fracRaw : fracRaw.padEnd(2, '0');
  const negative = sign === '-' && /[1-9]/.test(intDigits + frac);
  const group = lang === 'fr' ? NNBSP : ',';
  const grouped = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  if (lang === 'fr') return `${negative ? '-' : ''}${grouped},${frac}${NBSP}€`;
  return `${negative ? '-' : ''}€${grouped}.${frac}`;
}

/** Formats a calendar Date ("2025-03-07") as dd/MM/yyyy. A date has no time zone, so none is applied. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const dateTimeFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** Formats an instant (RFC 3339) as it reads on a wall clock in Paris, where the productions are run. */
export function formatDateTime(time: string | null | undefined, lang: Lang = 'fr'): string {
  if (!time) return '';
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return time;
  const fmt = (dateTimeFormats[lang] ??= new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }));
  return fmt.format(d);
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAYS_SHORT: Record<Lang, readonly string[]> = {
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The weekday of a calendar date: "jeudi", or "jeu." when short. */
export function formatWeekday(date: string, lang: Lang = 'fr', short = false): string {
  return (short ? WEEKDAYS_SHORT : WEEKDAYS)[lang][weekdayIndex(date)];
}

/** A day as a heading: "jeudi 26/11/2026" ("Thursday 26/11/2026"). */
export function formatDayHeading(date: string, lang: Lang = 'fr'): string {
  return `${formatWeekday(date, lang)} ${formatDate(date)}`;
}

/** A short day: "jeu. 26/11". */
export function formatShortDay(date: string, lang: Lang = 'fr'): string {
  return `${formatWeekday(date, lang, true)} ${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** The month of a date: "novembre 2026". */
export function formatMonth(date: string, lang: Lang = 'fr'): string {
  return `${MONTHS[lang][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** A range of dates: "du 23/11/2026 au 29/11/2026" ("23/11/2026 – 29/11/2026"). */
export function formatRange(from: string, to: string, lang: Lang = 'fr'): string {
  if (from === to) return formatDate(from);
  return lang === 'fr' ? `du ${formatDate(from)} au ${formatDate(to)}` : `${formatDate(from)} – ${formatDate(to)}`;
}

/** The first letter in upper case: a month name opening a heading ("Novembre 2026"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
