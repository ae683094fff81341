import { describe, expect, it } from 'vitest';
import { translate, type Key } from '../../app/i18n';
import { fr as frDict, en as enDict } from './i18n';
import {
  INVOICE_KINDS,
  INVOICE_STATUSES,
  PAYMENT_METHODS,
  VAT_EXEMPTIONS,
  canBill,
  canEditSettings,
  checkCredit,
  checkPayment,
  daysLate,
  depositPercentInput,
  exemptionInput,
  exemptionOf,
  listFilter,
  newCredit,
  newPayment,
  periodOk,
  salesJournalPath,
  toCreditInput,
  toPaymentInput,
} from './invoices';
import { checkInvoiceLines, emptyInvoiceLine, fromInvoiceLine, toInvoiceLineInput, type InvoiceLineDraft } from './lines';
import { checkSettings, settingsDraft, toSettingsInput } from './settings';
import { draftTotals } from '../quotes/lines';
import { centsString } from '../quotes/pricing';

const fr = (k: Key, v?: Record<string, string | number>) => translate('fr', k, v);
const en = (k: Key, v?: Record<string, string | number>) => translate('en', k, v);

const line = (patch: Partial<InvoiceLineDraft>): InvoiceLineDraft => ({ ...emptyInvoiceLine(), description: 'Étalonnage', unitPrice: '650', ...patch });

describe('labels', () => {
  it('gives every status, kind, method and exemption a French and an English label, never the code', () => {
    const keys = [
      ...INVOICE_STATUSES.map((s) => `invoice.status.${s}`),
      ...INVOICE_KINDS.map((k) => `invoice.kind.${k}`),
      ...PAYMENT_METHODS.map((m) => `invoice.method.${m}`),
      ...VAT_EXEMPTIONS.map((x) => `invoice.exemption.${x.id}`),
    ] as Key[];
    for (const k of keys) {
      expect(fr(k)).not.toBe(k);
      expect(en(k)).not.toBe(k);
      expect(fr(k)).not.toMatch(/^[A-Z_]+$|VATEX/);
    }
    expect(fr('invoice.status.PARTIALLY_PAID')).toBe('Payée en partie');
    expect(en('invoice.kind.DEPOSIT')).toBe('Deposit');
  });
  it('has the same keys in English', () => {
    expect(Object.keys(enDict).sort()).toEqual(Object.keys(frDict).sort());
  });
  it('counts days late with real plurals', () => {
    expect(fr('invoices.late', { n: 1 })).toBe('1 jour de retard');
    expect(fr('invoices.late', { n: 12 })).toBe('12 jours de retard');
    expect(en('invoices.late', { n: 2 })).toBe('2 days late');
  });
});

describe('roles', () => {
  it('lets the billing staff bill and only ADMIN and ACCOUNTANT edit the settings', () => {
    expect(['ADMIN', 'COORDINATOR', 'ACCOUNTANT'].every((r) => canBill(r as never))).toBe(true);
    expect(canBill('PRODUCER')).toBe(false);
    expect(canBill('TECHNICIAN')).toBe(false);
    expect(canEditSettings('ACCOUNTANT')).toBe(true);
    expect(canEditSettings('ADMIN')).toBe(true);
    expect(canEditSettings('COORDINATOR')).toBe(false);
  });
});

