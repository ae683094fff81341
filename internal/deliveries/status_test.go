package deliveries

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// legalMoves is written out by hand, independently of the statusMoves table, so that
// a change to the machine must be made twice on purpose.
var legalMoves = map[[2]Status]bool{
	{Pending, InProgress}:  true,
	{InProgress, QC}:       true,
	{QC, QCFailed}:         true,
	{QC, Ready}:            true,
	{QCFailed, InProgress}: true,
	{Ready, Sent}:          true,
	{Ready, InProgress}:    true,
	{Sent, Accepted}:       true,
	{Sent, Rejected}:       true,
	{Rejected, InProgress}: true,
}

func TestCheckMoveEveryPair(t *testing.T) {
	all := Statuses()
	if len(all) != 8 {
		t.Fatalf("Statuses() = %v", all)
	}
	n := 0
	for _, from := range all {
		for _, to := range all {
			n++
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				err := CheckMove(from, to)
				want := legalMoves[[2]Status{from, to}]
				if want != (err == nil) {
					t.Fatalf("CheckMove(%s, %s) = %v, want legal=%v", from, to, err, want)
				}
				if want != slices.Contains(Allowed(from), to) {
					t.Fatalf("Allowed(%s) = %v disagrees with legal=%v", from, Allowed(from), want)
				}
				if err == nil {
					return
				}
				var ae *apperr.Error
				if !errors.As(err, &ae) || ae.Field != "to" || ae.Code != apperr.Validation {
					t.Fatalf("error %#v is not a validation apperr on field to", err)
				}
				if !strings.Contains(ae.FR, "« "+from.LabelFR()+" » à « "+to.LabelFR()+" »") ||
					!strings.Contains(ae.EN, "“"+from.LabelEN()+"” to “"+to.LabelEN()+"”") {
					t.Errorf("messages do not name the move: %q / %q", ae.FR, ae.EN)
				}
				for _, next := range Allowed(from) {
					if !strings.Contains(ae.FR, "« "+next.LabelFR()+" »") || !strings.Contains(ae.EN, "“"+next.LabelEN()+"”") {
						t.Errorf("messages do not name the allowed move to %s: %q / %q", next, ae.FR, ae.EN)
					}
				}
			})
		}
	}
	if n != 64 {
		t.Fatalf("checked %d pairs", n)
	}
}

func TestCheckMoveMessages(t *testing.T) {
	for _, tc := range []struct {
		from, to Status
		fr, en   string
	}{
		{Ready, Accepted,
			"Passage de « Prêt » à « Accepté » impossible. Depuis « Prêt » : « Envoyé », « En cours ».",
			"Cannot move from “Ready” to “Accepted”. From “Ready”: “Sent”, “In progress”."},
		{Accepted, InProgress,
			"Passage de « Accepté » à « En cours » impossible. « Accepté » est un statut final.",
			"Cannot move from “Accepted” to “In progress”. “Accepted” is a final status."},
		{Pending, Sent,
			"Passage de « En attente » à « Envoyé » impossible. Depuis « En attente » : « En cours ».",
			"Cannot move from “Pending” to “Sent”. From “Pending”: “In progress”."},
	} {
		var ae *apperr.Error
		if err := CheckMove(tc.from, tc.to); !errors.As(err, &ae) || ae.FR != tc.fr || ae.EN != tc.en {
			t.Errorf("CheckMove(%s, %s) = %v\n FR %q\n EN %q", tc.from, tc.to, err, ae.FR, ae.EN)
		}
	}
}

func TestUnknownStatus(t *testing.T) {
	for _, tc := range [][2]Status{{"DRAFT", InProgress}, {Pending, "DONE"}, {"", ""}} {
		var ae *apperr.Error
		if err := CheckMove(tc[0], tc[1]); !errors.As(err, &ae) || ae.Field != "to" {
			t.Errorf("CheckMove(%q, %q) = %v, want an apperr on to", tc[0], tc[1], err)
		}
	}
	if Allowed("DRAFT") != nil || Allowed(Accepted) != nil {
		t.Error("unknown and final statuses allow nothing")
	}
	if Status("DRAFT").Valid() || !Rejected.Valid() {
		t.Error("Valid is wrong")
	}
}

func TestLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Statuses() {
		if s.LabelFR() == string(s) || s.LabelEN() == string(s) || seen[s.LabelFR()] {
			t.Errorf("%s lacks a distinct label: %q / %q", s, s.LabelFR(), s.LabelEN())
		}
		seen[s.LabelFR()] = true
	}
}

func TestAllowedIsACopy(t *testing.T) {
	a := Allowed(Ready)
	a[0] = Accepted
	if Allowed(Ready)[0] != Sent {
		t.Error("Allowed leaked the machine's table")
	}
}
