// A draft invoice's lines as the editor holds them: the quote editor's line (features/quotes/lines.ts,
// the same parsing, checks and live figures through pricing.ts) plus, for a 0 % line, the
// exemption the invoice must state (EN 16931 BT-120/121).
import type { InvoiceLineFieldsFragment, QuoteUnit } from '../../gql/graphql';
import type { FieldProblem } from '../../ui';
import { checkLines, emptyLine, linePath, toLineInput, type LineDraft } from '../quotes/lines';
import { parseRate } from '../quotes/pricing';
import { exemptionInput, exemptionOf, type ExemptionId } from './invoices';

export interface InvoiceLineDraft extends LineDraft {
  exemption: ExemptionId | '';
}

/** A blank line: one day at 20 %. */
export function emptyInvoiceLine(): InvoiceLineDraft {
  return { ...emptyLine(), kind: 'FLAT', exemption: '' };
}

/** A stored line, ready to edit. */
export function fromInvoiceLine(l: InvoiceLineFieldsFragment): InvoiceLineDraft {
  const mode = l.discountPercent != null ? 'percent' : l.discountAmount != null ? 'amount' : 'none';
  return {
    uid: l.id,
    key: null,
    operationId: l.operation?.id ?? '',
    episodeId: '',
    kind: 'FLAT',
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    hoursPerDay: String(l.hoursPerDay),
    unitPrice: l.unitPrice,
    discountMode: mode,
    discount: (mode === 'percent' ? l.discountPercent : mode === 'amount' ? l.discountAmount : '') ?? '',
    vatRate: l.vatRate,
    exemption: exemptionOf(l.vatExemptionCode) ?? '',
  };
}

/** Whether the line's rate is 0 % (it then needs an exemption reason). */
export function isZeroRated(d: Pick<LineDraft, 'vatRate'>): boolean {
  return parseRate(d.vatRate) === 0n;
}

type Msg = Parameters<typeof checkLines>[1] extends (key: infer K) => string ? K : never;

/** The quote editor's checks, then: a 0 % line names its exemption ("lines.2.vatExemptionReason"). */
export function checkInvoiceLines(lines: readonly InvoiceLineDraft[], t: (key: Msg | 'invoice.err.exemption' | 'invoice.err.noLines') => string): FieldProblem | null {
  if (lines.length === 0) return { field: 'lines', message: t('invoice.err.noLines') };
  const first = checkLines(lines, t);
  if (first) return first;
  const i = lines.findIndex((l) => isZeroRated(l) && !l.exemption);
  return i < 0 ? null : { field: linePath(i, 'vatExemptionReason'), message: t('invoice.err.exemption') };
}

export interface InvoiceLineInputValue {
  operationId: string | null;
  description: string;
  quantity: string;
  unit: QuoteUnit;
  hoursPerDay: number;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: string | null;
  vatRate: string;
  vatExemptionCode: string | null;
  vatExemptionReason: string | null;
}

/** The API's InvoiceLineInput (run checkInvoiceLines first); a taxed line carries no exemption. */
export function toInvoiceLineInput(d: InvoiceLineDraft): InvoiceLineInputValue {
  const q = toLineInput(d);
  const ex = isZeroRated(d) ? exemptionInput(d.exemption) : exemptionInput(null);
  return {
    operationId: q.operationId ?? null,
    description: q.description,
    quantity: q.quantity,
    unit: q.unit,
    hoursPerDay: q.hoursPerDay,
    unitPrice: q.unitPrice,
    discountPercent: q.discountPercent,
    discountAmount: q.discountAmount,
    vatRate: q.vatRate,
    ...ex,
  };
}
