import { describe, expect, it } from 'vitest';
import { centsString, depositOf, divHalfUp, lineNet, parseCents, parseQuantity, parseRate, rateString, scaledString, sumTotals, type PricedLine } from './pricing';

// The same table as internal/kernel/pricing/pricing_test.go: the app's totals while typing
// must be the server's to the cent.
describe('line net', () => {
  const cases: [string, PricedLine, bigint][] = [
    ['days', { quantity: 5000n, unitPrice: 65000n, vatRate: 2000n }, 325000n],
    ['half-up on quantity', { quantity: 2500n, unitPrice: 33333n, vatRate: 2000n }, 83333n], // 833.325
    ['percent discount', { quantity: 3000n, unitPrice: 45000n, discountPercent: 1000n, vatRate: 2000n }, 121500n],
    ['percent discount half-up', { quantity: 1000n, unitPrice: 1005n, discountPercent: 1000n, vatRate: 2000n }, 904n], // 10.05 − 1.005→1.01
    ['amount discount', { quantity: 1000n, unitPrice: 120000n, discountAmount: 20000n, vatRate: 0n }, 100000n],
  ];
  for (const [name, line, net] of cases) it(name, () => expect(lineNet(line)).toBe(net));
});

describe('totals', () => {
  it('VAT per rate on the sum of nets, not line by line', () => {
    // Three lines at 0.13 € and 20 %: 3 × 0.03 = 0.09 € line by line, 0.08 € on their sum 0.39 €.
    const lines: PricedLine[] = [
      { quantity: 1000n, unitPrice: 13n, vatRate: 2000n },
      { quantity: 1000n, unitPrice: 13n, vatRate: 2000n },
      { quantity: 1000n, unitPrice: 13n, vatRate: 2000n },
      { quantity: 2000n, unitPrice: 50000n, discountPercent: 500n, vatRate: 0n }, // export: 950.00
    ];
    const t = sumTotals(lines);
    expect(t.vat).toBe(8n);
    expect(t.ht).toBe(95039n);
    expect(t.ttc).toBe(95047n);
    expect(t.byRate.map((r) => [r.rate, r.base, r.vat])).toEqual([
      [2000n, 39n, 8n],
      [0n, 95000n, 0n],
    ]);
  });
  it('empty', () => {
    expect(sumTotals([])).toEqual({ ht: 0n, vat: 0n, ttc: 0n, byRate: [] });
  });
  it('mixed rates sorted highest first', () => {
    const t = sumTotals([
      { quantity: 1000n, unitPrice: 10000n, vatRate: 550n },
      { quantity: 1000n, unitPrice: 10000n, vatRate: 2000n },
      { quantity: 1000n, unitPrice: 10000n, vatRate: 1000n },
    ]);
    expect(t.byRate.map((r) => rateString(r.rate))).toEqual(['20', '10', '5.5']);
    expect(centsString(t.vat)).toBe('35.50');
  });
  it('deposit half-up', () => {
    expect(depositOf(3000n, 33333n)).toBe(10000n); // 30 % of 333.33 = 99.999
    expect(depositOf(3333n, 1500n)).toBe(500n); // 499.95 cents → 500
  });
});

describe('decimals', () => {
  it('half away from zero', () => {
    expect(divHalfUp(5n, 10n)).toBe(1n);
    expect(divHalfUp(-5n, 10n)).toBe(-1n);
    expect(divHalfUp(4n, 10n)).toBe(0n);
    expect(divHalfUp(-14n, 10n)).toBe(-1n);
  });
  it('reads what a French user types, refuses extra decimals', () => {
    expect(parseCents('1 234,5')).toBe(123450n);
    expect(parseCents('12.345')).toBeNull();
    expect(parseQuantity('2,5')).toBe(2500n);
    expect(parseQuantity('0.125')).toBe(125n);
    expect(parseRate('5,5')).toBe(550n);
    expect(parseRate('abc')).toBeNull();
    expect(parseRate('')).toBeNull();
    expect(parseCents('-3')).toBe(-300n);
  });
  it('writes the API strings', () => {
    expect(centsString(123450n)).toBe('1234.50');
    expect(centsString(-5n)).toBe('-0.05');
    expect(rateString(550n)).toBe('5.5');
    expect(rateString(2000n)).toBe('20');
    expect(scaledString(2500n, 3, true)).toBe('2.5');
  });
});
