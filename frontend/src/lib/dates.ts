// Calendar dates ("YYYY-MM-DD") without time zones: the API's Date scalar is a day on the
// Paris calendar, so all arithmetic here is done on day numbers in UTC, where no day is
// ever 23 or 25 hours long.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a "YYYY-MM-DD" date. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** The "YYYY-MM-DD" date of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** Calendar days from a to b (negative when b is before a). */
export function diffDays(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Monday … 6 = Sunday, the French way of counting a week. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  return weekday(date) >= 5;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

/** The Monday of the date's week. */
export function startOfWeek(date: string): string {
  return addDays(date, -weekday(date));
}

export function endOfWeek(date: string): string {
  return addDays(startOfWeek(date), 6);
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return fromDayNumber(Math.round(Date.UTC(y, m, 0) / MS_PER_DAY));
}

/** The same day of the month `n` months later, clamped to the month's length. */
export function addMonths(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const d = Number(date.slice(8, 10));
  const first = fromDayNumber(Math.round(Date.UTC(y, m, 1) / MS_PER_DAY));
  const last = Number(endOfMonth(first).slice(8, 10));
  return `${first.slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const thursday = addDays(date, 3 - weekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(diffDays(jan1, thursday) / 7) + 1;
}

const parisDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and the minute of the day on a wall clock in Paris, where the productions are run. */
export function parisNow(now: Date = new Date()): { date: string; minute: number } {
  const parts = Object.fromEntries(parisDate.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** Today in Paris, "YYYY-MM-DD". */
export function todayParis(now: Date = new Date()): string {
  return parisNow(now).date;
}

export type IsWorkingDay = (date: string) => boolean;

/**
 * A working-day test from the dates the API's `workingDays(from, to)` gave for a range:
 * inside the range it is exact (public holidays included); outside, only weekends are known.
 */
export function workingDayTest(workingDays: readonly string[] | undefined, from: string, to: string): IsWorkingDay {
  if (!workingDays) return (d) => !isWeekend(d);
  const set = new Set(workingDays);
  return (d) => (d >= from && d <= to ? set.has(d) : !isWeekend(d));
}

/**
 * Mirrors the server's calendar.AddWorkingDays: n working days after (or before, when
 * negative) `date`; with n = 0, the date itself if it is a working day, else the next one.
 */
export function addWorkingDays(date: string, n: number, isWorking: IsWorkingDay): string {
  let n2 = dayNumber(date);
  if (n === 0) {
    while (!isWorking(fromDayNumber(n2))) n2++;
    return fromDayNumber(n2);
  }
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    n2 += step;
    if (isWorking(fromDayNumber(n2))) left--;
  }
  return fromDayNumber(n2);
}

/** Working days from `from` to `to`, both included. */
export function countWorkingDays(from: string, to: string, isWorking: IsWorkingDay): number {
  let n = 0;
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) if (isWorking(fromDayNumber(d))) n++;
  return n;
}

/**
 * The shift, in working days, that moves a task starting on `from` to start on `to` (what
 * `shiftTask` takes after a drag). A drop on a weekend or a holiday goes on in the direction
 * of the drag, to the next working day forwards or the previous one backwards, since a task
 * can only start on a working day.
 */
export function workingDaysBetween(from: string, to: string, isWorking: IsWorkingDay): number {
  if (to === from) return 0;
  if (to > from) {
    // Working days in (from, to], plus one if `to` is itself non-working (we go on to the next).
    let n = countWorkingDays(addDays(from, 1), to, isWorking);
    if (!isWorking(to)) n++;
    return n;
  }
  // Working days in [to, from), plus one if `to` is non-working (we go back to the previous).
  let n = countWorkingDays(to, addDays(from, -1), isWorking);
  if (!isWorking(to)) n++;
  return -n;
}
