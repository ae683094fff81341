package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// row is one line of the main table.
type row struct {
	query string
	conc  int
	t     [2]*tally // postprod, PostGraphile
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }

func msPer(t *tally, d time.Duration) string {
	return fmt.Sprintf("%.2f", t.perRequest(float64(d.Microseconds())/1000))
}

func per(t *tally, v int64) string { return fmt.Sprintf("%.1f", t.perRequest(float64(v))) }

func writeTable(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| query | clients | postprod req/s | PostGraphile req/s | ratio | p50 ms pp / PG | p99 ms pp / PG | SQL/req pp / PG | SELECT/req pp / PG | server CPU ms/req pp / PG | PostgreSQL CPU ms/req pp / PG | sessions opened pp / PG | failed pp / PG |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		a, b := r.t[0], r.t[1]
		ratio := "—"
		if b.rate() > 0 {
			ratio = fmt.Sprintf("%.2f×", a.rate()/b.rate())
		}
		fmt.Fprintf(w, "| %s | %d | %.0f | %.0f | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s | %d / %d | %d / %d |\n",
			r.query, r.conc, a.rate(), b.rate(), ratio,
			ms(a.quantile(0.5)), ms(b.quantile(0.5)), ms(a.quantile(0.99)), ms(b.quantile(0.99)),
			per(a, a.db.calls), per(b, b.db.calls), per(a, a.db.selects), per(b, b.db.selects),
			msPer(a, a.cpu), msPer(b, b.cpu), msPer(a, a.db.cpu), msPer(b, b.db.cpu),
			a.db.sessions, b.db.sessions, a.failed, b.failed)
	}
	for _, r := range rows {
		for k, t := range r.t {
			if t.lastErr != "" {
				fmt.Fprintf(w, "\n%s, %d clients, %s: %d failed; the last: %s\n", r.query, r.conc, []string{"postprod", "PostGraphile"}[k], t.failed, t.lastErr)
			}
		}
	}
}

// probeResult is the statements of n requests of one kind to one server.
type probeResult struct {
	server, query string
	n             int
	stmts         []statement
}

var selectRE = regexp.MustCompile(`(?i)^\s*(select|with)\b`)

func (p probeResult) counts() (all, selects float64) {
	for _, s := range p.stmts {
		all += float64(s.calls)
		if selectRE.MatchString(s.query) {
			selects += float64(s.calls)
		}
	}
	return all / float64(p.n), selects / float64(p.n)
}

func writeProbes(w io.Writer, probes []probeResult) {
	fmt.Fprintln(w, "| request | server | statements/req | of which SELECT |")
	fmt.Fprintln(w, "|---|---|---:|---:|")
	for _, p := range probes {
		all, sel := p.counts()
		fmt.Fprintf(w, "| %s | %s | %.1f | %.1f |\n", p.query, p.server, all, sel)
	}
}

var (
	spaces   = regexp.MustCompile(`\s+`)
	literal  = `(\$\d+|'[^']*')`
	inList   = regexp.MustCompile(`\(` + literal + `(, ` + literal + `)*\)`)
	constant = regexp.MustCompile(`'[^']*'`)
)

// shape is a statement with its constants and IN lists blanked: postprod
// writes values into the SQL text, so pg_stat_statements keeps one entry
// per length of each IN list.
func shape(q string) string {
	q = spaces.ReplaceAllString(strings.TrimSpace(q), " ")
	q = inList.ReplaceAllString(q, "(…)")
	return constant.ReplaceAllString(q, "$$")
}

// writeStatements lists, per probe, each shape of statement and how often
// it ran per request: where the round trips go.
func writeStatements(w io.Writer, probes []probeResult) {
	for _, p := range probes {
		fmt.Fprintf(w, "\n**%s — %s** (%d requests)\n\n", p.server, p.query, p.n)
		calls := map[string]int64{}
		var order []string
		for _, s := range p.stmts {
			k := shape(s.query)
			if _, ok := calls[k]; !ok {
				order = append(order, k)
			}
			calls[k] += s.calls
		}
		for _, k := range order {
			q := k
			if len(q) > 240 {
				q = q[:240] + "…"
			}
			fmt.Fprintf(w, "- %.2f × `%s`\n", float64(calls[k])/float64(p.n), strings.ReplaceAll(q, "`", "'"))
		}
	}
}
