// The task and booking forms as pure functions: what a coordinator typed → the API's input, or
// the field to blame and the message key. The server checks everything again.
import type { BookingInput, BookingMoveInput, BookingStatus, DependencyInput, TaskInput, TaskStatus } from '../../gql/graphql';
import type { Key } from '../../app/i18n';
import { addDays, addWorkingDays, dayNumber, type IsWorkingDay } from '../../lib/dates';

export const TASK_STATUSES: readonly TaskStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'];

/** The statuses a coordinator picks for a booking; cancelling is its own button. */
export const BOOKING_STATUSES: readonly BookingStatus[] = ['CONFIRMED', 'PENCILLED'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type Checked<I, F extends string> = { input: I } | { field: F; key: Key };

/** "7,5" or "7.5" as a number; null for anything else (empty included). */
export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** The last day of a task of `n` days from `start`: counted in working days unless weekends and holidays are worked. */
export function endAfterDays(start: string, n: number, allowNonWorking: boolean, isWorking: IsWorkingDay): string {
  if (n <= 1) return start;
  return allowNonWorking ? addDays(start, n - 1) : addWorkingDays(start, n - 1, isWorking);
}

export interface DependencyValues {
  taskId: string;
  lag: string;
}

export interface TaskValues {
  operationId: string;
  episodeId: string;
  title: string;
  startDate: string;
  /** How the end is given: a date, or a number of days from the start. */
  span: 'dates' | 'days';
  endDate: string;
  days: string;
  /** Planned work in days; empty: the working days of the task. */
  plannedDays: string;
  status: TaskStatus;
  allowNonWorking: boolean;
  notes: string;
  dependencies: DependencyValues[];
}

export type TaskField = 'operationId' | 'episodeId' | 'title' | 'startDate' | 'endDate' | 'days' | 'plannedDays' | 'notes' | 'dependencies';

export function emptyTask(start: string): TaskValues {
  return {
    operationId: '',
    episodeId: '',
    title: '',
    startDate: start,
    span: 'days',
    endDate: start,
    days: '5',
    plannedDays: '',
    status: 'PLANNED',
    allowNonWorking: false,
    notes: '',
    dependencies: [],
  };
}

/**
 * A task's input and its predecessors. `isWorking` must know the days after the start (the
 * page asks the API for them) when the end is given as a number of days.
 */
export function taskInput(v: TaskValues, isWorking: IsWorkingDay): Checked<{ task: TaskInput; dependencies: DependencyInput[] }, TaskField> {
  if (!v.operationId) return { field: 'operationId', key: 'task.operationRequired' };
  if (!DATE.test(v.startDate)) return { field: 'startDate', key: 'task.dateRequired' };
  let endDate = v.endDate;
  if (v.span === 'days') {
    const n = parseDecimal(v.days);
    if (n == null || n < 1 || !Number.isInteger(n) || n > 500) return { field: 'days', key: 'task.badDays' };
    endDate = endAfterDays(v.startDate, n, v.allowNonWorking, isWorking);
  } else if (!DATE.test(endDate)) {
    return { field: 'endDate', key: 'task.dateRequired' };
  }
  if (endDate < v.startDate) return { field: 'endDate', key: 'task.endBeforeStart' };
  let plannedDays: number | null = null;
  if (v.plannedDays.trim()) {
    plannedDays = parseDecimal(v.plannedDays);
    if (plannedDays == null || plannedDays > 1000) return { field: 'plannedDays', key: 'task.badPlannedDays' };
  }
  const dependencies: DependencyInput[] = [];
  for (const d of v.dependencies) {
    if (!d.taskId) continue;
    const lag = d.lag.trim() === '' ? 0 : Number(d.lag.trim());
    if (!Number.isInteger(lag) || lag < -100 || lag > 365) return { field: 'dependencies', key: 'task.badLag' };
    if (dependencies.some((x) => x.dependsOnId === d.taskId)) return { field: 'dependencies', key: 'task.duplicateDependency' };
    dependencies.push({ dependsOnId: d.taskId, lagDays: lag });
  }
  return {
    input: {
      task: {
        operationId: v.operationId,
        episodeId: v.episodeId || null,
        title: v.title.trim() || null,
        startDate: v.startDate,
        endDate,
        plannedDays,
        status: v.status,
        allowNonWorking: v.allowNonWorking,
        notes: v.notes.trim() || null,
      },
      dependencies,
    },
  };
}

/** Whether two lists of predecessors are the same (in any order). */
export function sameDependencies(a: readonly DependencyInput[], b: readonly DependencyInput[]): boolean {
  if (a.length !== b.length) return false;
  const key = (d: DependencyInput) => `${d.dependsOnId}:${d.lagDays ?? 0}`;
  const set = new Set(a.map(key));
  return b.every((d) => set.has(key(d)));
}

export type ResourceKind = 'technician' | 'room';

export interface BookingValues {
  taskId: string;
  kind: ResourceKind;
  resourceId: string;
  startDate: string;
  endDate: string;
  from: string;
  to: string;
  status: BookingStatus;
  note: string;
}

export type BookingField = 'taskId' | 'resourceId' | 'startDate' | 'endDate' | 'from' | 'to' | 'note';

/** A new booking on a slot: the day tapped, the row's person or room, the usual day 09:00–18:00, confirmed. */
export function slotBooking(day: string, resource?: { kind: ResourceKind; id: string }, taskId = ''): BookingValues {
  return {
    taskId,
    kind: resource?.kind ?? 'technician',
    resourceId: resource?.id ?? '',
    startDate: day,
    endDate: day,
    from: '09:00',
    to: '18:00',
    status: 'CONFIRMED',
    note: '',
  };
}

function checkBooking(v: BookingValues): { field: BookingField; key: Key } | null {
  if (!v.taskId) return { field: 'taskId', key: 'booking.taskRequired' };
  if (!v.resourceId) return { field: 'resourceId', key: v.kind === 'technician' ? 'booking.technicianRequired' : 'booking.roomRequired' };
  if (!DATE.test(v.startDate)) return { field: 'startDate', key: 'task.dateRequired' };
  if (!DATE.test(v.endDate)) return { field: 'endDate', key: 'task.dateRequired' };
  if (v.endDate < v.startDate) return { field: 'endDate', key: 'task.endBeforeStart' };
  if (dayNumber(v.endDate) - dayNumber(v.startDate) > 366) return { field: 'endDate', key: 'booking.tooLong' };
  if (!CLOCK.test(v.from)) return { field: 'from', key: 'booking.badClock' };
  if (!CLOCK.test(v.to)) return { field: 'to', key: 'booking.badClock' };
  if (v.to <= v.from) return { field: 'to', key: 'booking.endBeforeStart' };
  return null;
}

export function bookingInput(v: BookingValues): Checked<BookingInput, BookingField> {
  const bad = checkBooking(v);
  if (bad) return bad;
  return {
    input: {
      taskId: v.taskId,
      ...(v.kind === 'technician' ? { technicianId: v.resourceId } : { roomId: v.resourceId }),
      startDate: v.startDate,
      endDate: v.endDate,
      from: v.from,
      to: v.to,
      status: v.status,
      note: v.note.trim() || null,
    },
  };
}

/** The edit of an existing booking (its task stays). */
export function bookingMoveInput(v: BookingValues): Checked<BookingMoveInput, BookingField> {
  const bad = checkBooking(v);
  if (bad) return bad;
  return {
    input: {
      startDate: v.startDate,
      endDate: v.endDate,
      ...(v.kind === 'technician' ? { technicianId: v.resourceId } : { roomId: v.resourceId }),
      status: v.status,
      from: v.from,
      to: v.to,
      note: v.note.trim(),
    },
  };
}