describe('overdue', () => {
  it('counts calendar days after the due date', () => {
    expect(daysLate('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysLate('2026-03-31', '2026-03-31')).toBe(0);
    expect(daysLate('2026-03-31', '2026-03-01')).toBe(0);
    expect(daysLate(null, '2026-03-01')).toBe(0);
  });
  it('builds the list filter without empty choices', () => {
    expect(listFilter('', '', false)).toEqual({});
    expect(listFilter('ISSUED', 'DEPOSIT', true)).toEqual({ status: 'ISSUED', kind: 'DEPOSIT', overdue: true });
  });
});

describe('VAT exemptions', () => {
  it('maps a choice to its VATEX code and the reason printed on the invoice', () => {
    expect(exemptionInput('reverseCharge')).toEqual({ vatExemptionCode: 'VATEX-EU-AE', vatExemptionReason: 'Autoliquidation' });
    expect(exemptionInput('export')).toEqual({ vatExemptionCode: 'VATEX-EU-G', vatExemptionReason: 'Exportation' });
    expect(exemptionInput('')).toEqual({ vatExemptionCode: null, vatExemptionReason: null });
    expect(exemptionOf('VATEX-EU-G')).toBe('export');
    expect(exemptionOf('VATEX-XX')).toBeNull();
  });
  it('asks a 0 % line for its reason, on the API path of the field', () => {
    const lines = [line({}), line({ vatRate: '0' })];
    expect(checkInvoiceLines(lines, fr)).toEqual({ field: 'lines.1.vatExemptionReason', message: fr('invoice.err.exemption') });
    lines[1] = { ...lines[1], exemption: 'reverseCharge' };
    expect(checkInvoiceLines(lines, fr)).toBeNull();
    expect(checkInvoiceLines([], fr)?.field).toBe('lines');
  });
  it('runs the quote editor checks first', () => {
    expect(checkInvoiceLines([line({ quantity: 'x' })], fr)?.field).toBe('lines.0.quantity');
  });
  it('sends the exemption only with a 0 % line', () => {
    const zero = toInvoiceLineInput(line({ vatRate: '0', exemption: 'export', quantity: '2,5', unitPrice: '1 000,5' }));
    expect(zero).toMatchObject({ vatRate: '0', vatExemptionCode: 'VATEX-EU-G', vatExemptionReason: 'Exportation', quantity: '2.5', unitPrice: '1000.50' });
    expect(zero).not.toHaveProperty('kind');
    const taxed = toInvoiceLineInput(line({ vatRate: '20', exemption: 'export' }));
    expect(taxed.vatExemptionCode).toBeNull();
  });
  it('reads a stored line back, exemption included', () => {
    const d = fromInvoiceLine({ id: 'l1', position: 1, operation: null, description: 'Export', quantity: '1', unit: 'FLAT', hoursPerDay: 8, unitPrice: '100.00', discountPercent: null, discountAmount: '10.00', vatRate: '0', vatExemptionCode: 'VATEX-EU-AE', vatExemptionReason: 'Autoliquidation', net: '90.00' });
    expect(d).toMatchObject({ exemption: 'reverseCharge', discountMode: 'amount', discount: '10.00', vatRate: '0' });
  });
  it('totals mixed rates live with the server rule (VAT per rate on the sum of nets)', () => {
    const { totals } = draftTotals([line({ unitPrice: '0.05', quantity: '1' }), line({ unitPrice: '0.05', quantity: '1' }), line({ vatRate: '0', exemption: 'export', unitPrice: '100' })]);
    expect(centsString(totals.ht)).toBe('100.10');
    expect(centsString(totals.vat)).toBe('0.02'); // 20 % of 0.10, not 2 × round(0.01)
    expect(centsString(totals.ttc)).toBe('100.12');
  });
});

describe('payments', () => {
  it('prefills the balance and refuses more than it, or nothing', () => {
    const p = newPayment('1200.00', '2026-05-04');
    expect(p).toEqual({ paidOn: '2026-05-04', amount: '1200.00', method: 'TRANSFER', reference: '' });
    expect(checkPayment(p, '1200.00', fr)).toBeNull();
    expect(checkPayment({ ...p, amount: '1200,01' }, '1200.00', fr)?.field).toBe('amount');
    expect(checkPayment({ ...p, amount: '0' }, '1200.00', fr)?.message).toBe(fr('invoice.err.amount'));
    expect(checkPayment({ ...p, paidOn: '' }, '1200.00', fr)?.field).toBe('paidOn');
    expect(toPaymentInput({ ...p, amount: ' 500,5 ', reference: ' VIR 42 ' })).toEqual({ paidOn: '2026-05-04', amount: '500.50', method: 'TRANSFER', reference: 'VIR 42' });
  });
});

describe('credit notes', () => {
  const invoiced = [
    { id: 'a', quantity: '3' },
    { id: 'b', quantity: '1.5' },
  ];
  it('credits the whole invoice with a reason', () => {
    const c = newCredit(invoiced);
    expect(checkCredit(c, invoiced, fr)?.field).toBe('reason');
    expect(toCreditInput({ ...c, reason: ' Erreur ' }, invoiced)).toEqual({ full: true, reason: 'Erreur', lines: null });
  });
  it('credits chosen lines, a lowered quantity only when lowered', () => {
    const c = newCredit(invoiced);
    const some = { ...c, full: false, reason: 'Geste', lines: { a: { on: true, quantity: '1' }, b: { on: true, quantity: '1.5' } } };
    expect(checkCredit(some, invoiced, fr)).toBeNull();
    expect(toCreditInput(some, invoiced)).toEqual({ full: false, reason: 'Geste', lines: [{ invoiceLineId: 'a', quantity: '1' }, { invoiceLineId: 'b', quantity: null }] });
    expect(checkCredit({ ...some, lines: { a: { on: false, quantity: '3' }, b: { on: false, quantity: '1' } } }, invoiced, fr)?.field).toBe('lines');
    expect(checkCredit({ ...some, lines: { a: { on: false, quantity: '3' }, b: { on: true, quantity: '2' } } }, invoiced, fr)?.field).toBe('lines.0.quantity');
  });
});

describe('sales journal and deposits', () => {
  it('names the period in the path the document routes serve', () => {
    expect(salesJournalPath('2026-04-01', '2026-04-30', 'csv')).toBe('/documents/sales-journal/2026-04-01_2026-04-30.csv');
    expect(salesJournalPath('2026-04-01', '2026-04-30', 'xlsx')).toBe('/documents/sales-journal/2026-04-01_2026-04-30.xlsx');
    expect(periodOk('2026-04-01', '2026-04-30')).toBe(true);
    expect(periodOk('2026-05-01', '2026-04-30')).toBe(false);
    expect(periodOk('', '2026-04-30')).toBe(false);
  });
  it('reads a deposit percentage', () => {
    expect(depositPercentInput('30')).toBe('30');
    expect(depositPercentInput('12,5')).toBe('12.5');
    expect(depositPercentInput('0')).toBeNull();
    expect(depositPercentInput('101')).toBeNull();
  });
});

describe('settings', () => {
  const s = {
    legalForm: 'SAS', shareCapital: '10000.00', rcsCity: 'Paris', siren: '123456789', siret: '12345678900012', vatNumber: 'FR12123456789', iban: 'FR76', bic: 'BNPAFRPP',
    paymentDays: 30, paymentEndOfMonth: false, latePenaltyRate: '12.5', recoveryIndemnity: '40.00', earlyPaymentTerms: 'Pas d’escompte', vatOnDebits: true, footer: '', accountSales: '706000', accountVat: '445710', accountClient: '411000',
  };
  it('keeps payment terms within the law', () => {
    const d = settingsDraft(s);
    expect(checkSettings(d, fr)).toBeNull();
    expect(checkSettings({ ...d, paymentDays: '61' }, fr)?.field).toBe('paymentDays');
    expect(checkSettings({ ...d, paymentDays: '50', paymentEndOfMonth: true }, fr)?.field).toBe('paymentDays');
    expect(checkSettings({ ...d, recoveryIndemnity: '39.99' }, fr)?.field).toBe('recoveryIndemnity');
  });
  it('sends what the input takes, SIRET and VAT number left to the organisation', () => {
    const input = toSettingsInput({ ...settingsDraft(s), shareCapital: '10 000', latePenaltyRate: '12,50' });
    expect(input).toMatchObject({ shareCapital: '10000.00', latePenaltyRate: '12.5', paymentDays: 30, vatOnDebits: true });
    expect(input).not.toHaveProperty('siret');
    expect(input).not.toHaveProperty('vatNumber');
  });
});
