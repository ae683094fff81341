import { describe, expect, it } from 'vitest';
import { bookingsByDay, groupByBookedDay, takesPlaceOn } from './planDays';

// A two-week booking whose weekend is not worked, and a booking put on a Sunday.
const long = { id: 'long', days: ['2026-03-05', '2026-03-06', '2026-03-09'] };
const sunday = { id: 'sunday', days: ['2026-03-08'] };

describe('the days a booking takes place', () => {
  it('groups by the days of the API, leaving out the weekend inside a long booking but not a Sunday booking', () => {
    expect(groupByBookedDay([long, sunday], '2026-03-06', '2026-03-31').map((g) => [g.date, g.items.map((b) => b.id)])).toEqual([
      ['2026-03-06', ['long']],
      ['2026-03-08', ['sunday']],
      ['2026-03-09', ['long']],
    ]);
  });
  it('gives each day of a period its bookings', () => {
    const m = bookingsByDay([long, sunday], ['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(m.get('2026-03-07')).toBeUndefined();
    expect(m.get('2026-03-08')?.map((b) => b.id)).toEqual(['sunday']);
    expect(m.get('2026-03-09')?.map((b) => b.id)).toEqual(['long']);
  });
  it('says whether a booking takes place on a day ("Ma journée")', () => {
    expect(takesPlaceOn(long, '2026-03-07')).toBe(false);
    expect(takesPlaceOn(sunday, '2026-03-08')).toBe(true);
  });
});
