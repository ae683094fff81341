package deliveries

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// legalMoves is written out by hand, independently of the statusMoves table, so that
// a change to the machine must be made twice on purpose.
var legalMoves = map[[2]db.DeliveryStatus]bool{
	{db.DeliveryStatusPending, db.DeliveryStatusInProgress}:  true,
	{db.DeliveryStatusInProgress, db.DeliveryStatusQC}:       true,
	{db.DeliveryStatusQC, db.DeliveryStatusQCFailed}:         true,
	{db.DeliveryStatusQC, db.DeliveryStatusReady}:            true,
	{db.DeliveryStatusQCFailed, db.DeliveryStatusInProgress}: true,
	{db.DeliveryStatusReady, db.DeliveryStatusSent}:          true,
	{db.DeliveryStatusReady, db.DeliveryStatusInProgress}:    true,
	{db.DeliveryStatusSent, db.DeliveryStatusAccepted}:       true,
	{db.DeliveryStatusSent, db.DeliveryStatusRejected}:       true,
	{db.DeliveryStatusRejected, db.DeliveryStatusInProgress}: true,
}

func TestCheckMoveEveryPair(t *testing.T) {
	all := db.AllDeliveryStatuses
	if len(all) != 8 {
		t.Fatalf("db.AllDeliveryStatuses = %v", all)
	}
	n := 0
	for _, from := range all {
		for _, to := range all {
			n++
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				err := CheckMove(from, to)
				want := legalMoves[[2]db.DeliveryStatus{from, to}]
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
				if !strings.Contains(ae.FR, "« "+labelFR(from)+" » à « "+labelFR(to)+" »") ||
					!strings.Contains(ae.EN, "“"+labelEN(from)+"” to “"+labelEN(to)+"”") {
					t.Errorf("messages do not name the move: %q / %q", ae.FR, ae.EN)
				}
				for _, next := range Allowed(from) {
					if !strings.Contains(ae.FR, "« "+labelFR(next)+" »") || !strings.Contains(ae.EN, "“"+labelEN(next)+"”") {
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
		from, to db.DeliveryStatus
		fr, en   string
	}{
		{db.DeliveryStatusReady, db.DeliveryStatusAccepted,
			"Passage de « Prêt » à « Accepté » impossible. Depuis « Prêt » : « Envoyé », « En cours ».",
			"Cannot move from “Ready” to “Accepted”. From “Ready”: “Sent”, “In progress”."},
		{db.DeliveryStatusAccepted, db.DeliveryStatusInProgress,
			"Passage de « Accepté » à « En cours » impossible. « Accepté » est un statut final.",
			"Cannot move from “Accepted” to “In progress”. “Accepted” is a final status."},
		{db.DeliveryStatusPending, db.DeliveryStatusSent,
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
	for _, tc := range [][2]db.DeliveryStatus{{"DRAFT", db.DeliveryStatusInProgress}, {db.DeliveryStatusPending, "DONE"}, {"", ""}} {
		var ae *apperr.Error
		if err := CheckMove(tc[0], tc[1]); !errors.As(err, &ae) || ae.Field != "to" {
			t.Errorf("CheckMove(%q, %q) = %v, want an apperr on to", tc[0], tc[1], err)
		}
	}
	if Allowed("DRAFT") != nil || Allowed(db.DeliveryStatusAccepted) != nil {
		t.Error("unknown and final statuses allow nothing")
	}
	if db.DeliveryStatus("DRAFT").Valid() || !db.DeliveryStatusRejected.Valid() {
		t.Error("Valid is wrong")
	}
}

func TestLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range db.AllDeliveryStatuses {
		if labelFR(s) == string(s) || labelEN(s) == string(s) || seen[labelFR(s)] {
			t.Errorf("%s lacks a distinct label: %q / %q", s, labelFR(s), labelEN(s))
		}
		seen[labelFR(s)] = true
	}
}

func TestAllowedIsACopy(t *testing.T) {
	a := Allowed(db.DeliveryStatusReady)
	a[0] = db.DeliveryStatusAccepted
	if Allowed(db.DeliveryStatusReady)[0] != db.DeliveryStatusSent {
		t.Error("Allowed leaked the machine's table")
	}
}
