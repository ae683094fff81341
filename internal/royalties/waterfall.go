package royalties

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// World is the territory of a share valid everywhere, or of a receipt the
// payer did not break down by country.
const World = "WORLD"

// FullShare is 100 % in basis points.
const FullShare = 10000

// mediaOrder is the order of statements: ALL first, then roughly by release
// window.
var mediaOrder = []db.Media{db.MediaAll, db.MediaCinema, db.MediaTV, db.MediaSVOD, db.MediaAVOD, db.MediaTVOD, db.MediaVideo, db.MediaNonTheatrical}

// mediaRank is a switch rather than a search of mediaOrder: it sits in the
// comparison of every sort of receipts.
func mediaRank(m db.Media) int {
	switch m {
	case db.MediaAll:
		return 0
	case db.MediaCinema:
		return 1
	case db.MediaTV:
		return 2
	case db.MediaSVOD:
		return 3
	case db.MediaAVOD:
		return 4
	case db.MediaTVOD:
		return 5
	case db.MediaVideo:
		return 6
	case db.MediaNonTheatrical:
		return 7
	}
	return len(mediaOrder)
}

func compareMedia(a, b db.Media) int {
	if c := cmp.Compare(mediaRank(a), mediaRank(b)); c != 0 {
		return c
	}
	return strings.Compare(string(a), string(b))
}

// Receipt is an amount in EUR cents received for a work in a period.
type Receipt struct {
	Media     db.Media
	Territory string // ISO 3166-1 alpha-2 or WORLD
	Amount    money.Cents
}

// Commission is the manager's rate on gross receipts. The rate of a media
// overrides the ALL rate for that media.
type Commission struct {
	Media       db.Media
	BasisPoints int64
}

// Expense is recoupable: dubbing, delivery, marketing, a minimum guarantee.
// Recouped is what earlier runs already recovered.
type Expense struct {
	ID       uuid.UUID
	Label    string
	Amount   money.Cents
	Recouped money.Cents
}

// Share is a holder's part of the net for a media and territory, already
// filtered by the caller to the shares valid in the period. ALL and WORLD
// match everything.
type Share struct {
	HolderID    uuid.UUID
	Media       db.Media
	Territory   string
	BasisPoints int64
}

// WorkInput is everything the waterfall of one work in one period needs.
type WorkInput struct {
	WorkID         uuid.UUID
	ResidualHolder uuid.UUID
	Receipts       []Receipt
	Commissions    []Commission
	Expenses       []Expense
	Shares         []Share
}

// Line is the waterfall of one (media, territory) of the receipts:
// Gross = Commission + Recouped + Net.
type Line struct {
	Media      db.Media
	Territory  string
	Gross      money.Cents
	Commission money.Cents
	Recouped   money.Cents
	Net        money.Cents
}

// HolderAmount is a holder's part of one line's net. BasisPoints is the share
// as agreed, even on a line whose shares had to be scaled down (see Compute).
type HolderAmount struct {
	HolderID    uuid.UUID
	Media       db.Media
	Territory   string
	Amount      money.Cents
	BasisPoints int64
}

// ExpenseRecovery is what this period recovered of an expense, and what is
// left to recover in the next periods.
type ExpenseRecovery struct {
	ExpenseID      uuid.UUID
	Recovered      money.Cents
	RemainingAfter money.Cents
}

// WorkResult is the waterfall of one work for one period. The totals are the
// sums of the lines; Gross = Commission + Recouped + Net and
// Net = Σ Holders + Residual, to the cent.
type WorkResult struct {
	WorkID      uuid.UUID
	Gross       money.Cents
	Commission  money.Cents
	Recouped    money.Cents
	Net         money.Cents
	Residual    money.Cents
	Lines       []Line
	Holders     []HolderAmount
	Recoveries  []ExpenseRecovery
	Explanation []string // in French, one step per entry, for the statement
}

