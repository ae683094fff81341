package slips

// The tracking test compares the batch with the computation of one
// production alone, and the attribution rule with its table.
var (
	ComputeOf   = compute
	TrackingsOf = trackings
	Fold        = fold
	AccountTask = accountTask
)

type (
	TaskSums  = taskSums
	LooseSums = looseSums
)
