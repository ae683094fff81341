package royalties

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/money"
)

const (
	benchWorks    = 10_000
	benchReceipts = 100 // per work: 1,000,000 in all
	benchHolders  = 5_000
)

// benchRun is a distribution run's input as the service would load it.
func benchRun() []WorkInput {
	rng := rand.New(rand.NewPCG(2024, 6))
	holders := make([]uuid.UUID, benchHolders)
	for i := range holders {
		holders[i] = uuid.UUID(randomBytes(rng))
	}
	specific := mediaOrder[1:]
	territories := []string{"FR", "BE", "CH", "LU", "MC", "DE", "IT", "ES", "GB", "US", "CA", "JP", "NL", "PT", "AT"}
	works := make([]WorkInput, benchWorks)
	for w := range works {
		in := WorkInput{
			WorkID:         uuid.UUID(randomBytes(rng)),
			ResidualHolder: holders[rng.IntN(len(holders))],
			Commissions:    []Commission{{db.MediaAll, 1500}, {db.MediaTV, 2000}, {db.MediaSVOD, 1200}},
			Receipts:       make([]Receipt, benchReceipts),
		}
		for i := range in.Receipts {
			in.Receipts[i] = Receipt{specific[rng.IntN(len(specific))], territories[rng.IntN(len(territories))], money.Cents(rng.Int64N(5_000_00) - 20_00)}
		}
		for e := range rng.IntN(4) {
			in.Expenses = append(in.Expenses, Expense{ID: uuid.UUID(randomBytes(rng)), Label: []string{"Doublage", "Livraison", "Marketing", "Minimum garanti"}[e], Amount: money.Cents(rng.Int64N(20_000_000))})
		}
		n := 2 + rng.IntN(5)
		for range n {
			s := Share{HolderID: holders[rng.IntN(len(holders))], Media: db.MediaAll, Territory: World, BasisPoints: 500 + rng.Int64N(10000/int64(n)-500)}
			if rng.IntN(2) == 0 {
				s.Media = specific[rng.IntN(len(specific))]
			}
			if rng.IntN(3) == 0 {
				s.Territory = territories[rng.IntN(len(territories))]
			}
			in.Shares = append(in.Shares, s)
		}
		works[w] = in
	}
	return works
}

func randomBytes(rng *rand.Rand) (b [16]byte) {
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// BenchmarkRun computes a whole run, 10,000 works and 1,000,000 receipts,
// totalling per holder as statements do, and keeps no result beyond that: the
// service writes each work's result and lets it go.
//
//	go test -run '^$' -bench BenchmarkRun -benchmem ./internal/royalties/
func BenchmarkRun(b *testing.B) {
	works := benchRun()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	inputMB := float64(ms.HeapAlloc) / (1 << 20)

	var amounts, lines int
	for b.Loop() {
		amounts, lines = 0, 0
		perHolder := make(map[uuid.UUID]money.Cents, benchHolders)
		var gross, net money.Cents
		for _, in := range works {
			r := Compute(in)
			amounts += len(r.Holders)
			lines += len(r.Lines)
			gross += r.Gross
			net += r.Net
			var held money.Cents
			for _, h := range r.Holders {
				perHolder[h.HolderID] += h.Amount
				held += h.Amount
			}
			perHolder[in.ResidualHolder] += r.Residual
			if held+r.Residual != r.Net {
				b.Fatalf("work %v: holders + residual ≠ net", in.WorkID)
			}
		}
		var paid money.Cents
		for _, v := range perHolder {
			paid += v
		}
		if paid != net || gross == 0 {
			b.Fatalf("run: paid %d, net %d", paid, net)
		}
	}
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(lines), "lines")
	b.ReportMetric(float64(amounts), "holder-amounts")
	b.ReportMetric(inputMB, "input-MB")
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MB")
}

// BenchmarkParseStatement reads a statement at the row limit.
func BenchmarkParseStatement(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("work_isan;work_ref;media;territory;period_start;period_end;amount;currency;rate_to_eur;reference\n")
	for i := range MaxStatementRows {
		fmt.Fprintf(&sb, ";CAT-%d;SVOD;FR;01/01/2024;30/06/2024;%d,%02d;USD;0,912345;REF-%d\n", i%3000, i%100000, i%100, i)
	}
	file := sb.String()
	b.SetBytes(int64(len(file)))
	for b.Loop() {
		rows, errs, err := ParseStatement(strings.NewReader(file))
		if err != nil || len(errs) != 0 || len(rows) != MaxStatementRows {
			b.Fatalf("%d rows, %d errors, %v", len(rows), len(errs), err)
		}
	}
}
