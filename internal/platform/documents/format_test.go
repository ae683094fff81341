package documents

import (
	"testing"
	"time"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

func TestMoney(t *testing.T) {
	for _, c := range []struct {
		cents  money.Cents
		fr, en string
	}{
		{0, "0,00\u00a0€", "€0.00"},
		{5, "0,05\u00a0€", "€0.05"},
		{-5, "−0,05\u00a0€", "−€0.05"},
		{99999, "999,99\u00a0€", "€999.99"},
		{123456, "1\u202f234,56\u00a0€", "€1,234.56"},
		{-1250, "−12,50\u00a0€", "−€12.50"},
		{100000000, "1\u202f000\u202f000,00\u00a0€", "€1,000,000.00"},
		{-123456789012, "−1\u202f234\u202f567\u202f890,12\u00a0€", "−€1,234,567,890.12"},
	} {
		if got := Money(c.cents, FR); got != c.fr {
			t.Errorf("Money(%d, FR) = %q, want %q", c.cents, got, c.fr)
		}
		if got := Money(c.cents, EN); got != c.en {
			t.Errorf("Money(%d, EN) = %q, want %q", c.cents, got, c.en)
		}
	}
	if Euros(123456) != Money(123456, FR) {
		t.Error("Euros is not French money")
	}
}

func TestIntegerAndPercent(t *testing.T) {
	for _, c := range []struct {
		n      int64
		fr, en string
	}{{0, "0", "0"}, {999, "999", "999"}, {1000, "1\u202f000", "1,000"}, {-1234567, "−1\u202f234\u202f567", "−1,234,567"}} {
		if got := Integer(c.n, FR); got != c.fr {
			t.Errorf("Integer(%d, FR) = %q, want %q", c.n, got, c.fr)
		}
		if got := Integer(c.n, EN); got != c.en {
			t.Errorf("Integer(%d, EN) = %q, want %q", c.n, got, c.en)
		}
	}
	for _, c := range []struct {
		bp     int64
		fr, en string
	}{{2000, "20\u00a0%", "20%"}, {550, "5,50\u00a0%", "5.50%"}, {0, "0\u00a0%", "0%"}, {10000, "100\u00a0%", "100%"}, {1, "0,01\u00a0%", "0.01%"}, {-250, "−2,50\u00a0%", "−2.50%"}} {
		if got := Percent(c.bp, FR); got != c.fr {
			t.Errorf("Percent(%d, FR) = %q, want %q", c.bp, got, c.fr)
		}
		if got := Percent(c.bp, EN); got != c.en {
			t.Errorf("Percent(%d, EN) = %q, want %q", c.bp, got, c.en)
		}
	}
}

func TestDates(t *testing.T) {
	for _, c := range []struct {
		d                     dates.Date
		frLong, enLong, short string
	}{
		{dates.Date{Year: 2026, Month: 11, Day: 29}, "29 novembre 2026", "29 November 2026", "29/11/2026"},
		{dates.Date{Year: 2026, Month: 1, Day: 1}, "1er janvier 2026", "1 January 2026", "01/01/2026"},
		{dates.Date{Year: 2027, Month: 8, Day: 2}, "2 août 2027", "2 August 2027", "02/08/2027"},
		{dates.Date{Year: 2026, Month: 2, Day: 28}, "28 février 2026", "28 February 2026", "28/02/2026"},
		{dates.Date{Year: 2026, Month: 12, Day: 31}, "31 décembre 2026", "31 December 2026", "31/12/2026"},
	} {
		if got := DateLong(c.d, FR); got != c.frLong {
			t.Errorf("DateLong(%s, FR) = %q, want %q", c.d, got, c.frLong)
		}
		if got := DateLong(c.d, EN); got != c.enLong {
			t.Errorf("DateLong(%s, EN) = %q, want %q", c.d, got, c.enLong)
		}
		for _, l := range []Lang{FR, EN} {
			if got := DateShort(c.d, l); got != c.short {
				t.Errorf("DateShort(%s, %s) = %q, want %q", c.d, l, got, c.short)
			}
		}
	}
	// 23:30 UTC on 31 December is already New Year's Day in Paris.
	if got := DateOf(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)); got != (dates.Date{Year: 2027, Month: 1, Day: 1}) {
		t.Errorf("DateOf = %s", got)
	}
}

func TestPlurals(t *testing.T) {
	work := Noun{FR: "œuvre", FRPlural: "œuvres", EN: "work", ENPlural: "works"}
	for _, c := range []struct {
		n      int64
		fr, en string
	}{
		{0, "0 œuvre", "0 works"},
		{1, "1 œuvre", "1 work"},
		{2, "2 œuvres", "2 works"},
		{3, "3 œuvres", "3 works"},
		{1500, "1\u202f500 œuvres", "1,500 works"},
	} {
		if got := work.Count(c.n, FR); got != c.fr {
			t.Errorf("Count(%d, FR) = %q, want %q", c.n, got, c.fr)
		}
		if got := work.Count(c.n, EN); got != c.en {
			t.Errorf("Count(%d, EN) = %q, want %q", c.n, got, c.en)
		}
	}
}

func TestParseLangAndTruncate(t *testing.T) {
	for in, want := range map[string]Lang{"en": EN, "en-GB": EN, " EN ": EN, "fr": FR, "fr-FR": FR, "": FR, "de": FR} {
		if got := ParseLang(in); got != want {
			t.Errorf("ParseLang(%q) = %s", in, got)
		}
	}
	if got := Truncate("Les Enfants du paradis", 10); got != "Les Enfan…" {
		t.Errorf("Truncate = %q", got)
	}
	if got := Truncate("Œuvre", 5); got != "Œuvre" {
		t.Errorf("Truncate kept = %q", got)
	}
}
