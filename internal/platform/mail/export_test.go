package mail

import "time"

// BackoffAfter exposes the wait after the n-th failure to the tests.
func (s *Sender) BackoffAfter(n int) time.Duration {
	s.init()
	return s.backoff(n)
}
