import { describe, expect, it } from 'vitest';
import { translate, type Key } from '../../app/i18n';
import { checkHeader, mentionOk, normaliseMention, paymentTerms, quantityText, quoteActions, toQuoteInput, type HeaderDraft } from './quotes';
import { isQuoteNotification } from './live';
import { emptyLine } from './lines';

const fr = (k: Key, v?: Record<string, string | number>) => translate('fr', k, v);
const en = (k: Key, v?: Record<string, string | number>) => translate('en', k, v);

const header: HeaderDraft = {
  title: ' Étalonnage ',
  validUntil: '2026-12-31',
  purchaseOrder: '',
  specRuntimeMinutes: '90',
  specEpisodes: '',
  specDeliverables: '',
  depositPercent: '30',
  paymentDays: '30',
  paymentEndOfMonth: false,
  overtimePercent: '25',
  nightPercent: '50',
  weekendPercent: '5,5',
  notes: '',
};

describe('bon pour accord', () => {
  it('ignores case, accents and spaces, like the server', () => {
    expect(mentionOk('Bon pour accord')).toBe(true);
    expect(mentionOk('  BON   pour  Accord ')).toBe(true);
    expect(mentionOk('bön pour accörd')).toBe(true);
    expect(normaliseMention('Bon\tpour\naccord')).toBe('bon pour accord');
    expect(mentionOk('bon pour accord.')).toBe(false);
    expect(mentionOk('lu et approuvé')).toBe(false);
  });
});

describe('actions by status and role', () => {
  it('edits a draft, revises the latest sent/refused/expired, answers a sent one', () => {
    expect(quoteActions('DRAFT', 'COORDINATOR', true)).toEqual({ edit: true, revise: false, answer: false, amend: false });
    expect(quoteActions('SENT', 'COORDINATOR', true).revise).toBe(true);
    expect(quoteActions('SENT', 'COORDINATOR', false).revise).toBe(false);
    expect(quoteActions('REFUSED', 'ADMIN', true).revise).toBe(true);
    expect(quoteActions('EXPIRED', 'ADMIN', true).revise).toBe(true);
    expect(quoteActions('ACCEPTED', 'ADMIN', true)).toEqual({ edit: false, revise: false, answer: false, amend: true });
    expect(quoteActions('SENT', 'PRODUCER', true)).toEqual({ edit: false, revise: false, answer: true, amend: false });
    expect(quoteActions('EXPIRED', 'PRODUCER', true).answer).toBe(false);
    expect(quoteActions('DRAFT', 'ACCOUNTANT', true).edit).toBe(false);
  });
});

describe('the header', () => {
  it('becomes a QuoteInput with normalised numbers', () => {
    const input = toQuoteInput(header, [{ ...emptyLine(), unitPrice: '10' }]);
    expect(input).toMatchObject({ title: 'Étalonnage', specRuntimeMinutes: 90, specEpisodes: null, depositPercent: '30', weekendPercent: '5.5', paymentDays: 30 });
    expect(input.lines).toHaveLength(1);
  });
  it('is checked with the API field names', () => {
    const t = (k: string) => k;
    expect(checkHeader(header, t)).toBeNull();
    expect(checkHeader({ ...header, validUntil: '' }, t)?.field).toBe('validUntil');
    expect(checkHeader({ ...header, depositPercent: '120' }, t)?.field).toBe('depositPercent');
    expect(checkHeader({ ...header, nightPercent: 'x' }, t)?.field).toBe('nightPercent');
    expect(checkHeader({ ...header, paymentDays: '3.5' }, t)?.field).toBe('paymentDays');
    expect(checkHeader({ ...header, specEpisodes: '-1' }, t)?.field).toBe('specEpisodes');
  });
});

describe('words', () => {
  it('quantities in both languages, with plurals and the day length', () => {
    expect(quantityText('2.5', 'DAY', 8, fr, 'fr')).toBe('2,5 jours (8 h)');
    expect(quantityText('1', 'DAY', 10, en, 'en')).toBe('1 day (10 h)');
    expect(quantityText('3', 'HOUR', 8, en, 'en')).toBe('3 hours');
    expect(quantityText('1', 'FLAT', 8, fr, 'fr')).toBe('1 forfait');
  });
  it('payment terms', () => {
    expect(paymentTerms(30, true, fr)).toBe('30 jours fin de mois');
    expect(paymentTerms(45, false, en)).toBe('45 days');
  });
  it('quote notifications refresh the list', () => {
    expect(isQuoteNotification('QUOTE_ACCEPTED')).toBe(true);
    expect(isQuoteNotification('AMENDMENT_SENT')).toBe(true);
    expect(isQuoteNotification(null)).toBe(false);
  });
});
