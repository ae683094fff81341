// A quote's or an amendment's lines as the editor holds them: the text of each input, as typed,
// turned into the API's input on save and into figures as the person types (pricing.ts).
import type { QuoteLineFieldsFragment, QuoteLineKind, QuoteUnit } from '../../gql/graphql';
import type { FieldProblem } from '../../ui';
import { centsString, lineNet, parseCents, parseQuantity, parseRate, rateString, scaledString, sumTotals, type PricedLine, type Totals } from './pricing';

export const LINE_KINDS = ['ROOM', 'TECHNICIAN', 'ROOM_WITH_OPERATOR', 'EQUIPMENT', 'STORAGE', 'FLAT', 'EXPENSE'] as const satisfies readonly QuoteLineKind[];
export const UNITS = ['DAY', 'HALF_DAY', 'HOUR', 'FLAT', 'TB', 'UNIT'] as const satisfies readonly QuoteUnit[];
/** The French VAT rates a line may carry, highest first ("0" for export or reverse charge). */
export const VAT_RATES = ['20', '10', '5.5', '2.1', '0'] as const;

export type DiscountMode = 'none' | 'percent' | 'amount';

export interface LineDraft {
  /** The editor's own key for the row (stable while typing, also for a new line). */
  uid: string;
  /** The line's identity across versions; null for a line added here. */
  key: string | null;
  operationId: string;
  episodeId: string;
  kind: QuoteLineKind;
  description: string;
  quantity: string;
  unit: QuoteUnit;
  hoursPerDay: string;
  unitPrice: string;
  discountMode: DiscountMode;
  discount: string;
  vatRate: string;
}

let counter = 0;
function nextUid(): string {
  counter += 1;
  return `new-${counter}`;
}

/** A blank line: one day at 20 %. */
export function emptyLine(): LineDraft {
  return { uid: nextUid(), key: null, operationId: '', episodeId: '', kind: 'TECHNICIAN', description: '', quantity: '1', unit: 'DAY', hoursPerDay: '8', unitPrice: '', discountMode: 'none', discount: '', vatRate: '20' };
}

/** A stored line, ready to edit. */
export function fromLine(l: QuoteLineFieldsFragment): LineDraft {
  const mode: DiscountMode = l.discountPercent != null ? 'percent' : l.discountAmount != null ? 'amount' : 'none';
  return {
    uid: l.id,
    key: l.key,
    operationId: l.operation?.id ?? '',
    episodeId: l.episode?.id ?? '',
    kind: l.kind,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    hoursPerDay: String(l.hoursPerDay),
    unitPrice: l.unitPrice,
    discountMode: mode,
    discount: (mode === 'percent' ? l.discountPercent : mode === 'amount' ? l.discountAmount : '') ?? '',
    vatRate: l.vatRate,
  };
}

/** The line's figures as integers, or null while one of its numbers cannot be read. */
export function priced(d: LineDraft): PricedLine | null {
  const quantity = parseQuantity(d.quantity);
  const unitPrice = parseCents(d.unitPrice);
  const vatRate = parseRate(d.vatRate);
  if (quantity == null || unitPrice == null || vatRate == null) return null;
  let discountPercent: bigint | null = null;
  let discountAmount: bigint | null = null;
  if (d.discountMode !== 'none' && d.discount.trim() !== '') {
    const v = d.discountMode === 'percent' ? parseRate(d.discount) : parseCents(d.discount);
    if (v == null) return null;
    if (d.discountMode === 'percent') discountPercent = v;
    else discountAmount = v;
  }
  return { quantity, unitPrice, vatRate, discountPercent, discountAmount };
}

/** The line's net HT as Money, or null while it cannot be computed. */
export function draftNet(d: LineDraft): string | null {
  const p = priced(d);
  return p ? centsString(lineNet(p)) : null;
}

/** The totals of the lines that can be computed, and how many cannot (yet). */
export function draftTotals(lines: readonly LineDraft[]): { totals: Totals; incomplete: number } {
  const ok = lines.map(priced);
  return { totals: sumTotals(ok.filter((p): p is PricedLine => p != null)), incomplete: ok.filter((p) => p == null).length };
}

