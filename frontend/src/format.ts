import type { Lang } from './i18n';

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