// Compute runs the waterfall of one work for one period:
//
//  1. receipts are summed per (media, territory) line; the manager's
//     commission of each line is its gross times the media's rate (the ALL
//     rate when the media has none), rounded half away from zero to the cent;
//  2. what is left after commission recovers the expenses in the order given
//     (the oldest first), each up to its remaining balance; what is not
//     recovered is carried to the next period through RemainingAfter. The
//     recovered total is taken from the lines in proportion to their positive
//     post-commission amounts, so that no line's net is pushed below zero by
//     recoupment; when the post-commission total is zero or negative nothing
//     is recovered;
//  3. each line's net is gross − commission − recouped;
//  4. each line's net is split among the shares matching its media and
//     territory, and what they do not cover goes to the residual holder. When
//     several shares of the same holder match, the most specific wins
//     (media and territory > media > territory > ALL/WORLD); between equally
//     specific ones the largest, so that the result does not depend on the
//     order of the input. Shares of zero or fewer basis points give nothing
//     but still override a holder's more general share. When the matched
//     shares exceed 100 % (the 100 % check should have refused them), they
//     are scaled down proportionally, the residual holder gets nothing on that
//     line, and the explanation says so.
//
// Lines come out ordered by media then territory, and holders of a line by
// holder id, whatever the order of the input. A commission rate outside
// 0–100 % is clamped and noted; when a media has two rates the first wins.
func Compute(in WorkInput) WorkResult {
	var c computer
	return c.compute(in)
}

type pick struct {
	holder      uuid.UUID
	bp          int64
	specificity int
}

type computer struct {
	alloc   allocator
	picks   []pick
	weights []int64
	parts   []money.Cents
}

