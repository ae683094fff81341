package db_test

import (
	"context"
	"sync"
	"testing"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
)

// BenchmarkPoolBursts runs bursts of concurrent statements, as a page of
// loaders does under load, and reports the PostgreSQL sessions the pool
// closed (and so reopened) per burst: with fewer idle than open sessions
// ("idle-below-open", the old setting) every burst reopens some, with the
// pool's own setting none.
func BenchmarkPoolBursts(b *testing.B) {
	_, url := testdb.New(b)
	for _, c := range []struct {
		name string
		idle int
	}{{"idle-below-open", 10}, {"idle-equals-open", db.DefaultPool}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			bdb, err := db.OpenPool(ctx, url, db.DefaultPool)
			if err != nil {
				b.Fatal(err)
			}
			defer bdb.Close()
			bdb.DB.SetMaxIdleConns(c.idle)
			before := bdb.DB.Stats().MaxIdleClosed
			b.ResetTimer()
			for range b.N {
				var wg sync.WaitGroup
				for range db.DefaultPool {
					wg.Go(func() {
						if _, err := bdb.ExecContext(ctx, "SELECT pg_sleep(0.001)"); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
			}
			b.ReportMetric(float64(bdb.DB.Stats().MaxIdleClosed-before)/float64(b.N), "reopened/op")
		})
	}
}
