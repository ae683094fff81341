// Invoicing's pure rules as the app needs them: the codes it lists (statuses, kinds, payment
// methods, VAT exemptions, each shown through a translated label), who may do what in the app
// (the server decides again: internal/invoicing/policy.go), overdue days, the payment and
// credit-note forms turned into the API's inputs, and the download paths.
import type { CreditLineInput, InvoiceKind, InvoiceStatus, PaymentMethod, Role } from '../../gql/graphql';
import { diffDays } from '../../lib/dates';
import { ROLE } from '../../lib/roles';
import type { FieldProblem } from '../../ui';
import { centsString, parseCents, parseQuantity, scaledString } from '../quotes/pricing';

export const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED'] as const satisfies readonly InvoiceStatus[];
export const INVOICE_KINDS = ['DEPOSIT', 'PROGRESS', 'FINAL', 'STANDARD'] as const satisfies readonly InvoiceKind[];
export const PAYMENT_METHODS = ['TRANSFER', 'CHEQUE', 'CARD', 'CASH', 'DIRECT_DEBIT', 'OTHER'] as const satisfies readonly PaymentMethod[];

/**
 * The exemptions a 0 % line may carry: its VATEX code (EN 16931 BT-121) and the reason printed
 * on the invoice (BT-120, in French: the invoice is French whatever the reader's language).
 */
export const VAT_EXEMPTIONS = [
  { id: 'reverseCharge', code: 'VATEX-EU-AE', reason: 'Autoliquidation' },
  { id: 'export', code: 'VATEX-EU-G', reason: 'Exportation' },
  { id: 'exempt', code: 'VATEX-EU-132', reason: 'Exonération' },
] as const;
export type ExemptionId = (typeof VAT_EXEMPTIONS)[number]['id'];

/** The exemption of a stored line's code, or null for none (or a code the app does not list). */
export function exemptionOf(code: string | null | undefined): ExemptionId | null {
  return VAT_EXEMPTIONS.find((e) => e.code === code)?.id ?? null;
}

/** The exemption's code and reason for the API, or nulls. */
export function exemptionInput(id: ExemptionId | '' | null | undefined): { vatExemptionCode: string | null; vatExemptionReason: string | null } {
  const e = VAT_EXEMPTIONS.find((x) => x.id === id);
  return e ? { vatExemptionCode: e.code, vatExemptionReason: e.reason } : { vatExemptionCode: null, vatExemptionReason: null };
}

type MaybeRole = Role | null | undefined;

/** Makes, edits and issues invoices, credit notes and payments: ADMIN, COORDINATOR, ACCOUNTANT. */
export function canBill(role: MaybeRole): boolean {
  return role === ROLE.ADMIN || role === ROLE.COORDINATOR || role === ROLE.ACCOUNTANT;
}

/** Changes the invoicing settings: ADMIN and ACCOUNTANT (a coordinator reads them). */
export function canEditSettings(role: MaybeRole): boolean {
  return role === ROLE.ADMIN || role === ROLE.ACCOUNTANT;
}

/** Reads the invoicing settings: the billing staff. */
export function readsSettings(role: MaybeRole): boolean {
  return canBill(role);
}

/** Days past the due date on `today` (0 when not late or no due date). */
export function daysLate(dueDate: string | null | undefined, today: string): number {
  if (!dueDate) return 0;
  return Math.max(0, diffDays(dueDate, today));
}

/** A statement the list can filter by: overdue is its own switch, not a status. */
export interface ListFilter {
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  overdue?: boolean;
}

/** The API's InvoiceFilter of the list's choices (empty choices left out). */
export function listFilter(status: InvoiceStatus | '', kind: InvoiceKind | '', overdue: boolean): ListFilter {
  return { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(overdue ? { overdue: true } : {}) };
}

/** A balance is due while the invoice is issued and not fully paid or cancelled. */
export function isOpen(status: InvoiceStatus): boolean {
  return status === 'ISSUED' || status === 'PARTIALLY_PAID';
}

export interface PaymentDraft {
  paidOn: string;
  amount: string;
  method: PaymentMethod;
  reference: string;
}

/** The payment form, prefilled: today, the whole balance, by transfer. */
export function newPayment(balance: string, today: string): PaymentDraft {
  return { paidOn: today, amount: balance, method: 'TRANSFER', reference: '' };
}

