// Package calendar is the French working calendar of the trade: Monday to
// Friday minus the eleven public holidays. Planning, payroll majorations and
// deadlines all count days with it, so it must be exact and cheap.
package calendar

import (
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// Holiday is a French public holiday (jour férié).
type Holiday struct {
	Date   dates.Date
	NameFR string
	NameEN string
}

// Easter returns Easter Sunday of the Gregorian calendar (the anonymous
// Meeus/Jones/Butcher computus), from which four holidays follow.
func Easter(year int) dates.Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dates.Date{Year: year, Month: time.Month(month), Day: day}
}

// Holidays returns the eleven public holidays of year, sorted by date. When
// Ascension falls on 1 or 8 May (as in 2008) both holidays are listed, the
// fixed one first, so the list always has eleven entries. The slice is the
// caller's to modify.
func Holidays(year int) []Holiday {
	return slices.Clone(yearOf(year).holidays)
}

// HolidayOn reports the holiday falling on d; on a date holding two of them
// it returns the fixed one (Fête du Travail rather than Ascension).
func HolidayOn(d dates.Date) (Holiday, bool) {
	d = normalize(d)
	for _, h := range yearOf(d.Year).holidays {
		if h.Date == d {
			return h, true
		}
	}
	return Holiday{}, false
}

// IsWorkingDay reports whether d is a Monday to Friday that is not a public
// holiday.
func IsWorkingDay(d dates.Date) bool {
	return at(d).working()
}

// NextWorkingDay returns d itself when it is a working day, else the first
// working day after it.
func NextWorkingDay(d dates.Date) dates.Date {
	c := at(d)
	for !c.working() {
		c.next()
	}
	return c.date()
}

// AddWorkingDays counts n working days from d, never counting d itself:
//
//   - n > 0: the n-th working day strictly after d (Friday + 1 is Monday; a
//     Saturday + 1 is also Monday, the first working day after it);
//   - n < 0: the |n|-th working day strictly before d (Monday − 1 is Friday);
//   - n == 0: d when it is a working day, else the next working day, so that
//     the result is always a working day.
//
// Weekends and public holidays are skipped and never counted, so
// AddWorkingDays(d, a+b) == AddWorkingDays(AddWorkingDays(d, a), b) for a,
// b of the same sign.
func AddWorkingDays(d dates.Date, n int) dates.Date {
	if n == 0 {
		return NextWorkingDay(d)
	}
	c := at(d)
	for n > 0 {
		c.next()
		if c.working() {
			n--
		}
	}
	for n < 0 {
		c.prev()
		if c.working() {
			n++
		}
	}
	return c.date()
}

// WorkingDays lists the working days from from to to, both included; it is
// empty when to is before from.
func WorkingDays(from, to dates.Date) []dates.Date {
	n := CountWorkingDays(from, to)
	if n == 0 {
		return nil
	}
	out := make([]dates.Date, 0, n)
	c, end := at(from), at(to)
	for ; !end.before(c); c.next() {
		if c.working() {
			out = append(out, c.date())
		}
	}
	return out
}

// CountWorkingDays counts the working days from from to to, both included;
// it is 0 when to is before from.
func CountWorkingDays(from, to dates.Date) int {
	c, end := at(from), at(to)
	n := 0
	for ; !end.before(c); c.next() {
		if c.working() {
			n++
		}
	}
	return n
}

// yearData is what a year contributes to day tests: its holidays and a bit
// per day of the year (0-based) telling whether that day is one.
type yearData struct {
	holidays []Holiday
	mask     [6]uint64 // 366 bits
}

func (y *yearData) isHoliday(doy int) bool { return y.mask[doy>>6]&(1<<(doy&63)) != 0 }

// Years in this range are cached in a plain array of atomic pointers: a hot
// loop then pays one load per year change, with no lock, hashing or boxing
// (a sync.Map keyed by int would allocate on every lookup of a year > 255).
const (
	firstCached = 1900
	lastCached  = 2299
)

var (
	cached  [lastCached - firstCached + 1]atomic.Pointer[yearData]
	farAway sync.Map // int -> *yearData, for years outside the array
)

func yearOf(year int) *yearData {
	if year >= firstCached && year <= lastCached {
		p := &cached[year-firstCached]
		if y := p.Load(); y != nil {
			return y
		}
		// Two goroutines may build the same year at once; both results are
		// equal, so keeping either is fine.
		y := build(year)
		p.CompareAndSwap(nil, y)
		return p.Load()
	}
	if y, ok := farAway.Load(year); ok {
		return y.(*yearData)
	}
	y, _ := farAway.LoadOrStore(year, build(year))
	return y.(*yearData)
}

