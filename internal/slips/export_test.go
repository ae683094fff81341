package slips

// The tracking test compares the batch with the computation of one
// production alone.
var (
	RowsOf      = rows
	TrackingsOf = trackings
)
