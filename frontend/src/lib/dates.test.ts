import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  countWorkingDays,
  dayNumber,
  diffDays,
  eachDay,
  endOfMonth,
  endOfWeek,
  fromDayNumber,
  isoWeek,
  isWeekend,
  parisNow,
  startOfWeek,
  todayParis,
  weekday,
  workingDayTest,
  workingDaysBetween,
} from './dates';

// Christmas 2026 is a Friday, New Year's Day 2027 a Friday too.
const HOLIDAYS = new Set(['2026-12-25', '2027-01-01']);
const isWorking = (d: string) => !isWeekend(d) && !HOLIDAYS.has(d);

describe('calendar arithmetic', () => {
  it('counts days across months, years and the DST change', () => {
    expect(fromDayNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // the night clocks go forward
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26'); // and back
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(diffDays('2026-11-26', '2027-02-26')).toBe(92);
    expect(diffDays('2026-11-26', '2026-11-20')).toBe(-6);
  });

  it('numbers weekdays from Monday', () => {
    expect(weekday('2026-11-23')).toBe(0); // a Monday
    expect(weekday('2026-11-26')).toBe(3);
    expect(weekday('2026-11-29')).toBe(6);
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
  });

  it('finds weeks and months', () => {
    expect(startOfWeek('2026-11-26')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay('2026-12-30', '2026-12-29')).toEqual([]);
  });

  it('numbers weeks the ISO way', () => {
    expect(isoWeek('2026-11-26')).toBe(48);
    expect(isoWeek('2027-01-01')).toBe(53); // 2026 has 53 ISO weeks
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1); // belongs to 2026's first week
  });

  it('reads today on a Paris wall clock', () => {
    // 23:30 UTC on 31 December is already the new year in Paris (UTC+1).
    expect(todayParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in July is 00:30 the next day in Paris (UTC+2).
    expect(parisNow(new Date('2026-07-14T22:30:00Z'))).toEqual({ date: '2026-07-15', minute: 30 });
  });
});

describe('working days', () => {
  it('uses the API list inside its range and weekends outside', () => {
    const test = workingDayTest(['2026-12-24', '2026-12-28'], '2026-12-24', '2026-12-28');
    expect(test('2026-12-25')).toBe(false); // a holiday: not in the list
    expect(test('2026-12-28')).toBe(true);
    expect(test('2027-01-04')).toBe(true); // outside: a Monday
    expect(test('2027-01-02')).toBe(false); // outside: a Saturday
    expect(workingDayTest(undefined, '2026-12-24', '2026-12-28')('2026-12-25')).toBe(true);
  });

  it('adds working days like the server', () => {
    expect(addWorkingDays('2026-11-27', 1, isWorking)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-12-24', 1, isWorking)).toBe('2026-12-28'); // over Christmas
    expect(addWorkingDays('2026-11-30', -1, isWorking)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-28', 0, isWorking)).toBe('2026-11-30'); // a Saturday → Monday
    expect(addWorkingDays('2026-11-26', 0, isWorking)).toBe('2026-11-26');
    expect(countWorkingDays('2026-12-21', '2027-01-03', isWorking)).toBe(8);
  });

  it('turns a drag into a shift in working days', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23', isWorking)).toBe(0);
    expect(workingDaysBetween('2026-11-23', '2026-11-25', isWorking)).toBe(2); // Mon → Wed
    expect(workingDaysBetween('2026-11-25', '2026-11-23', isWorking)).toBe(-2);
    expect(workingDaysBetween('2026-11-27', '2026-11-30', isWorking)).toBe(1); // Fri → Mon: the weekend is free
    expect(workingDaysBetween('2026-12-23', '2026-12-28', isWorking)).toBe(2); // over Christmas
    // A drop on a weekend goes on in the direction of the drag.
    expect(workingDaysBetween('2026-11-27', '2026-11-28', isWorking)).toBe(1); // Fri → Sat: Monday
    expect(workingDaysBetween('2026-11-30', '2026-11-29', isWorking)).toBe(-1); // Mon → Sun: Friday
    expect(workingDaysBetween('2026-11-23', '2026-11-28', isWorking)).toBe(5); // Mon → Sat: next Monday
  });

  it('round-trips: the shift lands the task where it was dropped when that is a working day', () => {
    for (const [from, to] of [
      ['2026-11-23', '2026-12-04'],
      ['2026-12-21', '2027-01-05'],
      ['2027-01-05', '2026-12-21'],
      ['2026-12-30', '2026-12-24'],
    ]) {
      expect(addWorkingDays(from, workingDaysBetween(from, to, isWorking), isWorking)).toBe(to);
    }
  });
});
