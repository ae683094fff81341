// The invoicing settings form: the API's values as the person edits them, and back.
import type { InvoicingSettingsFieldsFragment } from '../../gql/graphql';
import type { FieldProblem } from '../../ui';
import { centsString, parseCents, rateString } from '../quotes/pricing';

export const TEXT_FIELDS = ['legalForm', 'rcsCity', 'siren', 'iban', 'bic', 'earlyPaymentTerms', 'footer', 'accountSales', 'accountVat', 'accountClient'] as const;

/** The form's inputs: every field as typed text but the two switches. */
export type TextKey = (typeof TEXT_FIELDS)[number] | 'shareCapital' | 'siret' | 'vatNumber' | 'paymentDays' | 'latePenaltyRate' | 'recoveryIndemnity';
export type SettingsValues = Record<TextKey, string> & { paymentEndOfMonth: boolean; vatOnDebits: boolean };

export function settingsDraft(s: InvoicingSettingsFieldsFragment): SettingsValues {
  return { ...s, paymentDays: String(s.paymentDays) };
}

type Msg = 'invoiceSettings.err.paymentDays' | 'invoice.err.amount' | 'invoice.err.percent';

/** The legal limits (≤ 60 days, or 45 days end of month) and readable numbers; the server checks again. */
export function checkSettings(v: SettingsValues, t: (k: Msg) => string): FieldProblem | null {
  const days = Number(v.paymentDays);
  if (!Number.isInteger(days) || days < 0 || days > (v.paymentEndOfMonth ? 45 : 60)) return { field: 'paymentDays', message: t('invoiceSettings.err.paymentDays') };
  const cap = parseCents(v.shareCapital);
  if (cap == null || cap < 0n) return { field: 'shareCapital', message: t('invoice.err.amount') };
  const ind = parseCents(v.recoveryIndemnity);
  if (ind == null || ind < 4000n) return { field: 'recoveryIndemnity', message: t('invoice.err.amount') };
  const rate = parseCents(v.latePenaltyRate);
  if (rate == null || rate < 0n || rate > 10000n) return { field: 'latePenaltyRate', message: t('invoice.err.percent') };
  return null;
}

/** The API's InvoicingSettingsInput (run checkSettings first); SIRET and VAT number come from the organisation. */
export function toSettingsInput(v: SettingsValues) {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, v[f].trim()])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return {
    ...text,
    shareCapital: centsString(parseCents(v.shareCapital) ?? 0n),
    recoveryIndemnity: centsString(parseCents(v.recoveryIndemnity) ?? 0n),
    latePenaltyRate: rateString(parseCents(v.latePenaltyRate) ?? 0n),
    paymentDays: Number(v.paymentDays),
    paymentEndOfMonth: v.paymentEndOfMonth,
    vatOnDebits: v.vatOnDebits,
  };
}
