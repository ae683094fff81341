// Session slips (bons de séance): times typed on a phone, the session's length, and the
// way hours are written on a French call sheet ("12 h 30").

/** Minutes since midnight for "HH:MM"; hours up to 47 as call sheets write a night ("26:00"). Null when not a time. */
export function parseClock(value: string): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 47 || min > 59) return null;
  return h * 60 + min;
}

/** "HH:MM" for minutes since midnight (wrapped to the day). */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris's offset from UTC, in ms, at an instant. */
function parisOffset(utcMs: number): number {
  const p = Object.fromEntries(parisParts.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute));
  return wall - Math.floor(utcMs / 60_000) * 60_000;
}

/** The instant of a wall-clock time in Paris: `minutes` after midnight of `date` ("YYYY-MM-DD"). */
export function parisInstant(date: string, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number);
  const naive = Date.UTC(y, m - 1, d) + minutes * 60_000;
  let utc = naive - parisOffset(naive);
  // Near a change of offset the first guess can be an hour off: correct it once.
  const again = naive - parisOffset(utc);
  if (again !== utc) utc = again;
  return utc;
}

export interface SessionLength {
  /** From start to end, break included. */
  spanMinutes: number;
  /** The span less the break. */
  workedMinutes: number;
  /** The end is on the next day. */
  overnight: boolean;
}

export type SessionProblem = 'start' | 'end' | 'same' | 'tooLong' | 'break' | 'breakNegative' | 'breakNumber';

/**
 * The break as typed: whole minutes, negative ones included (the server refuses them on the
 * break field, and so does the form: never silently 0); NaN when it is not a whole number.
 */
export function parseBreak(text: string): number {
  const m = /^\s*([-\u2212]?)\s*(\d{1,4})\s*$/.exec(text);
  if (!m) return Number.NaN;
  const n = Number(m[2]);
  return m[1] ? -n : n;
}

/**
 * The length of a session as the server derives it: an end before the start means after
 * midnight; with a date, the Paris clock change is honoured (a night across the October
 * change is an hour longer). Returns the problem when the times cannot make a session.
 */
export function sessionLength(
  date: string | null,
  start: string,
  end: string,
  breakMinutes = 0,
): { ok: true; value: SessionLength } | { ok: false; problem: SessionProblem } {
  const s = parseClock(start);
  if (s === null || s >= 1440) return { ok: false, problem: 'start' };
  let e = parseClock(end);
  if (e === null) return { ok: false, problem: 'end' };
  if (e === s) return { ok: false, problem: 'same' };
  const overnight = e < s || e >= 1440;
  if (e < s) e += 1440;
  const span =
    date && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? Math.round((parisInstant(date, e) - parisInstant(date, s)) / 60_000)
      : e - s;
  if (span <= 0) return { ok: false, problem: 'same' };
  if (span > 1440) return { ok: false, problem: 'tooLong' };
  if (!Number.isInteger(breakMinutes)) return { ok: false, problem: 'breakNumber' };
  if (breakMinutes < 0) return { ok: false, problem: 'breakNegative' };
  if (breakMinutes >= span) return { ok: false, problem: 'break' };
  return { ok: true, value: { spanMinutes: span, workedMinutes: span - breakMinutes, overnight } };
}

/** A duration the French way: "12 h 30", "8 h", "45 min", "−1 h 30", "0 h". */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '';
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (abs === 0) return '0\u00a0h';
  if (h === 0) return `${sign}${m}\u00a0min`;
  if (m === 0) return `${sign}${h}\u00a0h`;
  return `${sign}${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** A UUID for a new slip: randomUUID where the page is a secure context, else built from random bytes. */
export function newClientId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
