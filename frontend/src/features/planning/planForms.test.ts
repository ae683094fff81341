import { describe, expect, it } from 'vitest';
import { bookingInput, bookingMoveInput, emptyTask, endAfterDays, parseDecimal, sameDependencies, slotBooking, taskInput } from './planForms';
import { isWeekend } from '../../lib/dates';

const weekdays = (d: string) => !isWeekend(d);
// 14 July 2026 is a Tuesday and a public holiday.
const frenchJuly = (d: string) => !isWeekend(d) && d !== '2026-07-14';

describe('endAfterDays', () => {
  it('counts working days from the start, the start included', () => {
    expect(endAfterDays('2026-03-02', 1, false, weekdays)).toBe('2026-03-02');
    expect(endAfterDays('2026-03-02', 5, false, weekdays)).toBe('2026-03-06');
    expect(endAfterDays('2026-03-05', 3, false, weekdays)).toBe('2026-03-09');
    expect(endAfterDays('2026-07-13', 2, false, frenchJuly)).toBe('2026-07-15');
  });
  it('counts every day when weekends and holidays are worked', () => {
    expect(endAfterDays('2026-03-05', 3, true, weekdays)).toBe('2026-03-07');
  });
});

describe('taskInput', () => {
  const base = { ...emptyTask('2026-03-02'), operationId: 'op' };
  it('makes the end from a number of days and leaves the planned work to the server when empty', () => {
    const r = taskInput({ ...base, days: '5' }, weekdays);
    expect(r).toEqual({
      input: {
        task: { operationId: 'op', episodeId: null, title: null, startDate: '2026-03-02', endDate: '2026-03-06', plannedDays: null, status: 'PLANNED', allowNonWorking: false, notes: null },
        dependencies: [],
      },
    });
  });
  it('takes dates, French decimals and dependencies with their lag', () => {
    const r = taskInput(
      { ...base, span: 'dates', endDate: '2026-03-10', plannedDays: '4,5', title: ' Montage ', dependencies: [{ taskId: 'a', lag: '2' }, { taskId: '', lag: '' }, { taskId: 'b', lag: '' }] },
      weekdays,
    );
    if (!('input' in r)) throw new Error(JSON.stringify(r));
    expect(r.input.task.endDate).toBe('2026-03-10');
    expect(r.input.task.plannedDays).toBe(4.5);
    expect(r.input.task.title).toBe('Montage');
    expect(r.input.dependencies).toEqual([
      { dependsOnId: 'a', lagDays: 2 },
      { dependsOnId: 'b', lagDays: 0 },
    ]);
  });
  it('blames the field that is wrong', () => {
    expect(taskInput({ ...base, operationId: '' }, weekdays)).toMatchObject({ field: 'operationId' });
    expect(taskInput({ ...base, days: '0' }, weekdays)).toMatchObject({ field: 'days' });
    expect(taskInput({ ...base, days: '2,5' }, weekdays)).toMatchObject({ field: 'days' });
    expect(taskInput({ ...base, span: 'dates', endDate: '2026-03-01' }, weekdays)).toMatchObject({ field: 'endDate', key: 'task.endBeforeStart' });
    expect(taskInput({ ...base, plannedDays: '-1' }, weekdays)).toMatchObject({ field: 'plannedDays' });
    expect(taskInput({ ...base, dependencies: [{ taskId: 'a', lag: '1.5' }] }, weekdays)).toMatchObject({ field: 'dependencies', key: 'task.badLag' });
    expect(taskInput({ ...base, dependencies: [{ taskId: 'a', lag: '0' }, { taskId: 'a', lag: '1' }] }, weekdays)).toMatchObject({ key: 'task.duplicateDependency' });
  });
});

describe('parseDecimal and sameDependencies', () => {
  it('reads French and English decimals, nothing else', () => {
    expect(parseDecimal('4,5')).toBe(4.5);
    expect(parseDecimal(' 3 ')).toBe(3);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('3 j')).toBeNull();
  });
  it('compares predecessors in any order, lag included', () => {
    expect(sameDependencies([{ dependsOnId: 'a', lagDays: 0 }, { dependsOnId: 'b', lagDays: 1 }], [{ dependsOnId: 'b', lagDays: 1 }, { dependsOnId: 'a', lagDays: 0 }])).toBe(true);
    expect(sameDependencies([{ dependsOnId: 'a', lagDays: 0 }], [{ dependsOnId: 'a', lagDays: 1 }])).toBe(false);
    expect(sameDependencies([], [{ dependsOnId: 'a', lagDays: 0 }])).toBe(false);
  });
});

describe('bookings', () => {
  it('books the slot tapped: the row’s person or room, that day, 09:00–18:00, confirmed', () => {
    const v = { ...slotBooking('2026-03-04', { kind: 'room', id: 'r1' }), taskId: 't1', note: ' Salle 2 ' };
    expect(bookingInput(v)).toEqual({
      input: { taskId: 't1', roomId: 'r1', startDate: '2026-03-04', endDate: '2026-03-04', from: '09:00', to: '18:00', status: 'CONFIRMED', note: 'Salle 2' },
    });
  });
  it('edits a booking with its hours and note, and may empty the note', () => {
    const v = { ...slotBooking('2026-03-04', { kind: 'technician', id: 'x' }, 't1'), endDate: '2026-03-06', from: '10:00', to: '19:00', status: 'PENCILLED' as const };
    expect(bookingMoveInput(v)).toEqual({
      input: { startDate: '2026-03-04', endDate: '2026-03-06', technicianId: 'x', status: 'PENCILLED', from: '10:00', to: '19:00', note: '' },
    });
  });
  it('blames the field that is wrong', () => {
    const ok = slotBooking('2026-03-04', { kind: 'technician', id: 'x' }, 't1');
    expect(bookingInput({ ...ok, taskId: '' })).toMatchObject({ field: 'taskId' });
    expect(bookingInput({ ...ok, resourceId: '' })).toMatchObject({ field: 'resourceId', key: 'booking.technicianRequired' });
    expect(bookingInput({ ...ok, kind: 'room', resourceId: '' })).toMatchObject({ key: 'booking.roomRequired' });
    expect(bookingInput({ ...ok, endDate: '2026-03-03' })).toMatchObject({ field: 'endDate' });
    expect(bookingInput({ ...ok, endDate: '2027-03-10' })).toMatchObject({ field: 'endDate', key: 'booking.tooLong' });
    expect(bookingInput({ ...ok, from: '9h' })).toMatchObject({ field: 'from' });
    expect(bookingInput({ ...ok, to: '08:00' })).toMatchObject({ field: 'to', key: 'booking.endBeforeStart' });
  });
});
