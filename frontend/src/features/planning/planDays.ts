// The days a booking really takes place, as the API gives them (`Booking.days`: a weekend inside
// a long booking is not worked unless its task allows it), for the views that list by day.

export interface WithDays {
  days: readonly string[];
}

/** The bookings of each day of `days` (the days they really take place), in their order. */
export function bookingsByDay<B extends WithDays>(bookings: readonly B[], days: readonly string[]): Map<string, B[]> {
  const wanted = new Set(days);
  const out = new Map<string, B[]>();
  for (const b of bookings) {
    for (const d of b.days) {
      if (!wanted.has(d)) continue;
      const list = out.get(d);
      if (list) list.push(b);
      else out.set(d, [b]);
    }
  }
  return out;
}

/** Groups bookings under each day they take place within [from, to], in date order; days without any are left out. */
export function groupByBookedDay<B extends WithDays>(bookings: readonly B[], from: string, to: string): { date: string; items: B[] }[] {
  const out = new Map<string, B[]>();
  for (const b of bookings) {
    for (const d of b.days) {
      if (d < from || d > to) continue;
      const list = out.get(d);
      if (list) list.push(b);
      else out.set(d, [b]);
    }
  }
  return [...out.keys()].sort().map((date) => ({ date, items: out.get(date)! }));
}

/** Whether a booking takes place on `day`. */
export function takesPlaceOn(b: WithDays, day: string): boolean {
  return b.days.includes(day);
}