type PaymentMsg = 'invoice.err.paidOn' | 'invoice.err.amount' | 'invoice.err.amountOver';

/** What the form can tell before the server: a date, an amount above zero and within the balance. */
export function checkPayment(p: PaymentDraft, balance: string, t: (k: PaymentMsg) => string): FieldProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.paidOn)) return { field: 'paidOn', message: t('invoice.err.paidOn') };
  const amount = parseCents(p.amount);
  if (amount == null || amount <= 0n) return { field: 'amount', message: t('invoice.err.amount') };
  const max = parseCents(balance);
  if (max != null && amount > max) return { field: 'amount', message: t('invoice.err.amountOver') };
  return null;
}

/** The API's PaymentInput (run checkPayment first). */
export function toPaymentInput(p: PaymentDraft): { paidOn: string; amount: string; method: PaymentMethod; reference: string } {
  const cents = parseCents(p.amount);
  return { paidOn: p.paidOn, amount: cents == null ? p.amount.trim() : centsString(cents), method: p.method, reference: p.reference.trim() };
}

/** A credit note's form: the whole invoice, or chosen lines with their quantity (at most the invoiced one). */
export interface CreditDraft {
  full: boolean;
  reason: string;
  /** Per invoice line id: whether it is credited, and how much of it. */
  lines: Record<string, { on: boolean; quantity: string }>;
}

export function newCredit(lines: readonly { id: string; quantity: string }[]): CreditDraft {
  return { full: true, reason: '', lines: Object.fromEntries(lines.map((l) => [l.id, { on: false, quantity: l.quantity }])) };
}

type CreditMsg = 'invoice.err.reason' | 'invoice.err.creditLines' | 'invoice.err.creditQuantity';

/** Checks the form with the API's field paths ("lines.0.quantity" counts the chosen lines). */
export function checkCredit(c: CreditDraft, invoiced: readonly { id: string; quantity: string }[], t: (k: CreditMsg) => string): FieldProblem | null {
  if (!c.reason.trim()) return { field: 'reason', message: t('invoice.err.reason') };
  if (c.full) return null;
  const chosen = invoiced.filter((l) => c.lines[l.id]?.on);
  if (chosen.length === 0) return { field: 'lines', message: t('invoice.err.creditLines') };
  for (let i = 0; i < chosen.length; i++) {
    const q = parseQuantity(c.lines[chosen[i].id].quantity);
    const max = parseQuantity(chosen[i].quantity);
    if (q == null || q <= 0n || (max != null && q > max)) return { field: `lines.${i}.quantity`, message: t('invoice.err.creditQuantity') };
  }
  return null;
}

/** The API's CreditNoteInput (run checkCredit first); a whole line's quantity is left out. */
export function toCreditInput(c: CreditDraft, invoiced: readonly { id: string; quantity: string }[]): { full: boolean; reason: string; lines: CreditLineInput[] | null } {
  if (c.full) return { full: true, reason: c.reason.trim(), lines: null };
  const lines = invoiced
    .filter((l) => c.lines[l.id]?.on)
    .map((l) => {
      const q = parseQuantity(c.lines[l.id].quantity);
      const same = q != null && q === parseQuantity(l.quantity);
      return { invoiceLineId: l.id, quantity: same || q == null ? null : scaledString(q, 3, true) };
    });
  return { full: false, reason: c.reason.trim(), lines };
}

export type JournalFormat = 'csv' | 'xlsx';

/** The sales journal of from..to (inclusive): /documents/sales-journal/{from}_{to}.csv|.xlsx. */
export function salesJournalPath(from: string, to: string, format: JournalFormat): string {
  return `/documents/sales-journal/${from}_${to}.${format}`;
}

/** The file name offered for a journal when the server names none. */
export function salesJournalName(from: string, to: string, format: JournalFormat): string {
  return `journal-des-ventes_${from}_${to}.${format}`;
}

/** A period picker's choices are valid: two dates, in order. */
export function periodOk(from: string, to: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
}

/** "Acompte 30 %": a deposit percentage typed by a person, as the API's Percent, or null. */
export function depositPercentInput(text: string): string | null {
  const v = parseCents(text); // a Percent has two decimals, like Money
  if (v == null || v <= 0n || v > 10000n) return null;
  return scaledString(v, 2, true);
}
