package deliveries

import "github.com/postprod/postprod/db"

// qcBlocking is the QC severity that holds a delivery back from READY.
const qcBlocking = "BLOCKING"

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
		if f.Severity == qcBlocking && !f.Fixed {
			n++
		}
	}
	return n
}
