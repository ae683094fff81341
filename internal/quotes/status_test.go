package quotes

import (
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
)

func TestEffectiveStatus(t *testing.T) {
	today := dates.Date{Year: 2026, Month: 12, Day: 1}
	for _, c := range []struct {
		stored db.QuoteStatus
		until  dates.Date
		want   db.QuoteStatus
		soon   bool
	}{
		{db.QuoteSent, today, db.QuoteSent, true},
		{db.QuoteSent, today.AddDays(-1), db.QuoteExpired, false},
		{db.QuoteSent, today.AddDays(7), db.QuoteSent, true},
		{db.QuoteSent, today.AddDays(8), db.QuoteSent, false},
		{db.QuoteDraft, today.AddDays(-1), db.QuoteDraft, false},
		{db.QuoteAccepted, today.AddDays(-1), db.QuoteAccepted, false},
	} {
		if got := EffectiveStatusOn(c.stored, c.until, today); got != c.want {
			t.Errorf("%s until %s: %s, want %s", c.stored, c.until, got, c.want)
		}
		if got := ExpiresSoonOn(c.stored, c.until, today); got != c.soon {
			t.Errorf("%s until %s: expires soon %v", c.stored, c.until, got)
		}
	}
}

func TestMoves(t *testing.T) {
	code := func(err error) apperr.Code {
		if err == nil {
			return ""
		}
		e, _ := apperr.As(err)
		return e.Code
	}
	for _, s := range db.AllQuoteStatuses {
		want := apperr.Conflict
		if s == db.QuoteDraft {
			want = ""
		}
		if got := code(CheckEditable(DocQuote, s)); got != want {
			t.Errorf("edit %s: %q", s, got)
		}
		wantRevise := apperr.Conflict
		if s == db.QuoteSent || s == db.QuoteRefused || s == db.QuoteExpired {
			wantRevise = ""
		}
		if got := code(CheckRevisable(s, true)); got != wantRevise {
			t.Errorf("revise %s: %q", s, got)
		}
		if got := code(CheckRevisable(s, false)); got != apperr.Conflict {
			t.Errorf("revise an older %s: %q", s, got)
		}
	}
	for _, m := range []string{"bon pour accord", " Bon  Pour ACCORD ", "bón pour accòrd"} {
		if _, _, err := CheckAcceptance(AcceptInput{Name: "Paul", Mention: m}); err != nil {
			t.Errorf("%q refused", m)
		}
	}
	for _, in := range []AcceptInput{{Name: "Paul", Mention: "ok"}, {Name: " ", Mention: "bon pour accord"}, {Name: "Paul", Mention: "bon pour accord !"}} {
		if _, _, err := CheckAcceptance(in); code(err) != apperr.Validation {
			t.Errorf("%+v accepted", in)
		}
	}
	if r := Reference(ptr(2026), ptr(int64(12)), 2); r == nil || *r != "D-2026-00012 v2" {
		t.Errorf("reference %v", r)
	}
	if r := AmendmentReference(ptr(2026), ptr(int64(12)), ptr(1)); r == nil || *r != "D-2026-00012-A1" {
		t.Errorf("amendment reference %v", r)
	}
}

func ptr[T any](v T) *T { return &v }