func (c *computer) compute(in WorkInput) WorkResult {
	res := WorkResult{WorkID: in.WorkID}
	var ex explainer

	// 1. Lines and commission.
	res.Lines = groupReceipts(in.Receipts)
	if len(res.Lines) == 0 {
		ex.add("Aucune recette sur la période.")
	}
	for i := range res.Lines {
		res.Gross += res.Lines[i].Gross
	}
	if len(res.Lines) > 0 {
		ex.add("Recettes brutes : " + formatEUR(res.Gross))
		if len(res.Lines) > 1 {
			for _, l := range res.Lines {
				ex.add("  dont " + lineLabel(l.Media, l.Territory) + " : " + formatEUR(l.Gross))
			}
		}
	}
	for start := 0; start < len(res.Lines); {
		// Lines are sorted by media: one rate, one explanation per media.
		m := res.Lines[start].Media
		bp, note := commissionRate(in.Commissions, m)
		if note != "" {
			ex.add(note)
		}
		var sum money.Cents
		end := start
		for ; end < len(res.Lines) && res.Lines[end].Media == m; end++ {
			l := &res.Lines[end]
			v, _ := mulDivRound(int64(l.Gross), bp, FullShare) // bp ≤ 100 %: |v| ≤ |gross|
			l.Commission = money.Cents(v)
			sum += l.Commission
		}
		res.Commission += sum
		if bp > 0 {
			ex.add("Commission du mandataire " + formatBP(bp) + " sur " + mediaInSentence(m) + " : " + formatEUR(-sum))
		}
		start = end
	}
	post := res.Gross - res.Commission
	if len(res.Lines) > 0 && res.Commission != 0 {
		ex.add("Recettes après commission : " + formatEUR(post))
	}

	// 2. Recoupment, oldest expense first.
	available := max(post, 0)
	res.Recoveries = make([]ExpenseRecovery, 0, len(in.Expenses))
	for _, e := range in.Expenses {
		remaining := max(e.Amount-e.Recouped, 0)
		took := min(remaining, available)
		available -= took
		res.Recouped += took
		res.Recoveries = append(res.Recoveries, ExpenseRecovery{ExpenseID: e.ID, Recovered: took, RemainingAfter: remaining - took})
		label := "Récupération des frais « " + e.Label + " »"
		switch {
		case remaining == 0:
			// Fully recouped in an earlier period: nothing to say.
		case took == 0:
			ex.add(label + " : rien sur cette période, " + formatEUR(remaining) + " restent à récupérer")
		case took == remaining:
			ex.add(label + " : " + formatEUR(-took) + " (entièrement récupérés)")
		default:
			ex.add(label + " : " + formatEUR(-took) + " (reste " + formatEUR(remaining-took) + " reporté sur la période suivante)")
		}
	}
	if res.Recouped != 0 {
		c.weights = c.weights[:0]
		for _, l := range res.Lines {
			c.weights = append(c.weights, int64(max(l.Gross-l.Commission, 0)))
		}
		c.parts = resize(c.parts, len(res.Lines))
		c.alloc.split(c.parts, res.Recouped, c.weights)
		for i := range res.Lines {
			res.Lines[i].Recouped = c.parts[i]
		}
	}

	// 3. Net.
	for i := range res.Lines {
		l := &res.Lines[i]
		l.Net = l.Gross - l.Commission - l.Recouped
		res.Net += l.Net
	}
	if len(res.Lines) > 0 {
		ex.add("Recettes nettes à répartir : " + formatEUR(res.Net))
	}

	// 4. Shares.
	var holders []uuid.UUID
	for _, sh := range in.Shares {
		if !slices.Contains(holders, sh.HolderID) {
			holders = append(holders, sh.HolderID)
		}
	}
	res.Holders = make([]HolderAmount, 0, len(res.Lines)*len(holders))
	for _, l := range res.Lines {
		c.matchShares(in.Shares, l.Media, l.Territory)
		var matched int64
		c.weights = c.weights[:0]
		for _, p := range c.picks {
			// A single share above 100 % is as wrong as several: counting it
			// as 100 % keeps the sum far from overflowing.
			w := min(p.bp, FullShare)
			matched += w
			c.weights = append(c.weights, w)
		}
		residualBP := int64(FullShare) - matched
		if residualBP < 0 {
			ex.add("Attention : les parts sur " + lineLabel(l.Media, l.Territory) + " totalisent " + formatBP(matched) +
				" ; elles sont ramenées proportionnellement à 100" + nbsp + "% et le détenteur résiduel ne reçoit rien sur cette ligne.")
			residualBP = 0
		}
		c.weights = append(c.weights, residualBP)
		c.parts = resize(c.parts, len(c.weights))
		c.alloc.split(c.parts, l.Net, c.weights)
		for i, p := range c.picks {
			res.Holders = append(res.Holders, HolderAmount{HolderID: p.holder, Media: l.Media, Territory: l.Territory, Amount: c.parts[i], BasisPoints: p.bp})
		}
		res.Residual += c.parts[len(c.picks)]
	}
	explainHolders(&ex, res.Holders, len(res.Lines))
	if len(res.Lines) > 0 {
		ex.add("Solde au détenteur résiduel " + in.ResidualHolder.String() + " (part non couverte par les contrats) : " + formatEUR(res.Residual))
	}
	res.Explanation = ex.lines
	return res
}

func resize(s []money.Cents, n int) []money.Cents {
	return slices.Grow(s[:0], n)[:n]
}

// groupReceipts sums the receipts per (media, territory), in statement order.
func groupReceipts(receipts []Receipt) []Line {
	if len(receipts) == 0 {
		return nil
	}
	sorted := make([]Receipt, len(receipts))
	copy(sorted, receipts)
	for i := range sorted {
		sorted[i].Media, sorted[i].Territory = normMedia(sorted[i].Media), normTerritory(sorted[i].Territory)
	}
	slices.SortFunc(sorted, func(a, b Receipt) int {
		if c := compareMedia(a.Media, b.Media); c != 0 {
			return c
		}
		return compareTerritory(a.Territory, b.Territory)
	})
	lines := make([]Line, 0, len(sorted))
	for _, r := range sorted {
		if n := len(lines); n > 0 && lines[n-1].Media == r.Media && lines[n-1].Territory == r.Territory {
			lines[n-1].Gross += r.Amount
			continue
		}
		lines = append(lines, Line{Media: r.Media, Territory: r.Territory, Gross: r.Amount})
	}
	return slices.Clip(lines)
}

