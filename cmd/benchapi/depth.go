package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// The depth pairs ask postprod alone the same list twice: its page 40 (A)
// and its page 1 (B), loaded in alternating rounds like the other pairs. An
// offset read skips 39 pages of rows before the one it answers; a keyset
// read starts at its cursor, so its ratio stays near 1 however deep the page.
const depthPage = 40

// depthQuery is the simple list's selection at a given page, order and size.
const depthQuery = `query($first: Int!, $after: String, $sort: ProductionSort, $descending: Boolean) {
  productions(first: $first, after: $after, sort: $sort, descending: $descending) {
    edges { node { id title status } } pageInfo { endCursor hasNextPage } } }`

// depthOrders are the orders measured: the default one (an index on
// created_at already served page 1) and one on a nullable column.
var depthOrders = []struct {
	sort       string
	descending bool
}{{"RECENT", false}, {"DEADLINE", true}}

// depthSize is the page size that makes page 40 the data set's last full
// page: 50 on the full data (2,008 productions), 5 with BENCH_QUICK.
func depthSize(productions int) int {
	return max(1, min(50, productions/depthPage))
}

// depthPairs walks each order's first 39 pages through postprod to get the
// cursor of page 40 (an opaque cursor, whatever it encodes), then gives the
// bodies of page 40 and page 1.
func depthPairs(pp *server, size int) ([]pair, error) {
	var out []pair
	for _, o := range depthOrders {
		vars := map[string]any{"first": size, "sort": o.sort, "descending": o.descending}
		name := fmt.Sprintf("page %d vs page 1: %s%s, %d a page", depthPage, o.sort, map[bool]string{true: " desc"}[o.descending], size)
		page1 := request(depthQuery, vars)
		var after any
		for range depthPage - 1 {
			vars["after"] = after
			status, b, err := pp.post(request(depthQuery, vars))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if _, err := answer(status, b); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			var r struct {
				Data struct {
					Productions struct {
						PageInfo struct {
							EndCursor   *string
							HasNextPage bool
						}
					}
				}
			}
			if err := json.Unmarshal(b, &r); err != nil {
				return nil, err
			}
			if pi := r.Data.Productions.PageInfo; pi.EndCursor == nil || !pi.HasNextPage {
				return nil, fmt.Errorf("%s: the list ends before page %d", name, depthPage)
			}
			after = *r.Data.Productions.PageInfo.EndCursor
		}
		vars["after"] = after
		page40 := request(depthQuery, vars)
		out = append(out, pair{name: name, postprod: func(int) []byte { return page40 }, pgraphile: func(int) []byte { return page1 }, samples: 1})
	}
	return out, nil
}

// runDepth measures each depth pair at each concurrency, postprod against
// itself: t[0] is page 40, t[1] page 1.
func runDepth(ctx context.Context, cl *cluster, pp *server, ps []pair, o options) ([]row, error) {
	var rows []row
	for _, p := range ps {
		for _, c := range o.concs {
			t, err := abRun(ctx, cl, pp, pp, p, c, o)
			if err != nil {
				return rows, err
			}
			rows = append(rows, row{p.name, c, t})
			fmt.Printf("  %-46s c=%-3d page %d %7.0f req/s  page 1 %7.0f req/s  cost ratio %s\n", p.name, c, depthPage, t[0].rate(), t[1].rate(), depthRatio(t))
		}
	}
	return rows, nil
}

// depthRatio is what page 40 costs against page 1: page 1's req/s over
// page 40's (goal ≈ 1.0).
func depthRatio(t [2]*tally) string {
	if t[0].rate() == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", t[1].rate()/t[0].rate())
}

func writeDepth(w io.Writer, rows []row) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "\n## Page %d against page 1 (postprod alone, the same list and selection)\n\n", depthPage)
	fmt.Fprintf(w, "| query | clients | page %d req/s | page 1 req/s | cost ratio page %d / page 1 | p50 ms p%d / p1 | p99 ms p%d / p1 | SELECT/req p%d / p1 | PostgreSQL CPU ms/req p%d / p1 | failed |\n",
		depthPage, depthPage, depthPage, depthPage, depthPage, depthPage)
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		a, b := r.t[0], r.t[1]
		fmt.Fprintf(w, "| %s | %d | %.0f | %.0f | %s | %s / %s | %s / %s | %s / %s | %s / %s | %d / %d |\n",
			strings.TrimPrefix(r.query, fmt.Sprintf("page %d vs page 1: ", depthPage)), r.conc, a.rate(), b.rate(), depthRatio(r.t),
			ms(a.quantile(0.5)), ms(b.quantile(0.5)), ms(a.quantile(0.99)), ms(b.quantile(0.99)),
			per(a, a.db.selects), per(b, b.db.selects), msPer(a, a.db.cpu), msPer(b, b.db.cpu), a.failed, b.failed)
	}
	fmt.Fprintf(w, "\nCost ratio: page 1's req/s over page %d's, in alternating rounds against the same server (goal ≈ 1.0).\n", depthPage)
}
