// Pure helpers of the delivery pages: status order and labels, urgency, grouping and
// sorting by due date, file sizes, and the field of a validation error.
import type { DeliveryStatus } from '../../gql/graphql';
import { diffDays } from '../../lib/dates';
import type { Key, Lang, T } from '../../app/i18n';

/** Every status, in the order a delivery goes through them (as the server lists them). */
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['PENDING', 'IN_PROGRESS', 'QC', 'QC_FAILED', 'READY', 'SENT', 'ACCEPTED', 'REJECTED'];

/** The i18n key of a status label: "delivery.status.QC" → "En contrôle qualité". */
export function statusKey(status: DeliveryStatus): `delivery.status.${DeliveryStatus}` {
  return `delivery.status.${status}`;
}

/** The recipient has it (or had it and answered): nothing is at risk any more. */
export function isSent(status: DeliveryStatus): boolean {
  return status === 'SENT' || status === 'ACCEPTED';
}

/** Nothing more to do on it: accepted by the recipient. */
export function isClosed(status: DeliveryStatus): boolean {
  return status === 'ACCEPTED';
}

export type Urgency = 'late' | 'atRisk' | 'sent' | 'upcoming';

export interface DueLike {
  dueDate: string;
  status: DeliveryStatus;
  /** The server's flags, when known: they win over the local computation (same rule). */
  atRisk?: boolean;
  late?: boolean;
}

/**
 * Where a delivery stands against its due date, by the server's rule: late when the date has
 * passed and it is not sent, at risk when due within 7 days (today included) and not sent.
 */
export function urgency(d: DueLike, today: string): Urgency {
  if (isSent(d.status)) return 'sent';
  if (d.late ?? diffDays(today, d.dueDate) < 0) return 'late';
  const left = diffDays(today, d.dueDate);
  if (d.atRisk ?? (left >= 0 && left <= 7)) return 'atRisk';
  return 'upcoming';
}

/** Days from today to the due date: negative when late. */
export function daysLeft(dueDate: string, today: string): number {
  return diffDays(today, dueDate);
}

/** The i18n key and count of the badge telling how far the due date is, or null when it needs none. */
export function dueBadge(d: DueLike, today: string): { key: 'delivery.lateBy' | 'delivery.dueToday' | 'delivery.dueIn'; n: number; urgency: Urgency } | null {
  const u = urgency(d, today);
  const n = daysLeft(d.dueDate, today);
  if (u === 'late') return { key: 'delivery.lateBy', n: Math.max(1, -n), urgency: u };
  if (u === 'atRisk') return n <= 0 ? { key: 'delivery.dueToday', n: 0, urgency: u } : { key: 'delivery.dueIn', n, urgency: u };
  return null;
}

interface Sortable extends DueLike {
  id: string;
  production?: { title: string } | null;
}

function byDue(a: Sortable, b: Sortable): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const ta = a.production?.title ?? '';
  const tb = b.production?.title ?? '';
  if (ta !== tb) return ta.localeCompare(tb, 'fr');
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type SortKey = 'due' | 'status';

/** A sorted copy: by due date (then production), or by status in the machine's order, then due date. */
export function sortDeliveries<D extends Sortable>(list: readonly D[], key: SortKey = 'due'): D[] {
  const out = [...list];
  if (key === 'status') {
    out.sort((a, b) => DELIVERY_STATUSES.indexOf(a.status) - DELIVERY_STATUSES.indexOf(b.status) || byDue(a, b));
  } else {
    out.sort(byDue);
  }
  return out;
}

export interface Group<D> {
  /** An urgency ("late"…) or a status ("QC"…). */
  key: string;
  items: D[];
}

const URGENCY_ORDER: readonly Urgency[] = ['late', 'atRisk', 'upcoming', 'sent'];

/**
 * Groups for the board, empty groups left out. By due date: late, then due within 7 days,
 * then later, then sent (each by due date). By status: in the machine's order.
 */
export function groupDeliveries<D extends Sortable>(list: readonly D[], by: SortKey, today: string): Group<D>[] {
  const sorted = sortDeliveries(list, 'due');
  const keys: readonly string[] = by === 'due' ? URGENCY_ORDER : DELIVERY_STATUSES;
  const groups = new Map<string, D[]>(keys.map((k) => [k, []]));
  for (const d of sorted) groups.get(by === 'due' ? urgency(d, today) : d.status)!.push(d);
  return [...groups].filter(([, items]) => items.length > 0).map(([key, items]) => ({ key, items }));
}

const UNITS: Record<Lang, readonly string[]> = {
  fr: ['octets', 'Ko', 'Mo', 'Go', 'To', 'Po'],
  en: ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'],
};

/**
 * A size in bytes (the API's decimal string) for a person: decimal units as file managers
 * and transfer services show them ("1,5 Go", "1.5 GB"), bytes below a kilobyte.
 * Null or not a number gives "".
 */