// An empty media or territory is read as ALL or WORLD rather than as a
// media nobody can match.
func normMedia(m db.Media) db.Media {
	if m == "" {
		return db.MediaAll
	}
	return m
}

func normTerritory(t string) string {
	if t == "" {
		return World
	}
	return t
}

// compareTerritory puts WORLD first, then the countries alphabetically.
func compareTerritory(a, b string) int {
	if a == b {
		return 0
	}
	if a == World {
		return -1
	}
	if b == World {
		return 1
	}
	return strings.Compare(a, b)
}

// commissionRate is the rate of media m, and a note when the configured rate
// had to be clamped.
func commissionRate(commissions []Commission, m db.Media) (int64, string) {
	bp, found := int64(0), false
	for _, c := range commissions {
		if normMedia(c.Media) == m {
			bp, found = c.BasisPoints, true
			break
		}
	}
	if !found {
		for _, c := range commissions {
			if normMedia(c.Media) == db.MediaAll {
				bp = c.BasisPoints
				break
			}
		}
	}
	switch {
	case bp < 0:
		return 0, "Attention : commission négative configurée sur " + mediaInSentence(m) + ", ramenée à 0" + nbsp + "%."
	case bp > FullShare:
		return FullShare, "Attention : commission de " + formatBP(bp) + " configurée sur " + mediaInSentence(m) + ", ramenée à 100" + nbsp + "%."
	}
	return bp, ""
}

// matchShares leaves in c.picks the share of each holder applicable to the
// line, ordered by holder id, without those of zero or fewer basis points.
func (c *computer) matchShares(shares []Share, m db.Media, territory string) {
	c.picks = c.picks[:0]
	for _, s := range shares {
		sm, st := normMedia(s.Media), normTerritory(s.Territory)
		if (sm != db.MediaAll && sm != m) || (st != World && st != territory) {
			continue
		}
		p := pick{holder: s.HolderID, bp: s.BasisPoints, specificity: specificity(sm, st)}
		if i := slices.IndexFunc(c.picks, func(q pick) bool { return q.holder == p.holder }); i >= 0 {
			if better(p, c.picks[i]) {
				c.picks[i] = p
			}
			continue
		}
		c.picks = append(c.picks, p)
	}
	c.picks = slices.DeleteFunc(c.picks, func(p pick) bool { return p.bp <= 0 })
	slices.SortFunc(c.picks, func(a, b pick) int { return bytes.Compare(a.holder[:], b.holder[:]) })
}

func specificity(m db.Media, territory string) int {
	s := 0
	if m != db.MediaAll {
		s += 2
	}
	if territory != World {
		s++
	}
	return s
}

// better reports whether p should replace q for the same holder.
func better(p, q pick) bool {
	if p.specificity != q.specificity {
		return p.specificity > q.specificity
	}
	return p.bp > q.bp
}

// explainHolders writes one sentence per holder and rate, naming the lines it
// covers unless it covers them all.
func explainHolders(ex *explainer, holders []HolderAmount, nLines int) {
	type group struct {
		holder uuid.UUID
		bp     int64
		amount money.Cents
		lines  []int32 // indexes in holders
	}
	var groups []group
	for i, h := range holders {
		g := slices.IndexFunc(groups, func(g group) bool { return g.holder == h.HolderID && g.bp == h.BasisPoints })
		if g < 0 {
			g = len(groups)
			groups = append(groups, group{holder: h.HolderID, bp: h.BasisPoints})
		}
		groups[g].amount += h.Amount
		groups[g].lines = append(groups[g].lines, int32(i))
	}
	for _, g := range groups {
		where := ""
		if len(g.lines) < nLines {
			where = " sur " + describeLines(holders, g.lines)
		}
		ex.add("Part de l'ayant droit " + g.holder.String() + " (" + formatBP(g.bp) + ")" + where + " : " + formatEUR(g.amount))
	}
}

