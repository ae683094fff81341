package deliveries

import (
	"fmt"
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// The statuses themselves are db.DeliveryStatus (the model's field is typed by
// them); this file is their machine and their labels.

var statusLabels = map[db.DeliveryStatus][2]string{
	db.DeliveryStatusPending:    {"En attente", "Pending"},
	db.DeliveryStatusInProgress: {"En cours", "In progress"},
	db.DeliveryStatusQC:         {"En contrôle qualité", "In QC"},
	db.DeliveryStatusQCFailed:   {"QC non conforme", "QC failed"},
	db.DeliveryStatusReady:      {"Prêt", "Ready"},
	db.DeliveryStatusSent:       {"Envoyé", "Sent"},
	db.DeliveryStatusAccepted:   {"Accepté", "Accepted"},
	db.DeliveryStatusRejected:   {"Refusé", "Rejected"},
}

// statusMoves is the whole machine. Nothing goes straight to SENT without QC, and
// the way back from QC_FAILED, READY (re-open) or REJECTED (rework) always
// passes through IN_PROGRESS so that the fixed master is checked again. The
// order of each list is the order shown to the user, most likely first.
var statusMoves = map[db.DeliveryStatus][]db.DeliveryStatus{
	db.DeliveryStatusPending:    {db.DeliveryStatusInProgress},
	db.DeliveryStatusInProgress: {db.DeliveryStatusQC},
	db.DeliveryStatusQC:         {db.DeliveryStatusReady, db.DeliveryStatusQCFailed},
	db.DeliveryStatusQCFailed:   {db.DeliveryStatusInProgress},
	db.DeliveryStatusReady:      {db.DeliveryStatusSent, db.DeliveryStatusInProgress},
	db.DeliveryStatusSent:       {db.DeliveryStatusAccepted, db.DeliveryStatusRejected},
	db.DeliveryStatusRejected:   {db.DeliveryStatusInProgress},
	db.DeliveryStatusAccepted:   nil,
}

// labelFR is the French label of a status; an unknown one shows as itself.
func labelFR(s db.DeliveryStatus) string {
	if l, ok := statusLabels[s]; ok {
		return l[0]
	}
	return string(s)
}

func labelEN(s db.DeliveryStatus) string {
	if l, ok := statusLabels[s]; ok {
		return l[1]
	}
	return string(s)
}

// Allowed lists where a delivery may go from `from`; nil when it is final
// (ACCEPTED) or unknown. The slice is a copy the caller may keep.
func Allowed(from db.DeliveryStatus) []db.DeliveryStatus {
	next := statusMoves[from]
	if len(next) == 0 {
		return nil
	}
	return append([]db.DeliveryStatus(nil), next...)
}

// CheckMove refuses a move the machine does not have, naming the moves that
// are possible so the coordinator knows what to do instead.
func CheckMove(from, to db.DeliveryStatus) error {
	if !to.Valid() {
		return apperr.Invalid("to",
			fmt.Sprintf("Statut inconnu « %s ».", to),
			fmt.Sprintf("Unknown status “%s”.", to))
	}
	if !from.Valid() {
		return apperr.Invalid("to",
			fmt.Sprintf("Statut de départ inconnu « %s ».", from),
			fmt.Sprintf("Unknown current status “%s”.", from))
	}
	next := statusMoves[from]
	for _, n := range next {
		if n == to {
			return nil
		}
	}
	fr := fmt.Sprintf("Passage de « %s » à « %s » impossible.", labelFR(from), labelFR(to))
	en := fmt.Sprintf("Cannot move from “%s” to “%s”.", labelEN(from), labelEN(to))
	if len(next) == 0 {
		fr += fmt.Sprintf(" « %s » est un statut final.", labelFR(from))
		en += fmt.Sprintf(" “%s” is a final status.", labelEN(from))
	} else {
		lf, le := make([]string, len(next)), make([]string, len(next))
		for i, n := range next {
			lf[i] = "« " + labelFR(n) + " »"
			le[i] = "“" + labelEN(n) + "”"
		}
		fr += fmt.Sprintf(" Depuis « %s » : %s.", labelFR(from), strings.Join(lf, ", "))
		en += fmt.Sprintf(" From “%s”: %s.", labelEN(from), strings.Join(le, ", "))
	}
	return apperr.Invalid("to", fr, en)
}

// NextStatuses lists where this delivery may go now, most likely first.
func NextStatuses(d *db.Delivery) []db.DeliveryStatus { return Allowed(d.Status) }
