import { describe, expect, it } from 'vitest';
import { currentItem, navFor } from './nav';
import { ROUTES } from './routes';

const keys = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.key);

describe('navFor', () => {
  it('gives a coordinator and an admin the office pages one tap away', () => {
    expect(keys('COORDINATOR')).toEqual(['dashboard', 'productions', 'board', 'technicians', 'rooms', 'deliveries', 'catalogue', 'quotes', 'invoices', 'team']);
    expect(keys('ADMIN')).toEqual(keys('COORDINATOR'));
  });
  it('keeps at most five items in the bottom bar of a phone', () => {
    for (const role of ['ADMIN', 'COORDINATOR', 'TECHNICIAN', 'PRODUCER', 'RIGHTS_HOLDER', 'ACCOUNTANT'] as const) {
      expect(navFor(role).filter((i) => !i.inMenuOnPhone).length).toBeLessThanOrEqual(5);
    }
  });
  it('gives a technician their day, slips and schedule first', () => {
    expect(keys('TECHNICIAN').slice(0, 3)).toEqual(['myDay', 'mySlips', 'mySchedule']);
  });
  it('gives the other roles what they use', () => {
    expect(keys('PRODUCER')).toEqual(['productions', 'quotes', 'invoices']);
    expect(keys('RIGHTS_HOLDER')).toEqual(['portal']);
    expect(keys('ACCOUNTANT')).toEqual(['productions', 'deliveries', 'catalogue', 'quotes', 'invoices']);
    expect(keys(undefined)).toEqual([]);
  });
  it('keeps the quotes in a producer\'s bottom bar, in a coordinator\'s menu', () => {
    expect(navFor('PRODUCER').find((i) => i.key === 'quotes')?.inMenuOnPhone).toBe(false);
    expect(navFor('COORDINATOR').find((i) => i.key === 'quotes')?.inMenuOnPhone).toBe(true);
  });
  it('gives the billing staff and the producer the invoices, in a producer\'s bottom bar', () => {
    for (const role of ['ADMIN', 'COORDINATOR', 'ACCOUNTANT', 'PRODUCER'] as const) expect(keys(role)).toContain('invoices');
    for (const role of ['TECHNICIAN', 'RIGHTS_HOLDER'] as const) expect(keys(role)).not.toContain('invoices');
    expect(navFor('PRODUCER').find((i) => i.key === 'invoices')?.inMenuOnPhone).toBe(false);
    expect(currentItem(navFor('ACCOUNTANT'), 'invoiceBalances')).toBe('invoices');
  });
  it('points every item at an address of the route table', () => {
    const patterns = new Set<string>(ROUTES.map((r) => r.pattern));
    for (const role of ['ADMIN', 'TECHNICIAN', 'RIGHTS_HOLDER'] as const) for (const i of navFor(role)) expect(patterns.has(i.path)).toBe(true);
  });
  it('marks the item of the current route', () => {
    const items = navFor('COORDINATOR');
    expect(currentItem(items, 'productionPlanning')).toBe('productions');
    expect(currentItem(items, 'work')).toBe('catalogue');
    expect(currentItem(items, 'myDay')).toBeNull();
    expect(currentItem(navFor('TECHNICIAN'), 'newSlip')).toBe('myDay');
    expect(currentItem(items, 'quote')).toBe('quotes');
    expect(currentItem(navFor('PRODUCER'), 'amendment')).toBe('quotes');
  });
});