// describeLines reads "télévision (France, Belgique), vidéo à la demande
// par abonnement (monde)".
func describeLines(holders []HolderAmount, lines []int32) string {
	var b strings.Builder
	for start := 0; start < len(lines); {
		m := holders[lines[start]].Media
		if start > 0 {
			b.WriteString(", ")
		}
		b.WriteString(mediaInSentence(m) + " (")
		end := start
		for ; end < len(lines) && holders[lines[end]].Media == m; end++ {
			if end > start {
				b.WriteString(", ")
			}
			b.WriteString(territoryInSentence(holders[lines[end]].Territory))
		}
		b.WriteString(")")
		start = end
	}
	return b.String()
}

type explainer struct{ lines []string }

func (e *explainer) add(s string) { e.lines = append(e.lines, s) }

func lineLabel(m db.Media, territory string) string {
	return mediaInSentence(m) + " – " + territoryInSentence(territory)
}

const nbsp = "\u00a0"

// formatEUR writes French style, "−1 851,85 €", with no-break spaces so
// that a statement never wraps an amount. The thousands separator is the
// ordinary no-break space rather than the narrow one, which many PDF fonts
// lack.
func formatEUR(c money.Cents) string {
	// Built backwards in a fixed buffer: a run formats millions of amounts.
	var buf [48]byte
	i := len(buf)
	put := func(s string) { i -= len(s); copy(buf[i:], s) }
	u := uint64(c)
	if c < 0 {
		u = -u
	}
	put(nbsp + "€")
	cents := u % 100
	buf[i-1], buf[i-2] = byte('0'+cents%10), byte('0'+cents/10)
	i -= 2
	put(",")
	whole := u / 100
	for n := 0; ; n++ {
		if n > 0 && n%3 == 0 {
			put(nbsp)
		}
		i--
		buf[i] = byte('0' + whole%10)
		whole /= 10
		if whole == 0 {
			break
		}
	}
	if c < 0 {
		put("−")
	}
	return string(buf[i:])
}

// formatBP writes basis points as a French percentage: 1500 → "15 %",
// 1250 → "12,5 %", 1234 → "12,34 %".
func formatBP(bp int64) string {
	sign := ""
	u := uint64(bp)
	if bp < 0 {
		sign = "−"
		u = -u
	}
	s := sign + strconv.FormatUint(u/100, 10)
	if f := u % 100; f != 0 {
		s += "," + strings.TrimRight(fmt.Sprintf("%02d", f), "0")
	}
	return s + nbsp + "%"
}

// OpenStart and OpenEnd stand for the missing bound of an open-ended share
// in an Overlap.
var (
	OpenStart = dates.Date{Year: 1, Month: 1, Day: 1}
	OpenEnd   = dates.Date{Year: 9999, Month: 12, Day: 31}
)

// ShareRow is a stored share, with its validity; a nil bound is open.
type ShareRow struct {
	ID          uuid.UUID
	WorkID      uuid.UUID
	HolderID    uuid.UUID
	Media       db.Media
	Territory   string
	From, To    *dates.Date
	BasisPoints int64
}

// Overlap is a media, territory and span of dates of a work where the
// applicable shares add up to more than 100 %. Media ALL and territory WORLD
// stand for every media and territory no share names specifically. From and
// To are the first and last day of the span with the same shares (OpenStart
// and OpenEnd when unbounded).
type Overlap struct {
	WorkID           uuid.UUID
	Media            db.Media
	Territory        string
	From, To         dates.Date
	ShareIDs         []uuid.UUID
	TotalBasisPoints int64
}

// Overlaps finds where the shares of a work exceed 100 %, applying the rules
// of Compute: an ALL/WORLD share applies to every specific media and
// territory, and for one holder only the most specific share applicable on a
// date counts (the largest between equally specific ones). Two shares of one
// holder for the same media, territory and dates are therefore not added up;
// refusing such duplicates is a separate check. Shares with To before From
// never apply. The output is sorted by work, media, territory and date, and
// the same shares over dates already reported are reported once, under the
// most general media and territory.
func Overlaps(shares []ShareRow) []Overlap {
	rows := slices.Clone(shares)
	for i := range rows {
		rows[i].Media, rows[i].Territory = normMedia(rows[i].Media), normTerritory(rows[i].Territory)
	}
	slices.SortStableFunc(rows, func(a, b ShareRow) int { return bytes.Compare(a.WorkID[:], b.WorkID[:]) })
	var out []Overlap
	for start := 0; start < len(rows); {
		end := start
		for end < len(rows) && rows[end].WorkID == rows[start].WorkID {
			end++
		}
		out = append(out, workOverlaps(rows[start:end])...)
		start = end
	}
	return out
}

