package deliveries

import "github.com/postprod/postprod/db"

// Compatible: a production fits a spec when no issue is blocking (warnings
// are for the coordinator to judge).
func Compatible(issues []Issue) bool {
	for _, i := range issues {
		if i.Severity == SeverityBlocking {
			return false
		}
	}
	return true
}

// OpenBlocking counts the blocking QC findings not yet fixed: while there
// is one, the delivery cannot be READY.
func OpenBlocking(fs []*db.QcFinding) int {
	n := 0
	for _, f := range fs {
		if f.Severity == db.QcSeverityBlocking && !f.Fixed {
			n++
		}
	}
	return n
}
