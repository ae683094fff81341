// What the quote pages decide without the server: which actions a status allows, the editor's
// header as typed and as sent, the producer's "bon pour accord", labels of quantities.
import type { QuoteDetailFragment, QuoteStatus, QuoteUnit, Role } from '../../gql/graphql';
import type { Key } from '../../app/i18n';
import { canManage } from '../../lib/roles';
import { pluralCategory } from '../../lib/plural';
import { toLineInput, type LineDraft, type LineInput } from './lines';
import { parseRate, parseScaled, rateString } from './pricing';

export const QUOTE_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'REFUSED', 'EXPIRED', 'SUPERSEDED'] as const satisfies readonly QuoteStatus[];

/** The words a producer types to accept, and how the server compares them. */
export const MENTION = 'bon pour accord';

/** Lower case, without accents, one space between words: "  Bon  pour ACCORD " → "bon pour accord". */
export function normaliseMention(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function mentionOk(s: string): boolean {
  return normaliseMention(s) === MENTION;
}

export interface QuoteActions {
  /** Change the draft's header and lines, send it, discard it. */
  edit: boolean;
  /** Make version n+1 (only from the latest version, when sent, refused or expired). */
  revise: boolean;
  /** Accept or refuse (the producer, on a sent one). */
  answer: boolean;
  /** Propose or create an amendment (the accepted version). */
  amend: boolean;
}

/** What the caller may do with a version in this status; the server checks again. */
export function quoteActions(status: QuoteStatus, role: Role | null | undefined, latest: boolean): QuoteActions {
  const manage = canManage(role);
  return {
    edit: manage && status === 'DRAFT',
    revise: manage && latest && (status === 'SENT' || status === 'REFUSED' || status === 'EXPIRED'),
    answer: role === 'PRODUCER' && status === 'SENT',
    amend: manage && status === 'ACCEPTED',
  };
}

/** Whether a status still waits for the producer (their list shows these first). */
export function awaitsAnswer(status: QuoteStatus): boolean {
  return status === 'SENT';
}

/** The header of a draft as the inputs hold it. */
export interface HeaderDraft {
  title: string;
  validUntil: string;
  purchaseOrder: string;
  specRuntimeMinutes: string;
  specEpisodes: string;
  specDeliverables: string;
  depositPercent: string;
  paymentDays: string;
  paymentEndOfMonth: boolean;
  overtimePercent: string;
  nightPercent: string;
  weekendPercent: string;
  notes: string;
}

export function headerOf(q: QuoteDetailFragment): HeaderDraft {
  return {
    title: q.title,
    validUntil: q.validUntil,
    purchaseOrder: q.purchaseOrder,
    specRuntimeMinutes: q.specRuntimeMinutes == null ? '' : String(q.specRuntimeMinutes),
    specEpisodes: q.specEpisodes == null ? '' : String(q.specEpisodes),
    specDeliverables: q.specDeliverables,
    depositPercent: q.depositPercent,
    paymentDays: String(q.paymentDays),
    paymentEndOfMonth: q.paymentEndOfMonth,
    overtimePercent: q.overtimePercent,
    nightPercent: q.nightPercent,
    weekendPercent: q.weekendPercent,
    notes: q.notes,
  };
}

function optionalInt(s: string): number | null {
  const v = s.trim();
  return v === '' ? null : Number(v);
}

function percent(s: string): string {
  const v = parseRate(s);
  return v == null ? s.trim() : rateString(v);
}

export interface QuoteInputValue {
  title: string;
  validUntil: string;
  purchaseOrder: string;
  specRuntimeMinutes: number | null;
  specEpisodes: number | null;
  specDeliverables: string;
  depositPercent: string;
  paymentDays: number;
  paymentEndOfMonth: boolean;
  overtimePercent: string;
  nightPercent: string;
  weekendPercent: string;
  notes: string;
  lines: LineInput[];
}

/** The API's QuoteInput: the whole draft (its lines replace the stored ones). */
export function toQuoteInput(h: HeaderDraft, lines: readonly LineDraft[]): QuoteInputValue {
  return {
    title: h.title.trim(),
    validUntil: h.validUntil,
    purchaseOrder: h.purchaseOrder.trim(),
    specRuntimeMinutes: optionalInt(h.specRuntimeMinutes),
    specEpisodes: optionalInt(h.specEpisodes),
    specDeliverables: h.specDeliverables.trim(),
    depositPercent: percent(h.depositPercent),
    paymentDays: Number(h.paymentDays.trim() || '0'),
    paymentEndOfMonth: h.paymentEndOfMonth,
    overtimePercent: percent(h.overtimePercent),
    nightPercent: percent(h.nightPercent),
    weekendPercent: percent(h.weekendPercent),
    notes: h.notes.trim(),
    lines: lines.map(toLineInput),
  };
}

type HeaderMsg = 'quote.err.required' | 'quote.err.percent' | 'quote.err.integer';

/** The header's problems the editor can see at once, with the API's field names. */
export function checkHeader(h: HeaderDraft, t: (k: HeaderMsg) => string): { field: string; message: string } | null {
  if (!h.validUntil) return { field: 'validUntil', message: t('quote.err.required') };
  for (const f of ['depositPercent', 'overtimePercent', 'nightPercent', 'weekendPercent'] as const) {
    const v = parseRate(h[f]);
    if (v == null || v < 0n || (f === 'depositPercent' && v > 10000n)) return { field: f, message: t('quote.err.percent') };
  }
  for (const f of ['paymentDays', 'specRuntimeMinutes', 'specEpisodes'] as const) {
    const s = h[f].trim();
    if (s === '' && f !== 'paymentDays') continue;
    if (!/^\d+$/.test(s)) return { field: f, message: t('quote.err.integer') };
  }
  return null;
}

/** "2,5 jours (8 h)", "3 heures", "forfait": a line's quantity as a person reads it. */
export function quantityText(quantity: string, unit: QuoteUnit, hoursPerDay: number, t: (k: Key, v?: Record<string, string | number>) => string, lang: 'fr' | 'en'): string {
  const v = parseScaled(quantity, 3);
  const n = v == null ? quantity : lang === 'fr' ? quantity.replace('.', ',') : quantity;
  const count = v == null ? 0 : Number(v) / 1000;
  const text = t(`quote.qty.${unit}.${pluralCategory(lang, count) === 'one' ? 'one' : 'other'}` as Key, { n });
  return unit === 'DAY' || unit === 'HALF_DAY' ? `${text} ${t('quote.qty.hours', { h: hoursPerDay })}` : text;
}

/** The i18n key of a field the comparison names ("unitPrice" → quote.field.unitPrice). */
export function changeFieldKey(field: string): Key {
  return `quote.field.${field}` as Key;
}

/** A quote's payment terms in words: "30 jours fin de mois". */
export function paymentTerms(days: number, endOfMonth: boolean, t: (k: Key, v?: Record<string, string | number>) => string): string {
  return t(endOfMonth ? 'quote.terms.endOfMonth' : 'quote.terms.days', { n: days });
}
