import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  barGeometry,
  clip,
  connectorPath,
  dateToX,
  dragDays,
  ganttRange,
  groupByDay,
  monthSegments,
  moveKeepingLength,
  weekSegments,
  xToDate,
} from './gantt';

describe('the day scale', () => {
  it('places a date at its column', () => {
    expect(dateToX('2026-11-23', '2026-11-23', 18)).toBe(0);
    expect(dateToX('2026-11-30', '2026-11-23', 18)).toBe(126);
    expect(dateToX('2027-01-01', '2026-12-28', 20)).toBe(80); // across the year
    expect(dateToX('2026-11-20', '2026-11-23', 18)).toBe(-54);
  });

  it('finds the date under a pixel', () => {
    expect(xToDate(0, '2026-11-23', 18)).toBe('2026-11-23');
    expect(xToDate(17.9, '2026-11-23', 18)).toBe('2026-11-23');
    expect(xToDate(18, '2026-11-23', 18)).toBe('2026-11-24');
    expect(xToDate(-1, '2026-11-23', 18)).toBe('2026-11-22');
  });

  it('sizes a bar from the start of its first day to the end of its last', () => {
    expect(barGeometry('2026-11-24', '2026-11-26', '2026-11-23', 18)).toEqual({ left: 18, width: 54 });
    expect(barGeometry('2026-11-24', '2026-11-24', '2026-11-23', 18)).toEqual({ left: 18, width: 18 });
  });

  it('rounds a drag to whole days', () => {
    expect(dragDays(0, 18)).toBe(0);
    expect(dragDays(8, 18)).toBe(0);
    expect(dragDays(10, 18)).toBe(1);
    expect(dragDays(-10, 18)).toBe(-1);
    expect(Object.is(dragDays(-3, 18), -0)).toBe(false);
    expect(dragDays(18 * 5 + 2, 18)).toBe(5);
  });

  it('frames whole weeks around the plan, the deadline and a near today', () => {
    const spans = [
      { startDate: '2026-10-13', endDate: '2026-10-15' },
      { startDate: '2026-10-16', endDate: '2027-02-11' },
    ];
    expect(ganttRange(spans, '2027-02-26', '2026-11-26')).toEqual({ from: '2026-10-05', to: '2027-03-07' });
    // Today far from the plan is left out.
    expect(ganttRange(spans, '2027-02-26', '2030-01-01')).toEqual({ from: '2026-10-05', to: '2027-03-07' });
    // Today a little before the plan is let in.
    expect(ganttRange(spans, null, '2026-09-30')).toEqual({ from: '2026-09-21', to: '2027-02-21' });
    expect(ganttRange([], null, '2026-11-26')).toEqual({ from: '2026-11-16', to: '2027-01-03' });
  });

  it('cuts the range into weeks and months', () => {
    expect(weekSegments('2026-11-25', '2026-12-08')).toEqual([
      { start: '2026-11-25', days: 5 },
      { start: '2026-11-30', days: 7 },
      { start: '2026-12-07', days: 2 },
    ]);
    expect(monthSegments('2026-11-29', '2027-01-02')).toEqual([
      { start: '2026-11-29', days: 2 },
      { start: '2026-12-01', days: 31 },
      { start: '2027-01-01', days: 2 },
    ]);
  });

  it('draws connectors finish-to-start', () => {
    expect(connectorPath({ x: 100, y: 29 }, { x: 120, y: 51 })).toBe('M94,29 V51 H120');
    expect(connectorPath({ x: 100, y: 29 }, { x: 100, y: 51 }, 4)).toBe('M96,29 V51 H100');
    // A dependent starting too early: the connector points back.
    expect(connectorPath({ x: 100, y: 29 }, { x: 60, y: 51 })).toBe('M94,29 V51 H60');
  });
});

describe('lanes', () => {
  it('stacks overlapping bookings and reuses free lanes', () => {
    const a = { id: 'a', startDate: '2026-11-23', endDate: '2026-11-25' };
    const b = { id: 'b', startDate: '2026-11-25', endDate: '2026-11-27' };
    const c = { id: 'c', startDate: '2026-11-26', endDate: '2026-11-26' };
    const d = { id: 'd', startDate: '2026-11-28', endDate: '2026-11-28' };
    const { laned, lanes } = assignLanes([d, c, b, a]);
    expect(lanes).toBe(2);
    expect(Object.fromEntries(laned.map((l) => [l.item.id, l.lane]))).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect(assignLanes([]).lanes).toBe(1);
  });
});

describe('grouping by day', () => {
  const items = [
    { id: 'mix', startDate: '2026-11-26', endDate: '2026-11-30' },
    { id: 'qc', startDate: '2026-11-27', endDate: '2026-11-27' },
    { id: 'old', startDate: '2026-11-01', endDate: '2026-11-02' },
  ];

  it('lists each item under every day it covers, in date order', () => {
    const groups = groupByDay(items, '2026-11-25', '2026-11-28');
    expect(groups.map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ['2026-11-26', ['mix']],
      ['2026-11-27', ['mix', 'qc']],
      ['2026-11-28', ['mix']],
    ]);
  });

  it('leaves out the days an item does not take place', () => {
    const weekdaysOnly = (_: unknown, d: string) => !['2026-11-28', '2026-11-29'].includes(d);
    const groups = groupByDay(items, '2026-11-26', '2026-12-01', weekdaysOnly);
    expect(groups.map((g) => g.date)).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
  });
});

describe('moving spans', () => {
  it('clips a span to a period', () => {
    expect(clip({ startDate: '2026-11-20', endDate: '2026-11-25' }, '2026-11-23', '2026-11-29')).toEqual({
      startDate: '2026-11-23',
      endDate: '2026-11-25',
    });
    expect(clip({ startDate: '2026-11-20', endDate: '2026-11-22' }, '2026-11-23', '2026-11-29')).toBeNull();
  });

  it('keeps a booking’s length in days', () => {
    expect(moveKeepingLength({ startDate: '2026-11-23', endDate: '2026-11-27' }, '2026-12-28')).toEqual({
      startDate: '2026-12-28',
      endDate: '2027-01-01',
    });
  });
});
