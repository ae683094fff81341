package calendar

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/postprod/postprod/internal/kernel/dates"
)

func d(t testing.TB, s string) dates.Date {
	t.Helper()
	v, err := dates.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestEaster(t *testing.T) {
	for _, tc := range []struct {
		year int
		want string
	}{
		{1818, "1818-03-22"}, // earliest possible
		{1943, "1943-04-25"}, // latest possible
		{2000, "2000-04-23"},
		{2008, "2008-03-23"},
		{2019, "2019-04-21"},
		{2024, "2024-03-31"},
		{2025, "2025-04-20"},
		{2026, "2026-04-05"},
		{2027, "2027-03-28"},
		{2038, "2038-04-25"},
		{2285, "2285-03-22"},
	} {
		if got := Easter(tc.year); got != d(t, tc.want) {
			t.Errorf("Easter(%d) = %s, want %s", tc.year, got, tc.want)
		}
	}
}

func TestHolidays(t *testing.T) {
	type h struct{ date, fr, en string }
	for _, tc := range []struct {
		year int
		want []h
	}{
		{2026, []h{
			{"2026-01-01", "Jour de l'an", "New Year's Day"},
			{"2026-04-06", "Lundi de Pâques", "Easter Monday"},
			{"2026-05-01", "Fête du Travail", "Labour Day"},
			{"2026-05-08", "Victoire 1945", "Victory in Europe Day"},
			{"2026-05-14", "Ascension", "Ascension Day"},
			{"2026-05-25", "Lundi de Pentecôte", "Whit Monday"},
			{"2026-07-14", "Fête nationale", "Bastille Day"},
			{"2026-08-15", "Assomption", "Assumption Day"},
			{"2026-11-01", "Toussaint", "All Saints' Day"},
			{"2026-11-11", "Armistice 1918", "Armistice Day"},
			{"2026-12-25", "Noël", "Christmas Day"},
		}},
		{2027, []h{
			{"2027-01-01", "Jour de l'an", "New Year's Day"},
			{"2027-03-29", "Lundi de Pâques", "Easter Monday"},
			{"2027-05-01", "Fête du Travail", "Labour Day"},
			{"2027-05-06", "Ascension", "Ascension Day"},
			{"2027-05-08", "Victoire 1945", "Victory in Europe Day"},
			{"2027-05-17", "Lundi de Pentecôte", "Whit Monday"},
			{"2027-07-14", "Fête nationale", "Bastille Day"},
			{"2027-08-15", "Assomption", "Assumption Day"},
			{"2027-11-01", "Toussaint", "All Saints' Day"},
			{"2027-11-11", "Armistice 1918", "Armistice Day"},
			{"2027-12-25", "Noël", "Christmas Day"},
		}},
		// Ascension on 1 May: both kept, the fixed holiday first.
		{2008, []h{
			{"2008-01-01", "Jour de l'an", "New Year's Day"},
			{"2008-03-24", "Lundi de Pâques", "Easter Monday"},
			{"2008-05-01", "Fête du Travail", "Labour Day"},
			{"2008-05-01", "Ascension", "Ascension Day"},
			{"2008-05-08", "Victoire 1945", "Victory in Europe Day"},
			{"2008-05-12", "Lundi de Pentecôte", "Whit Monday"},
			{"2008-07-14", "Fête nationale", "Bastille Day"},
			{"2008-08-15", "Assomption", "Assumption Day"},
			{"2008-11-01", "Toussaint", "All Saints' Day"},
			{"2008-11-11", "Armistice 1918", "Armistice Day"},
			{"2008-12-25", "Noël", "Christmas Day"},
		}},
	} {
		got := Holidays(tc.year)
		if len(got) != len(tc.want) {
			t.Fatalf("Holidays(%d): %d holidays, want %d", tc.year, len(got), len(tc.want))
		}
		for i, w := range tc.want {
			if got[i] != (Holiday{d(t, w.date), w.fr, w.en}) {
				t.Errorf("Holidays(%d)[%d] = %+v, want %+v", tc.year, i, got[i], w)
			}
			hol, ok := HolidayOn(d(t, w.date))
			if !ok || hol.Date != d(t, w.date) {
				t.Errorf("HolidayOn(%s) = %+v, %v", w.date, hol, ok)
			}
		}
	}
	if h, _ := HolidayOn(d(t, "2008-05-01")); h.NameFR != "Fête du Travail" {
		t.Errorf("HolidayOn(2008-05-01) = %q, want the fixed holiday", h.NameFR)
	}
	if _, ok := HolidayOn(d(t, "2026-05-02")); ok {
		t.Error("2026-05-02 is not a holiday")
	}
	// The cache must not be shared with callers.
	mine := Holidays(2026)
	mine[0].NameFR = "x"
	if Holidays(2026)[0].NameFR != "Jour de l'an" {
		t.Error("Holidays returned the cached slice")
	}
}

func TestHolidaysSortedEveryYear(t *testing.T) {
	for y := 1583; y <= 2500; y++ {
		hs := Holidays(y)
		if len(hs) != 11 {
			t.Fatalf("%d: %d holidays", y, len(hs))
		}
		for i := 1; i < len(hs); i++ {
			if hs[i].Date.Before(hs[i-1].Date) {
				t.Fatalf("%d: not sorted at %d: %v", y, i, hs)
			}
		}
		if e := Easter(y); e.Weekday() != time.Sunday {
			t.Fatalf("Easter(%d) = %s is a %s", y, e, e.Weekday())
		}
	}
}

func TestIsWorkingDay(t *testing.T) {
	for _, tc := range []struct {
		date string
		want bool
	}{
		{"2026-03-12", true},  // Thursday
		{"2026-03-14", false}, // Saturday
		{"2026-03-15", false}, // Sunday
		{"2026-01-01", false}, // Jour de l'an, Thursday
		{"2026-01-02", true},  // Friday
		{"2026-04-06", false}, // Lundi de Pâques
		{"2026-04-07", true},
		{"2026-05-01", false}, // Friday holiday
		{"2026-05-08", false}, // Friday holiday
		{"2026-05-14", false}, // Ascension
		{"2026-05-15", true},  // the "pont" is a working day
		{"2026-05-25", false}, // Lundi de Pentecôte
		{"2026-07-14", false},
		{"2026-08-14", true},
		{"2026-11-11", false},
		{"2026-12-24", true},
		{"2026-12-25", false},
		{"2027-03-29", false},
		{"2027-05-06", false},
		{"2027-05-17", false},
		{"2028-02-29", true}, // leap day, Tuesday
	} {
		if got := IsWorkingDay(d(t, tc.date)); got != tc.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tc.date, got, tc.want)
		}
	}
}

