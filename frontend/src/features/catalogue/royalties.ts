// Pure helpers of the catalogue and the rights-holder portal: percentages as basis points,
// money in cents, the grouping of earnings for the chart, and the authenticated download
// of statements (a plain link cannot send the bearer token).
import type { DistributionRunStatus, ExpenseKind, HolderKind, Media } from '../../gql/graphql';
import { auth } from '../../lib/api';
import { territoryName } from '../../lib/labels';
import type { Key, Lang } from '../../app/i18n';

/** The i18n key of a media's label. */
export function mediaKey(m: Media): Key {
  return `catalogue.media.${m}` as Key;
}

/** Every media, in the order the schema lists them (and the chart stacks them). */
export const MEDIA: readonly Media[] = ['ALL', 'CINEMA', 'TV', 'SVOD', 'AVOD', 'TVOD', 'VIDEO', 'NON_THEATRICAL'];
export const HOLDER_KINDS: readonly HolderKind[] = ['AUTHOR', 'DIRECTOR', 'PRODUCER', 'CO_PRODUCER', 'COMPOSER', 'DISTRIBUTOR', 'PERFORMER', 'OTHER'];
export const EXPENSE_KINDS: readonly ExpenseKind[] = ['DUBBING', 'DELIVERY', 'MARKETING', 'MINIMUM_GUARANTEE', 'OTHER'];
export const RUN_STATUSES: readonly DistributionRunStatus[] = ['DRAFT', 'APPROVED', 'ISSUED'];

/** One colour per media, readable on white and told apart by most colour-blind eyes. */
export const MEDIA_COLOURS: Record<Media, string> = {
  ALL: '#6b7a99',
  CINEMA: '#c0392b',
  TV: '#3b6fb6',
  SVOD: '#e69f00',
  AVOD: '#56b4e9',
  TVOD: '#009e73',
  VIDEO: '#7b4fb0',
  NON_THEATRICAL: '#8d6e63',
};

const NBSP = '\u00a0';

/**
 * Reads a percentage typed by a person ("12,5", "33.33", "100 %") as basis points
 * (100 % = 10000) from its digits, so that no float ever rounds it: "12,5" → 1250,
 * "33,33" → 3333. At most two decimals; null when it is not such a number.
 */
