import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../lib/format';
import {
  basisPointsToPercent,
  centsToMoney,
  fileNameOf,
  formatPercent,
  formatPeriod,
  groupRevenue,
  moneyToCents,
  niceTicks,
  parseMoneyInput,
  percentToBasisPoints,
  quartersBetween,
  statementYears,
} from './royalties';

describe('percent ↔ basis points', () => {
  it('reads French and English decimals without float drift', () => {
    expect(percentToBasisPoints('12,5')).toBe(1250);
    expect(percentToBasisPoints('33,33')).toBe(3333);
    expect(percentToBasisPoints('33.33')).toBe(3333);
    expect(percentToBasisPoints('0,01')).toBe(1);
    expect(percentToBasisPoints('100')).toBe(10000);
    expect(percentToBasisPoints('8')).toBe(800);
    expect(percentToBasisPoints('8,')).toBe(800);
    expect(percentToBasisPoints(' 12,50 % ')).toBe(1250);
    expect(percentToBasisPoints('12\u00a0%')).toBe(1200);
  });

  it('is exact where a float is not', () => {
    // 0.29 * 100 = 28.999999999999996 and 1.005 * 100 = 100.49999999999999 in binary floats.
    expect(percentToBasisPoints('0,29')).toBe(29);
    expect(percentToBasisPoints('4,35')).toBe(435);
    expect(percentToBasisPoints('57,01')).toBe(5701);
    for (let bp = 0; bp <= 10000; bp++) {
      expect(percentToBasisPoints(basisPointsToPercent(bp))).toBe(bp);
      expect(percentToBasisPoints(basisPointsToPercent(bp, 'en'))).toBe(bp);
    }
  });

  it('refuses what is not a percentage with two decimals at most', () => {
    for (const bad of ['', ' ', 'abc', '12,345', '1.2.3', '-5', ',5', '12,5,0', '1e2', '12 5']) {
      expect(percentToBasisPoints(bad), bad).toBeNull();
    }
  });

  it('writes basis points back as a short percentage', () => {
    expect(basisPointsToPercent(1250)).toBe('12,5');
    expect(basisPointsToPercent(3333)).toBe('33,33');
    expect(basisPointsToPercent(10000)).toBe('100');
    expect(basisPointsToPercent(5)).toBe('0,05');
    expect(basisPointsToPercent(1250, 'en')).toBe('12.5');
    expect(formatPercent(1250)).toBe('12,5\u00a0%');
    expect(formatPercent(800, 'en')).toBe('8%');
  });
});

describe('money', () => {
  it('formats negative amounts French style', () => {
    expect(formatMoney('-42.10')).toBe('-42,10\u00a0€');
    expect(formatMoney('-1234.56')).toBe('-1\u202f234,56\u00a0€');
    expect(formatMoney('-1234567.8')).toBe('-1\u202f234\u202f567,80\u00a0€');
    expect(formatMoney('-0.05')).toBe('-0,05\u00a0€');
    expect(formatMoney('-1234.56', 'en')).toBe('-€1,234.56');
    // The same as Intl, for a negative amount too.
    expect(formatMoney('-9876.54')).toBe(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(-9876.54));
  });

  it('converts Money strings and cents both ways', () => {
    expect(moneyToCents('1234.56')).toBe(123456);
    expect(moneyToCents('-0.5')).toBe(-50);
    expect(moneyToCents('7')).toBe(700);
    expect(moneyToCents('abc')).toBeNaN();
    expect(centsToMoney(123456)).toBe('1234.56');
    expect(centsToMoney(-1050)).toBe('-10.50');
    expect(centsToMoney(-5)).toBe('-0.05');
    expect(centsToMoney(0)).toBe('0.00');
  });

  it('reads amounts typed by a person', () => {
    expect(parseMoneyInput('15 000,00')).toBe('15000.00');
    expect(parseMoneyInput('1\u202f234,5 €')).toBe('1234.50');
    expect(parseMoneyInput('80000')).toBe('80000.00');
    expect(parseMoneyInput('0.29')).toBe('0.29');
    expect(parseMoneyInput('12,345')).toBeNull();
    expect(parseMoneyInput('-5')).toBeNull();
    expect(parseMoneyInput('')).toBeNull();
  });
});