func TestAddWorkingDays(t *testing.T) {
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-03-11", 1, "2026-03-12"},  // Wed → Thu
		{"2026-03-13", 1, "2026-03-16"},  // Fri → Mon
		{"2026-03-16", -1, "2026-03-13"}, // Mon → Fri
		{"2026-03-14", 1, "2026-03-16"},  // Sat → Mon
		{"2026-03-14", -1, "2026-03-13"}, // Sat → Fri
		{"2026-03-14", 0, "2026-03-16"},  // Sat, 0 → next working day
		{"2026-03-12", 0, "2026-03-12"},  // working day, 0 → itself
		{"2026-03-09", 10, "2026-03-23"}, // two full weeks
		{"2026-03-23", -10, "2026-03-09"},
		// 1 May and 8 May 2026 are Fridays.
		{"2026-04-30", 1, "2026-05-04"},
		{"2026-05-04", -1, "2026-04-30"},
		{"2026-05-01", 0, "2026-05-04"},
		{"2026-05-01", 1, "2026-05-04"},
		{"2026-05-01", -1, "2026-04-30"},
		{"2026-05-07", 1, "2026-05-11"},
		{"2026-04-30", 5, "2026-05-11"},
		{"2026-05-11", -5, "2026-04-30"},
		{"2026-04-29", 8, "2026-05-13"},
		// Ascension Thursday and Whit Monday 2026.
		{"2026-05-13", 1, "2026-05-15"},
		{"2026-05-15", -1, "2026-05-13"},
		{"2026-05-22", 1, "2026-05-26"},
		{"2026-05-26", -1, "2026-05-22"},
		// Christmas and New Year: 25 Dec 2026 and 1 Jan 2027 are Fridays.
		{"2026-12-24", 1, "2026-12-28"},
		{"2026-12-23", 3, "2026-12-29"},
		{"2026-12-31", 1, "2027-01-04"},
		{"2027-01-04", -1, "2026-12-31"},
		{"2027-01-04", -3, "2026-12-29"},
		{"2026-12-25", 0, "2026-12-28"},
		{"2027-01-01", 0, "2027-01-04"},
		{"2027-12-31", 1, "2028-01-03"},
		{"2028-02-28", 1, "2028-02-29"},
		{"2026-01-02", -1, "2025-12-31"},
		{"2026-01-02", 252, "2027-01-04"}, // 2026 has 252 working days
	} {
		if got := AddWorkingDays(d(t, tc.from), tc.n); got != d(t, tc.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestNextWorkingDay(t *testing.T) {
	for _, tc := range []struct{ from, want string }{
		{"2026-03-12", "2026-03-12"},
		{"2026-03-14", "2026-03-16"},
		{"2026-04-04", "2026-04-07"}, // Easter weekend then Easter Monday
		{"2026-12-25", "2026-12-28"},
	} {
		if got := NextWorkingDay(d(t, tc.from)); got != d(t, tc.want) {
			t.Errorf("NextWorkingDay(%s) = %s, want %s", tc.from, got, tc.want)
		}
	}
}

func TestWorkingDays(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     []string
	}{
		{"2026-04-30", "2026-05-11", []string{"2026-04-30", "2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07", "2026-05-11"}},
		{"2026-12-24", "2027-01-05", []string{"2026-12-24", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04", "2027-01-05"}},
		{"2026-03-12", "2026-03-12", []string{"2026-03-12"}},
		{"2026-03-14", "2026-03-15", nil},
		{"2026-03-13", "2026-03-12", nil},
	} {
		var want []dates.Date
		for _, s := range tc.want {
			want = append(want, d(t, s))
		}
		got := WorkingDays(d(t, tc.from), d(t, tc.to))
		if !slices.Equal(got, want) {
			t.Errorf("WorkingDays(%s, %s) = %v, want %v", tc.from, tc.to, got, want)
		}
		if n := CountWorkingDays(d(t, tc.from), d(t, tc.to)); n != len(want) {
			t.Errorf("CountWorkingDays(%s, %s) = %d, want %d", tc.from, tc.to, n, len(want))
		}
	}
}

func TestCountWorkingDays(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     int
	}{
		{"2026-05-01", "2026-05-31", 17}, // 21 weekdays − 1, 8, 14, 25 May
		{"2026-12-01", "2026-12-31", 22},
		{"2026-01-01", "2026-12-31", 252},
		{"2027-01-01", "2027-12-31", 254}, // 261 weekdays − 7 holidays on weekdays
		{"2026-04-27", "2026-05-03", 4},
		{"2026-03-14", "2026-03-14", 0},
		{"2026-03-16", "2026-03-13", 0},
	} {
		if got := CountWorkingDays(d(t, tc.from), d(t, tc.to)); got != tc.want {
			t.Errorf("CountWorkingDays(%s, %s) = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
}

// The fast cursor arithmetic is checked day by day against time.Time, over
// the cached years and beyond them on both sides.
func TestAgainstTime(t *testing.T) {
	holiday := map[dates.Date]bool{}
	for y := 1890; y <= 2310; y++ {
		for _, h := range Holidays(y) {
			holiday[h.Date] = true
		}
	}
	naive := func(x dates.Date) bool {
		wd := x.Weekday()
		return wd != time.Saturday && wd != time.Sunday && !holiday[x]
	}
	start := dates.Date{Year: 1895, Month: time.January, Day: 1}
	c := at(start)
	prevWorking := dates.Date{}
	for day := start; day.Year < 2305; day = day.AddDays(1) {
		if c.date() != day {
			t.Fatalf("cursor at %s, want %s", c.date(), day)
		}
		if weekday(day) != day.Weekday() {
			t.Fatalf("weekday(%s) = %s", day, weekday(day))
		}
		w := naive(day)
		if IsWorkingDay(day) != w {
			t.Fatalf("IsWorkingDay(%s) = %v", day, !w)
		}
		if prevWorking.Year != 0 {
			if got := AddWorkingDays(day, -1); got != prevWorking {
				t.Fatalf("AddWorkingDays(%s, -1) = %s, want %s", day, got, prevWorking)
			}
		}
		if w {
			prevWorking = day
		}
		c.next()
	}
	// and back again
	for i := 0; i < 800; i++ {
		c.prev()
	}
	want := dates.Date{Year: 2305, Month: time.January, Day: 1}.AddDays(-800)
	if got := c.date(); got != want {
		t.Fatalf("cursor after prev = %s, want %s", got, want)
	}
}

func TestOutOfRangeDates(t *testing.T) {
	// 31 April is 1 May, as time.Date would have it.
	if IsWorkingDay(dates.Date{Year: 2026, Month: time.April, Day: 31}) {
		t.Error("31 April 2026 should fold onto 1 May, a holiday")
	}
	if got := AddWorkingDays(dates.Date{Year: 2026, Month: 13, Day: 1}, 0); got != d(t, "2027-01-04") {
		t.Errorf("month 13 folds to January of next year, got %s", got)
	}
}

func BenchmarkAddWorkingDays(b *testing.B) {
	start := d(b, "2026-04-30")
	for b.Loop() {
		AddWorkingDays(start, 20)
	}
}

// The cache is filled lazily by whoever asks first; concurrent first uses
// of a year (in the array and beyond it) must agree. Run with -race.
func TestConcurrentFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	results := make([][]Holiday, 8)
	for g := range results {
		wg.Go(func() {
			for _, y := range []int{2150, 2450} {
				IsWorkingDay(dates.Date{Year: y, Month: time.May, Day: 1})
				results[g] = append(results[g], Holidays(y)...)
			}
		})
	}
	wg.Wait()
	for g := range results {
		if !slices.Equal(results[g], results[0]) {
			t.Fatalf("goroutine %d saw other holidays", g)
		}
	}
}
