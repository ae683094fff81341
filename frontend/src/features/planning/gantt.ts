// Pure helpers for the planning views: where things go on a day scale, how bookings stack
// in a row, how a list is grouped by day. No DOM here, so all of it is unit-tested.
import { addDays, dayNumber, diffDays, eachDay, endOfWeek, maxDate, minDate, startOfWeek } from '../../lib/dates';

/** The left edge, in pixels, of a date's column on a scale starting at `origin`. */
export function dateToX(date: string, origin: string, dayWidth: number): number {
  return diffDays(origin, date) * dayWidth;
}

/** The day under a pixel offset from the scale's left edge (the column it falls in). */
export function xToDate(x: number, origin: string, dayWidth: number): string {
  return addDays(origin, Math.floor(x / dayWidth));
}

/** Whole days a horizontal drag of `dx` pixels amounts to, rounded to the nearest day. */
export function dragDays(dx: number, dayWidth: number): number {
  const n = Math.round(dx / dayWidth);
  return n === 0 ? 0 : n; // no -0
}

/** A bar from the start of its first day to the end of its last one. */
export function barGeometry(start: string, end: string, origin: string, dayWidth: number): { left: number; width: number } {
  const left = dateToX(start, origin, dayWidth);
  const days = Math.max(diffDays(start, end) + 1, 1);
  return { left, width: days * dayWidth };
}

export interface Span {
  startDate: string;
  endDate: string;
}

/**
 * The days a Gantt shows: whole weeks (Monday to Sunday) around the tasks, the deadline
 * and, when it is near, today; a week of margin on each side.
 */
export function ganttRange(spans: readonly Span[], deadline: string | null | undefined, today: string): { from: string; to: string } {
  let from: string | null = null;
  let to: string | null = null;
  for (const s of spans) {
    from = from === null ? s.startDate : minDate(from, s.startDate);
    to = to === null ? s.endDate : maxDate(to, s.endDate);
  }
  if (deadline) {
    from = from === null ? deadline : minDate(from, deadline);
    to = to === null ? deadline : maxDate(to, deadline);
  }
  if (from === null || to === null) {
    from = today;
    to = addDays(today, 27);
  } else if (dayNumber(today) >= dayNumber(from) - 30 && dayNumber(today) <= dayNumber(to) + 30) {
    // Today is shown when it is within a month of the plan, not when the plan is long past.
    from = minDate(from, today);
    to = maxDate(to, today);
  }
  return { from: startOfWeek(addDays(from, -7)), to: endOfWeek(addDays(to, 7)) };
}

export interface Segment {
  /** First day of the segment (inside the range). */
  start: string;
  /** Number of days of the range the segment covers. */
  days: number;
}

/** The weeks of a range (each cut to the range), for the scale's labels. */
export function weekSegments(from: string, to: string): Segment[] {
  const out: Segment[] = [];
  let d = from;
  while (d <= to) {
    const end = minDate(endOfWeek(d), to);
    out.push({ start: d, days: diffDays(d, end) + 1 });
    d = addDays(end, 1);
  }
  return out;
}

/** The months of a range (each cut to the range). */
export function monthSegments(from: string, to: string): Segment[] {
  const out: Segment[] = [];
  let start = from;
  let days = 0;
  for (const d of eachDay(from, to)) {
    if (d.slice(0, 7) !== start.slice(0, 7)) {
      out.push({ start, days });
      start = d;
      days = 0;
    }
    days++;
  }
  if (days > 0) out.push({ start, days });
  return out;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * An SVG path from a predecessor's bar to its dependent's: down from just inside the end
 * of the predecessor, then across into the dependent's start, the usual way of drawing
 * "finish, then start" (it also reads when the dependent starts too early: it then points
 * back left). `from` is the predecessor's end at the bottom of its bar, `to` the middle of
 * the dependent's start; `inset` keeps the drop inside the predecessor's bar.
 */
export function connectorPath(from: Point, to: Point, inset = 6): string {
  const x = from.x - inset;
  return `M${x},${from.y} V${to.y} H${to.x}`;
}

export interface Laned<T> {
  item: T;
  lane: number;
}

/**
 * Stacks intervals in lanes so that none overlaps another in its lane (greedy, by start):
 * a resource booked twice on a day shows both bookings, one above the other.
 */
export function assignLanes<T extends Span>(items: readonly T[]): { laned: Laned<T>[]; lanes: number } {
  const sorted = [...items].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  const laneEnds: string[] = [];
  const laned: Laned<T>[] = [];
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end < item.startDate);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.endDate);
    } else {
      laneEnds[lane] = item.endDate;
    }
    laned.push({ item, lane });
  }
  return { laned, lanes: Math.max(laneEnds.length, 1) };
}

export interface DayGroup<T> {
  date: string;
  items: T[];
}

/**
 * Groups items spanning several days under each day of [from, to] they cover, in date
 * order; `keep` leaves out the days an item does not really take place (a weekend for a
 * task that is not worked on weekends). Days without items are left out.
 */
export function groupByDay<T extends Span>(
  items: readonly T[],
  from: string,
  to: string,
  keep: (item: T, date: string) => boolean = () => true,
): DayGroup<T>[] {
  const out: DayGroup<T>[] = [];
  for (const date of eachDay(from, to)) {
    const onDay = items.filter((i) => i.startDate <= date && i.endDate >= date && keep(i, date));
    if (onDay.length > 0) out.push({ date, items: onDay });
  }
  return out;
}

/** Clips a span to a range, or null when they do not meet. */
export function clip(span: Span, from: string, to: string): Span | null {
  if (span.endDate < from || span.startDate > to) return null;
  return { startDate: maxDate(span.startDate, from), endDate: minDate(span.endDate, to) };
}

/** A booking moved so that it starts on `start`, keeping its length in calendar days. */
export function moveKeepingLength(span: Span, start: string): Span {
  return { startDate: start, endDate: addDays(start, diffDays(span.startDate, span.endDate)) };
}