describe('grouping revenue for the chart', () => {
  const points = [
    { period: '2024-T4', media: 'TV' as const, territory: 'FR', amount: '1818.91' },
    { period: '2024-T4', media: 'TV' as const, territory: 'BE', amount: '568.16' },
    { period: '2024-T4', media: 'SVOD' as const, territory: 'WORLD', amount: '4369.66' },
    { period: '2024-T4', media: 'CINEMA' as const, territory: 'FR', amount: '0.00' },
    { period: '2025-T2', media: 'SVOD' as const, territory: 'WORLD', amount: '2106.11' },
    { period: '2025-T2', media: 'TVOD' as const, territory: 'FR', amount: '144.25' },
    { period: '2025-T2', media: 'TV' as const, territory: 'FR', amount: '-10.05' },
  ];

  it('makes a bar per quarter, gaps included, and a stack per media with territories added up', () => {
    const g = groupRevenue(points);
    expect(g.bars.map((b) => b.period)).toEqual(['2024-T4', '2025-T1', '2025-T2']);
    expect(g.bars[0].byMedia).toEqual({ TV: 238707, SVOD: 436966 });
    expect(g.bars[1].byMedia).toEqual({});
    expect(g.bars[2].byMedia).toEqual({ TV: -1005, SVOD: 210611, TVOD: 14425 });
    // Media without earnings (here CINEMA, all zero) get no series; the order is the schema's.
    expect(g.media).toEqual(['TV', 'SVOD', 'TVOD']);
  });

  it('adds up to the cent, negative corrections apart', () => {
    const g = groupRevenue(points);
    expect(g.bars[0].total).toBe(181891 + 56816 + 436966);
    expect(g.bars[2].positive).toBe(210611 + 14425);
    expect(g.bars[2].negative).toBe(-1005);
    expect(g.max).toBe(181891 + 56816 + 436966);
    expect(g.min).toBe(-1005);
    expect(centsToMoney(g.total)).toBe('8997.04');
  });

  it('gives nothing to draw for no points', () => {
    expect(groupRevenue([])).toEqual({ bars: [], media: [], max: 0, min: 0, total: 0 });
  });

  it('lists the quarters between two', () => {
    expect(quartersBetween('2024-T3', '2025-T2')).toEqual(['2024-T3', '2024-T4', '2025-T1', '2025-T2']);
    expect(quartersBetween('2025-T1', '2025-T1')).toEqual(['2025-T1']);
  });

  it('names quarters', () => {
    expect(formatPeriod('2024-T4')).toBe('T4 2024');
    expect(formatPeriod('2024-T4', 'en')).toBe('Q4 2024');
  });

  it('picks round axis steps that cover the data', () => {
    const ticks = niceTicks(0, 675673);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(675673);
    expect(ticks).toEqual([0, 200000, 400000, 600000, 800000]);
    const withNegative = niceTicks(-1005, 225036);
    expect(withNegative[0]).toBeLessThanOrEqual(-1005);
    expect(niceTicks(0, 0)).toEqual([0]);
  });
});

describe('statements', () => {
  it('lists the years of the statements, latest first', () => {
    const s = (periodEnd: string) => ({ run: { periodEnd } });
    expect(statementYears([s('2024-12-31'), s('2025-06-30'), s('2025-12-31')])).toEqual([2025, 2024]);
  });

  it('reads the file name the server gives', () => {
    expect(fileNameOf('attachment; filename="releve-d3f018bf.pdf"')).toBe('releve-d3f018bf.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''compte%20annuel.pdf")).toBe('compte annuel.pdf');
    expect(fileNameOf(null)).toBeNull();
  });
});