func workOverlaps(rows []ShareRow) []Overlap {
	medias := []db.Media{db.MediaAll}
	territories := []string{World}
	for _, r := range rows {
		if !slices.Contains(medias, r.Media) {
			medias = append(medias, r.Media)
		}
		if !slices.Contains(territories, r.Territory) {
			territories = append(territories, r.Territory)
		}
	}
	slices.SortFunc(medias, compareMedia)
	slices.SortFunc(territories, compareTerritory)

	// Cells go from the most general to the most specific, so that the same
	// shares exceeding on the same dates are reported once, in general terms.
	var out []Overlap
	for _, m := range medias {
		for _, t := range territories {
			for _, o := range cellOverlaps(rows, m, t) {
				if !slices.ContainsFunc(out, func(p Overlap) bool {
					return slices.Equal(p.ShareIDs, o.ShareIDs) && compareDate(p.From, o.From) <= 0 && compareDate(o.To, p.To) <= 0
				}) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

func cellOverlaps(rows []ShareRow, m db.Media, territory string) []Overlap {
	var applicable []ShareRow
	var breaks []dates.Date
	for _, r := range rows {
		if (r.Media != db.MediaAll && r.Media != m) || (r.Territory != World && r.Territory != territory) {
			continue
		}
		from, to := bounds(r)
		if compareDate(to, from) < 0 {
			continue
		}
		applicable = append(applicable, r)
		breaks = append(breaks, from)
		if compareDate(to, OpenEnd) < 0 {
			breaks = append(breaks, to.AddDays(1))
		}
	}
	slices.SortFunc(breaks, compareDate)
	breaks = slices.Compact(breaks)

	var out []Overlap
	for i, d := range breaks {
		best := map[uuid.UUID]ShareRow{}
		for _, r := range applicable {
			from, to := bounds(r)
			if compareDate(d, from) < 0 || compareDate(d, to) > 0 {
				continue
			}
			p := pick{bp: r.BasisPoints, specificity: specificity(r.Media, r.Territory)}
			if q, ok := best[r.HolderID]; !ok || better(p, pick{bp: q.BasisPoints, specificity: specificity(q.Media, q.Territory)}) {
				best[r.HolderID] = r
			}
		}
		var total int64
		var ids []uuid.UUID
		for _, r := range best {
			if r.BasisPoints > 0 {
				total += r.BasisPoints
				ids = append(ids, r.ID)
			}
		}
		if total <= FullShare {
			continue
		}
		slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
		last := OpenEnd
		if i+1 < len(breaks) {
			last = breaks[i+1].AddDays(-1)
		}
		if n := len(out); n > 0 && slices.Equal(out[n-1].ShareIDs, ids) && out[n-1].To.AddDays(1) == d {
			out[n-1].To = last
			continue
		}
		out = append(out, Overlap{Media: m, Territory: territory, WorkID: rows[0].WorkID, From: d, To: last, ShareIDs: ids, TotalBasisPoints: total})
	}
	return out
}

func bounds(r ShareRow) (from, to dates.Date) {
	from, to = OpenStart, OpenEnd
	if r.From != nil && compareDate(*r.From, OpenStart) > 0 {
		from = *r.From
	}
	if r.To != nil && compareDate(*r.To, OpenEnd) < 0 {
		to = *r.To
	}
	return from, to
}

func compareDate(a, b dates.Date) int {
	if c := cmp.Compare(a.Year, b.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Month, b.Month); c != 0 {
		return c
	}
	return cmp.Compare(a.Day, b.Day)
}