export function formatBytes(size: string | null | undefined, lang: Lang = 'fr'): string {
  if (size == null) return '';
  const s = size.trim();
  if (!/^\d+$/.test(s)) return '';
  let n = Number(s);
  const units = UNITS[lang];
  if (n < 1000) return `${n}\u00a0${n === 1 && lang === 'fr' ? 'octet' : n === 1 ? 'byte' : units[0]}`;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  // Three significant digits are plenty to compare two masters.
  const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(n);
  return `${text}\u00a0${units[u]}`;
}

/** A size typed by a person ("12345", "12 345", "1,5 Go", "2.3GB") as bytes, or null when unreadable. */
export function parseBytes(text: string): string | null {
  const m = /^\s*(\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*([kmgtp]?)(?:o|b|octets?|bytes?)?\s*$/i.exec(text);
  if (!m) return null;
  const num = m[1].replace(/[\s\u00a0\u202f]/g, '');
  const unit = ' kmgtp'.indexOf(m[2].toLowerCase() || ' ');
  if (unit === 0) return /^\d+$/.test(num) ? num.replace(/^0+(?=\d)/, '') : null;
  const value = Number(num.replace(',', '.')) * 1000 ** unit;
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return null;
  return String(Math.round(value));
}

/**
 * What stops a delivery from going out: open blocking QC findings and blocking
 * incompatibilities, only while it is not sent. Once the recipient has it (sent, accepted),
 * nothing blocks any more: null.
 */
export function blockersOf(d: {
  status: DeliveryStatus;
  openBlockingFindings: number;
  compatibility: { issues: readonly { severity: string }[] } | null | undefined;
}): { findings: number; compat: number } | null {
  if (isSent(d.status)) return null;
  return { findings: d.openBlockingFindings, compat: blockingCount(d.compatibility) };
}

/** The documents a spec may require, by their codes (internal/deliveries/compat.go). */
export const DOCUMENTS = ['CONDUCTEUR', 'CREDITS', 'MUSIC_CUE_SHEET', 'CNC_CERTIFICATE', 'ISAN', 'SCRIPT', 'CONTINUITY'] as const;
/** The audio layouts a spec may ask for, by their codes. */
export const AUDIO_LAYOUTS = ['STEREO', 'MONO', '5.1', '7.1', 'M&E', 'ATMOS'] as const;

/** The i18n key of a document code, or null for one the app does not know (shown as typed). */
export function documentKey(code: string): `delivery.document.${(typeof DOCUMENTS)[number]}` | null {
  const c = code.trim().toUpperCase() as (typeof DOCUMENTS)[number];
  return DOCUMENTS.includes(c) ? `delivery.document.${c}` : null;
}

/** The i18n key of an audio layout code ("STEREO", "5.1"…), or null for one the app does not know. */
export function audioLayoutKey(code: string): `delivery.audio.${(typeof AUDIO_LAYOUTS)[number]}` | null {
  const c = code.trim().toUpperCase() as (typeof AUDIO_LAYOUTS)[number];
  return AUDIO_LAYOUTS.includes(c) ? `delivery.audio.${c}` : null;
}

/**
 * What names a deliverable after its kind, in the user's language. The server stores the
 * label it derived from the spec ("CONDUCTEUR", "Audio STEREO", "Sous-titres fr",
 * "Bande-annonce"): codes become words, a label that only repeats the kind is dropped, and
 * anything typed by a person is shown as it is.
 */
export function itemDetail(
  item: { kind: string; label: string; language: string },
  t: T,
  languageName: (code: string) => string,
): string {
  const label = item.label.trim();
  if (item.kind === 'SUBTITLES' && item.language) return languageName(item.language);
  if (item.kind === 'DOCUMENT') {
    const key = documentKey(label);
    return key ? t(key) : label;
  }
  const audio = /^audio\s+(.+)$/i.exec(label);
  if (audio) {
    const key = audioLayoutKey(audio[1]);
    return key ? t(key) : label;
  }
  if (DEFAULT_LABELS[item.kind] === label) return '';
  return label;
}

/** A deliverable in one line: its kind and what it holds ("Document · Music cue sheet"). */
export function itemName(item: { kind: string; label: string; language: string }, t: T, languageName: (code: string) => string): string {
  const detail = itemDetail(item, t, languageName);
  const kind = t(`delivery.kind.${item.kind}` as Key);
  return detail ? `${kind} · ${detail}` : kind;
}

// The labels the server gives deliverables that only repeat their kind.
const DEFAULT_LABELS: Record<string, string> = { M_AND_E: 'Version internationale (M&E)', TRAILER: 'Bande-annonce', ARTWORK: 'Visuels' };

/** The compatibility issues that stop a delivery as it is (the others are warnings). */
export function blockingCount(compat: { issues: readonly { severity: string }[] } | null | undefined): number {
  return compat ? compat.issues.filter((i) => i.severity === 'BLOCKING').length : 0;
}

/** Blocking issues first, then warnings, each in the server's order. */
export function sortIssues<I extends { severity: string }>(issues: readonly I[]): I[] {
  const rank = (i: I) => (i.severity === 'BLOCKING' ? 0 : 1);
  return issues.map((i, n) => ({ i, n })).sort((a, b) => rank(a.i) - rank(b.i) || a.n - b.n).map((x) => x.i);
}
