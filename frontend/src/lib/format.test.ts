import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayHeading, formatMoney, formatMonth, formatRange, formatShortDay, formatWeekday } from './format';

describe('formatMoney', () => {
  it('formats euros the French way, with the separators Intl uses', () => {
    expect(formatMoney('1234.56')).toBe('1\u202f234,56\u00a0€');
    expect(formatMoney('1234.56')).toBe(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1234.56),
    );
  });

  it('matches Intl on ordinary amounts', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const s of ['0.00', '5.00', '12.30', '999.99', '1000.00', '450.00', '123456.78', '-42.10']) {
      expect(formatMoney(s)).toBe(intl.format(Number(s)));
    }
  });

  it('keeps every digit of amounts a float would round', () => {
    expect(formatMoney('90071992547409931.07')).toBe('90\u202f071\u202f992\u202f547\u202f409\u202f931,07\u00a0€');
  });

  it('pads short fractions and tolerates a missing one', () => {
    expect(formatMoney('7')).toBe('7,00\u00a0€');
    expect(formatMoney('7.5')).toBe('7,50\u00a0€');
    expect(formatMoney('-0.00')).toBe('0,00\u00a0€');
  });

  it('formats English amounts', () => {
    expect(formatMoney('1234.56', 'en')).toBe('€1,234.56');
  });

  it('returns what is not a decimal unchanged', () => {
    expect(formatMoney('abc')).toBe('abc');
  });
});

describe('formatDate', () => {
  it('gives dd/MM/yyyy without shifting the calendar day', () => {
    expect(formatDate('2025-03-07')).toBe('07/03/2025');
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows the wall-clock time in Paris', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Paris (UTC+1 in winter).
    expect(formatDateTime('2025-12-31T23:30:00Z')).toBe('01/01/2026 00:30');
    // Summer time: UTC+2.
    expect(formatDateTime('2025-07-14T10:05:00Z')).toBe('14/07/2025 12:05');
  });
});

describe('days and months', () => {
  it('names weekdays in French, and in English on demand', () => {
    expect(formatWeekday('2026-11-26')).toBe('jeudi');
    expect(formatWeekday('2026-11-29', 'fr', true)).toBe('dim.');
    expect(formatWeekday('2026-11-26', 'en')).toBe('Thursday');
    expect(formatDayHeading('2026-11-23')).toBe('lundi 23/11/2026');
    expect(formatShortDay('2026-11-28')).toBe('sam. 28/11');
    expect(formatMonth('2027-02-10')).toBe('février 2027');
    expect(formatMonth('2027-02-10', 'en')).toBe('February 2027');
    expect(formatRange('2026-11-23', '2026-11-29')).toBe('du 23/11/2026 au 29/11/2026');
    expect(formatRange('2026-11-23', '2026-11-23')).toBe('23/11/2026');
  });
});
