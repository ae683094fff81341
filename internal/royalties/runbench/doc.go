// Package runbench measures the distribution run against PostgreSQL (issue
// 13): on one generated catalogue of a million revenue lines it times the
// run (royalties.Service.CreateRun, as the API calls it) beside the bare SQL
// aggregate its figures come down to, and prints both, their ratio and the
// peak Go heap. It holds only a benchmark, in its own package so that the
// royalties unit tests need no database:
//
//	go test -run '^$' -bench RunAgainstAggregate ./internal/royalties/runbench/
package runbench
