// Calendar days as the app sees them: YYYY-MM-DD on a Paris wall clock.

/** Today on a Paris wall clock, YYYY-MM-DD. */
export function todayParis() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD is a Sunday. */
export function isSunday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
}

/** Whether a session [start, end) overlaps another ("HH:MM", the end possibly past midnight). */
export function overlaps(a, b) {
  const min = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = (s) => {
    const start = min(s.start);
    let end = min(s.end);
    if (end <= start) end += 24 * 60;
    return [start, end];
  };
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 < b1 && b0 < a1;
}
