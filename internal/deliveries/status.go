package deliveries

import (
	"fmt"
	"strings"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Status is where a delivery stands, as stored in deliveries.status.
type Status string

const (
	Pending    Status = "PENDING"
	InProgress Status = "IN_PROGRESS"
	QC         Status = "QC"
	QCFailed   Status = "QC_FAILED"
	Ready      Status = "READY"
	Sent       Status = "SENT"
	Accepted   Status = "ACCEPTED"
	Rejected   Status = "REJECTED"
)

// Statuses lists every status in the order a delivery goes through them.
func Statuses() []Status {
	return []Status{Pending, InProgress, QC, QCFailed, Ready, Sent, Accepted, Rejected}
}

var statusLabels = map[Status][2]string{
	Pending:    {"En attente", "Pending"},
	InProgress: {"En cours", "In progress"},
	QC:         {"En contrôle qualité", "In QC"},
	QCFailed:   {"QC non conforme", "QC failed"},
	Ready:      {"Prêt", "Ready"},
	Sent:       {"Envoyé", "Sent"},
	Accepted:   {"Accepté", "Accepted"},
	Rejected:   {"Refusé", "Rejected"},
}

// statusMoves is the whole machine. Nothing goes straight to SENT without QC, and
// the way back from QC_FAILED, READY (re-open) or REJECTED (rework) always
// passes through IN_PROGRESS so that the fixed master is checked again. The
// order of each list is the order shown to the user, most likely first.
var statusMoves = map[Status][]Status{
	Pending:    {InProgress},
	InProgress: {QC},
	QC:         {Ready, QCFailed},
	QCFailed:   {InProgress},
	Ready:      {Sent, InProgress},
	Sent:       {Accepted, Rejected},
	Rejected:   {InProgress},
	Accepted:   nil,
}

func (s Status) Valid() bool { _, ok := statusLabels[s]; return ok }

// LabelFR is the French label; an unknown status shows as itself.
func (s Status) LabelFR() string {
	if l, ok := statusLabels[s]; ok {
		return l[0]
	}
	return string(s)
}

func (s Status) LabelEN() string {
	if l, ok := statusLabels[s]; ok {
		return l[1]
	}
	return string(s)
}

// Allowed lists where a delivery may go from `from`; nil when it is final
// (ACCEPTED) or unknown. The slice is a copy the caller may keep.
func Allowed(from Status) []Status {
	next := statusMoves[from]
	if len(next) == 0 {
		return nil
	}
	return append([]Status(nil), next...)
}

// CheckMove refuses a move the machine does not have, naming the moves that
// are possible so the coordinator knows what to do instead.
func CheckMove(from, to Status) error {
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
	fr := fmt.Sprintf("Passage de « %s » à « %s » impossible.", from.LabelFR(), to.LabelFR())
	en := fmt.Sprintf("Cannot move from “%s” to “%s”.", from.LabelEN(), to.LabelEN())
	if len(next) == 0 {
		fr += fmt.Sprintf(" « %s » est un statut final.", from.LabelFR())
		en += fmt.Sprintf(" “%s” is a final status.", from.LabelEN())
	} else {
		lf, le := make([]string, len(next)), make([]string, len(next))
		for i, n := range next {
			lf[i] = "« " + n.LabelFR() + " »"
			le[i] = "“" + n.LabelEN() + "”"
		}
		fr += fmt.Sprintf(" Depuis « %s » : %s.", from.LabelFR(), strings.Join(lf, ", "))
		en += fmt.Sprintf(" From “%s”: %s.", from.LabelEN(), strings.Join(le, ", "))
	}
	return apperr.Invalid("to", fr, en)
}