func build(year int) *yearData {
	easter := Easter(year)
	on := func(m time.Month, d int) dates.Date { return dates.Date{Year: year, Month: m, Day: d} }
	// Listed fixed-first so that the stable sort below keeps 1 or 8 May
	// ahead of an Ascension falling on the same day.
	hs := []Holiday{
		{on(time.January, 1), "Jour de l'an", "New Year's Day"},
		{on(time.May, 1), "Fête du Travail", "Labour Day"},
		{on(time.May, 8), "Victoire 1945", "Victory in Europe Day"},
		{on(time.July, 14), "Fête nationale", "Bastille Day"},
		{on(time.August, 15), "Assomption", "Assumption Day"},
		{on(time.November, 1), "Toussaint", "All Saints' Day"},
		{on(time.November, 11), "Armistice 1918", "Armistice Day"},
		{on(time.December, 25), "Noël", "Christmas Day"},
		{easter.AddDays(1), "Lundi de Pâques", "Easter Monday"},
		{easter.AddDays(39), "Ascension", "Ascension Day"},
		{easter.AddDays(50), "Lundi de Pentecôte", "Whit Monday"},
	}
	slices.SortStableFunc(hs, func(a, b Holiday) int {
		return dayOfYear(a.Date) - dayOfYear(b.Date)
	})
	y := &yearData{holidays: hs}
	for _, h := range hs {
		doy := dayOfYear(h.Date)
		y.mask[doy>>6] |= 1 << (doy & 63)
	}
	return y
}

// The cursor walks the calendar one day at a time without going through
// time.Time: the year, the day of the year and the weekday advance
// together, which keeps working-day loops to a few instructions per day.
type cursor struct {
	year, doy int
	wd        time.Weekday
	y         *yearData
}

func at(d dates.Date) cursor {
	d = normalize(d)
	return cursor{year: d.Year, doy: dayOfYear(d), wd: weekday(d), y: yearOf(d.Year)}
}

func (c cursor) working() bool {
	return c.wd != time.Saturday && c.wd != time.Sunday && !c.y.isHoliday(c.doy)
}

func (c *cursor) next() {
	c.wd = (c.wd + 1) % 7
	c.doy++
	if c.doy == daysIn(c.year) {
		c.year++
		c.doy = 0
		c.y = yearOf(c.year)
	}
}

func (c *cursor) prev() {
	c.wd = (c.wd + 6) % 7
	c.doy--
	if c.doy < 0 {
		c.year--
		c.doy = daysIn(c.year) - 1
		c.y = yearOf(c.year)
	}
}

func (c cursor) before(o cursor) bool {
	return c.year < o.year || c.year == o.year && c.doy < o.doy
}

func (c cursor) date() dates.Date {
	leap := 0
	if isLeap(c.year) {
		leap = 1
	}
	m := 1
	for m < 12 && c.doy >= monthStart[m]+leap*b2i(m >= 2) {
		m++
	}
	return dates.Date{Year: c.year, Month: time.Month(m), Day: c.doy - monthStart[m-1] - leap*b2i(m > 2) + 1}
}

// monthStart[m] is the 0-based day of the year on which month m+1 starts in
// a common year.
var monthStart = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func monthLen(y int, m time.Month) int {
	if m == time.December {
		return 31
	}
	return monthStart[m] - monthStart[m-1] + b2i(m == time.February && isLeap(y))
}

func daysIn(y int) int { return 365 + b2i(isLeap(y)) }

func dayOfYear(d dates.Date) int {
	return monthStart[d.Month-1] + b2i(d.Month > time.February && isLeap(d.Year)) + d.Day - 1
}

// normalize folds an out-of-range day or month (31 April, month 13) the way
// time.Date does, so that the arithmetic above only sees real dates.
func normalize(d dates.Date) dates.Date {
	if d.Month >= time.January && d.Month <= time.December && d.Day >= 1 &&
		(d.Day <= 28 || d.Day <= monthLen(d.Year, d.Month)) {
		return d
	}
	return dates.Of(d.Time())
}

// weekday uses days since the civil epoch (H. Hinnant's days_from_civil)
// rather than time.Time, which costs a conversion per call.
func weekday(d dates.Date) time.Weekday {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468 // 0 = Thursday 1 January 1970
	return time.Weekday(((days+4)%7 + 7) % 7)
}
