import { describe, expect, it } from 'vitest';
import { formatClock, formatMinutes, newClientId, parseBreak, parseClock, sessionLength } from './slips';

describe('session length', () => {
  it('is the span less the break within a day', () => {
    expect(sessionLength('2026-11-26', '09:00', '18:00', 60)).toEqual({
      ok: true,
      value: { spanMinutes: 540, workedMinutes: 480, overnight: false },
    });
  });

  it('goes past midnight when the end comes before the start', () => {
    expect(sessionLength('2026-11-26', '20:00', '02:00', 30)).toEqual({
      ok: true,
      value: { spanMinutes: 360, workedMinutes: 330, overnight: true },
    });
    expect(sessionLength(null, '23:30', '00:15')).toEqual({ ok: true, value: { spanMinutes: 45, workedMinutes: 45, overnight: true } });
  });

  it('accepts a call-sheet night written past 24:00', () => {
    expect(sessionLength('2026-11-26', '20:00', '26:00')).toEqual({ ok: true, value: { spanMinutes: 360, workedMinutes: 360, overnight: true } });
  });

  it('counts the hour gained or lost when the clocks change during the night', () => {
    // 25/10/2026: 03:00 becomes 02:00 in Paris, a night shift is an hour longer.
    expect(sessionLength('2026-10-24', '22:00', '06:00')).toMatchObject({ ok: true, value: { spanMinutes: 9 * 60 } });
    // 29/03/2026: 02:00 becomes 03:00, an hour shorter.
    expect(sessionLength('2026-03-28', '22:00', '06:00')).toMatchObject({ ok: true, value: { spanMinutes: 7 * 60 } });
    // Without a date, the wall clock only.
    expect(sessionLength(null, '22:00', '06:00')).toMatchObject({ ok: true, value: { spanMinutes: 8 * 60 } });
  });

  it('names what is wrong', () => {
    expect(sessionLength(null, '', '18:00')).toEqual({ ok: false, problem: 'start' });
    expect(sessionLength(null, '24:30', '26:00')).toEqual({ ok: false, problem: 'start' });
    expect(sessionLength(null, '09:00', '9h')).toEqual({ ok: false, problem: 'end' });
    expect(sessionLength(null, '09:00', '09:00')).toEqual({ ok: false, problem: 'same' });
    expect(sessionLength(null, '09:00', '10:00', 60)).toEqual({ ok: false, problem: 'break' });
    expect(sessionLength(null, '09:00', '34:00')).toEqual({ ok: false, problem: 'tooLong' });
    expect(sessionLength(null, '09:00', '10:00', -30)).toEqual({ ok: false, problem: 'breakNegative' });
    expect(sessionLength(null, '09:00', '10:00', Number.NaN)).toEqual({ ok: false, problem: 'breakNumber' });
  });

  it('reads a typed break as it is, a negative one included (never silently 0)', () => {
    expect(parseBreak('45')).toBe(45);
    expect(parseBreak(' -30 ')).toBe(-30);
    expect(parseBreak('\u221230')).toBe(-30);
    expect(parseBreak('')).toBeNaN();
    expect(parseBreak('12.5')).toBeNaN();
    expect(parseBreak('abc')).toBeNaN();
  });
});

describe('clock and duration formats', () => {
  it('parses HH:MM up to 47 h', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('26:00')).toBe(1560);
    expect(parseClock('48:00')).toBeNull();
    expect(parseClock('9:60')).toBeNull();
    expect(formatClock(1560)).toBe('02:00');
  });

  it('writes hours the French way', () => {
    expect(formatMinutes(750)).toBe('12\u00a0h\u00a030');
    expect(formatMinutes(480)).toBe('8\u00a0h');
    expect(formatMinutes(45)).toBe('45\u00a0min');
    expect(formatMinutes(545)).toBe('9\u00a0h\u00a005');
    expect(formatMinutes(-90)).toBe('\u22121\u00a0h\u00a030');
    expect(formatMinutes(0)).toBe('0\u00a0h');
  });

  it('makes UUIDs', () => {
    const a = newClientId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(a);
  });
});