/** The API's path of a line's field: "lines.2.unitPrice". */
export function linePath(index: number, field: string): string {
  return `lines.${index}.${field}`;
}

type Msg = 'quote.err.quantity' | 'quote.err.unitPrice' | 'quote.err.discount' | 'quote.err.hoursPerDay' | 'quote.err.vatRate' | 'quote.err.discountOver';

/**
 * What the editor can tell before asking the server, with the same field paths as the
 * server's errors (the first problem only, as the server reports one). The server checks again.
 */
export function checkLines(lines: readonly LineDraft[], t: (key: Msg) => string): FieldProblem | null {
  for (let i = 0; i < lines.length; i++) {
    const d = lines[i];
    const q = parseQuantity(d.quantity);
    if (q == null || q <= 0n) return { field: linePath(i, 'quantity'), message: t('quote.err.quantity') };
    const price = parseCents(d.unitPrice);
    if (price == null || price < 0n) return { field: linePath(i, 'unitPrice'), message: t('quote.err.unitPrice') };
    if (d.unit === 'DAY' || d.unit === 'HALF_DAY') {
      const h = Number(d.hoursPerDay);
      if (!Number.isInteger(h) || h < 1 || h > 24) return { field: linePath(i, 'hoursPerDay'), message: t('quote.err.hoursPerDay') };
    }
    if (!(VAT_RATES as readonly string[]).includes(rateString(parseRate(d.vatRate) ?? -1n))) {
      return { field: linePath(i, 'vatRate'), message: t('quote.err.vatRate') };
    }
    if (d.discountMode !== 'none' && d.discount.trim() !== '') {
      const field = d.discountMode === 'percent' ? 'discountPercent' : 'discountAmount';
      const v = d.discountMode === 'percent' ? parseRate(d.discount) : parseCents(d.discount);
      if (v == null || v < 0n || (d.discountMode === 'percent' && v > 10000n)) return { field: linePath(i, field), message: t('quote.err.discount') };
      const p = priced(d);
      if (p && lineNet(p) < 0n) return { field: linePath(i, field), message: t('quote.err.discountOver') };
    }
  }
  return null;
}

/** A number as the API wants it: the comma read as a point, spaces gone, the decimals it needs. */
function normalised(text: string, as: 'quantity' | 'money' | 'rate'): string {
  const v = as === 'quantity' ? parseQuantity(text) : as === 'money' ? parseCents(text) : parseRate(text);
  if (v == null) return text.trim();
  return as === 'quantity' ? scaledString(v, 3, true) : as === 'money' ? centsString(v) : rateString(v);
}

export interface LineInput {
  key?: string | null;
  operationId?: string | null;
  episodeId?: string | null;
  kind: QuoteLineKind;
  description: string;
  quantity: string;
  unit: QuoteUnit;
  hoursPerDay: number;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: string | null;
  vatRate: string;
}

/** The API's QuoteLineInput for a line (run checkLines first). */
export function toLineInput(d: LineDraft): LineInput {
  const hasDiscount = d.discountMode !== 'none' && d.discount.trim() !== '';
  return {
    key: d.key,
    operationId: d.operationId || null,
    episodeId: d.episodeId || null,
    kind: d.kind,
    description: d.description.trim(),
    quantity: normalised(d.quantity, 'quantity'),
    unit: d.unit,
    hoursPerDay: Number(d.hoursPerDay) || 8,
    unitPrice: normalised(d.unitPrice, 'money'),
    discountPercent: hasDiscount && d.discountMode === 'percent' ? normalised(d.discount, 'rate') : null,
    discountAmount: hasDiscount && d.discountMode === 'amount' ? normalised(d.discount, 'money') : null,
    vatRate: normalised(d.vatRate, 'rate'),
  };
}

/** Moves a line up (-1) or down (+1); the list unchanged at either end. */
export function moveLine(lines: readonly LineDraft[], index: number, by: -1 | 1): LineDraft[] {
  const to = index + by;
  if (to < 0 || to >= lines.length) return [...lines];
  const out = [...lines];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

/** Whether the server blames one of this line's fields: "lines.2.unitPrice" → index 2. */
export function lineOfField(field: string): number | null {
  const m = /^lines\.(\d+)\./.exec(field);
  return m ? Number(m[1]) : null;
}
