package invoicing

import (
	"testing"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

func TestDueDateAndPenalties(t *testing.T) {
	d := func(s string) dates.Date { v, _ := dates.Parse(s); return v }
	for _, c := range []struct {
		issue string
		days  int
		eom   bool
		want  string
	}{
		{"2026-01-15", 30, false, "2026-02-14"},
		{"2026-01-15", 45, true, "2026-03-17"}, // end of January + 45 days
		{"2026-02-10", 0, true, "2026-02-28"},
		{"2026-12-31", 60, false, "2027-03-01"},
	} {
		if got := DueDate(d(c.issue), c.days, c.eom).String(); got != c.want {
			t.Errorf("DueDate(%s, %d, %v) = %s, want %s", c.issue, c.days, c.eom, got, c.want)
		}
	}
	if n := DaysLate(d("2026-03-01"), d("2026-03-01")); n != 0 {
		t.Errorf("on the due date: %d days late", n)
	}
	if n := DaysLate(d("2026-03-01"), d("2026-04-01")); n != 31 {
		t.Errorf("a month later: %d days late", n)
	}
	for _, c := range []struct {
		balance money.Cents
		rate    money.Rate
		days    int
		want    money.Cents
	}{
		{120000, 1215, 31, 1238}, // 12.383… → 12.38
		{100000, 1000, 365, 10000},
		{99, 1215, 1, 0}, // 0.0033 → 0.00
		{-500, 1215, 10, 0},
	} {
		if got := LatePenalties(c.balance, c.rate, c.days); got != c.want {
			t.Errorf("LatePenalties(%s, %s, %d) = %s, want %s", c.balance, c.rate, c.days, got, c.want)
		}
	}
}

func TestIBAN(t *testing.T) {
	for iban, ok := range map[string]bool{"FR7630006000011234567890189": true, "FR7630006000011234567890188": false, "GB82WEST12345698765432": true, "FR76": false} {
		if ValidIBAN(iban) != ok {
			t.Errorf("ValidIBAN(%s) != %v", iban, ok)
		}
	}
}