export function percentToBasisPoints(input: string): number | null {
  const s = input.trim().replace(/[\s\u00a0\u202f]*%$/, '');
  const m = /^(\d{1,5})(?:[.,](\d{0,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Basis points as a percentage to edit: 1250 → "12,5" (French) or "12.5"; 10000 → "100". */
export function basisPointsToPercent(bp: number, lang: Lang = 'fr'): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(bp));
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? (lang === 'fr' ? ',' : '.') + frac : ''}`;
}

/** Basis points as a percentage to read: "12,5 %" (no-break space) or "12.5%". */
export function formatPercent(bp: number, lang: Lang = 'fr'): string {
  return lang === 'fr' ? `${basisPointsToPercent(bp, lang)}${NBSP}%` : `${basisPointsToPercent(bp, lang)}%`;
}

/** A Money decimal string ("1234.56", "-0.5") as integer cents; NaN when it is not one. */
export function moneyToCents(amount: string): number {
  const m = /^\s*([+-]?)(\d+)(?:\.(\d{0,2}))?\s*$/.exec(amount);
  if (!m) return NaN;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

/** Integer cents as a Money decimal string: -1050 → "-10.50". */
export function centsToMoney(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 && abs > 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Reads an amount typed by a person ("1 234,56", "1234.5", "80000") as a Money string
 * ("1234.56"), or null when it is not a positive amount with at most two decimals.
 */
export function parseMoneyInput(input: string): string | null {
  const s = input.replace(/[\s\u00a0\u202f€]/g, '');
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return centsToMoney(Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')));
}

/** A quarter of the API ("2024-T4") as a label: "T4 2024", or "Q4 2024" in English. */
export function formatPeriod(period: string, lang: Lang = 'fr'): string {
  const m = /^(\d{4})-T([1-4])$/.exec(period);
  if (!m) return period;
  return `${lang === 'fr' ? 'T' : 'Q'}${m[2]} ${m[1]}`;
}

/** The quarters from `from` to `to` included ("2024-T4", "2025-T1", …). */
export function quartersBetween(from: string, to: string): string[] {
  const parse = (p: string) => {
    const m = /^(\d{4})-T([1-4])$/.exec(p);
    return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (a == null || b == null) return from === to ? [from] : [from, to];
  const out: string[] = [];
  // Bounded: a portal spans years, not centuries.
  for (let q = a; q <= b && out.length < 400; q++) out.push(`${Math.floor(q / 4)}-T${(q % 4) + 1}`);
  return out;
}

export interface RevenuePointLike {
  period: string;
  media: Media;
  territory: string;
  amount: string;
}

export interface RevenueBar {
  period: string;
  /** Cents per media present in the period (territories added up). */
  byMedia: Partial<Record<Media, number>>;
  /** Sum of the positive parts, and of the negative ones (corrections), in cents. */
  positive: number;
  negative: number;
  total: number;
}

export interface RevenueChartData {
  /** One bar per quarter, oldest first, quarters without earnings included. */
  bars: RevenueBar[];
  /** The media with earnings somewhere, in the schema's order: the chart's series and legend. */
  media: Media[];
  /** The scale: the highest positive stack and the lowest negative one, in cents. */
  max: number;
  min: number;
  total: number;
}

/** Groups a holder's earnings for the chart: a bar per quarter, a stack per media. */
export function groupRevenue(points: readonly RevenuePointLike[]): RevenueChartData {
  const cells = new Map<string, Map<Media, number>>();
  const seen = new Set<Media>();
  for (const p of points) {
    const cents = moneyToCents(p.amount);
    if (!Number.isFinite(cents)) continue;
    let row = cells.get(p.period);
    if (!row) cells.set(p.period, (row = new Map()));
    row.set(p.media, (row.get(p.media) ?? 0) + cents);
  }
  for (const row of cells.values()) for (const [m, c] of row) if (c !== 0) seen.add(m);
  const periods = [...cells.keys()].sort();
  const all = periods.length ? quartersBetween(periods[0], periods[periods.length - 1]) : [];
  let max = 0;
  let min = 0;
  let total = 0;
  const bars = all.map((period) => {
    const row = cells.get(period);
    const byMedia: Partial<Record<Media, number>> = {};
    let positive = 0;
    let negative = 0;
    for (const m of MEDIA) {
      const c = row?.get(m) ?? 0;
      if (c === 0) continue;
      byMedia[m] = c;
      if (c > 0) positive += c;
      else negative += c;
    }
    max = Math.max(max, positive);
    min = Math.min(min, negative);
    total += positive + negative;
    return { period, byMedia, positive, negative, total: positive + negative };
  });
  return { bars, media: MEDIA.filter((m) => seen.has(m)), max, min, total };
}

/** Round steps for an axis from `min` to `max` (cents): about `count` ticks at 1, 2 or 5 × 10ⁿ. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const span = max - min;
  if (span <= 0) return [0];
  const raw = span / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) ticks.push(Math.round(v));
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

const wholeEuros: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Whole euros for an axis: "5 000 €" / "€5,000". */
export function formatEurosShort(cents: number, lang: Lang = 'fr'): string {
  const fmt = (wholeEuros[lang] ??= new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }));
  return fmt.format(Math.round(cents / 100));
}

/** The years a holder has statements for (by the end of their run's period), latest first. */
export function statementYears(statements: readonly { run: { periodEnd: string } }[]): number[] {
  const years = new Set<number>();
  for (const s of statements) {
    const y = Number(s.run.periodEnd.slice(0, 4));
    if (y) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/** The file name of a Content-Disposition header, if it gives one. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall through to the plain parameter.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/** Thrown when a document cannot be downloaded: the HTTP status, or 0 for a network error. */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed: ${status ? `HTTP ${status}` : 'network'}`);
  }
}

/**
 * Downloads a document the server only gives with the bearer token: fetched with it, then
 * saved from a Blob through an object URL. The path of `url` is asked of this origin, the
 * server that serves the app: the token is never sent anywhere else.
 */
export async function downloadDocument(url: string, fallbackName: string): Promise<void> {
  const u = new URL(url, location.origin);
  let res: Response;
  try {
    res = await auth.fetch(u.pathname + u.search, { headers: { Accept: 'application/pdf, text/csv, */*' } });
  } catch {
    throw new DownloadError(0);
  }
  if (!res.ok) throw new DownloadError(res.status);
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('content-disposition')) ?? fallbackName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the Blob after the click returns: keep it a while.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The path of a holder's yearly account of receipts, as a PDF or as a CSV for a spreadsheet. */
export function annualAccountPath(holderId: string, year: number, format: 'pdf' | 'csv' = 'pdf'): string {
  return `/documents/holders/${encodeURIComponent(holderId)}/annual/${year}.${format}`;
}

/** A territory as shown: WORLD reads "Monde" / "World", a country code its name ("FR" → "France"). */
export function territoryLabel(territory: string, lang: Lang = 'fr'): string {
  return territoryName(territory, lang);
}
