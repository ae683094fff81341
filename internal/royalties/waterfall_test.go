package royalties

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// id gives readable, ordered ids: id(1) < id(2) < …
func id(n int) uuid.UUID {
	return uuid.MustParse(fmt.Sprintf("00000000-0000-0000-0000-%012d", n))
}

var (
	work     = id(100)
	residual = id(99)
	holderA  = id(1)
	holderB  = id(2)
	holderC  = id(3)
)

type holderLine struct {
	holder    uuid.UUID
	media     db.Media
	territory string
	amount    money.Cents
}

func holderLines(r WorkResult) []holderLine {
	var out []holderLine
	for _, h := range r.Holders {
		out = append(out, holderLine{h.HolderID, h.Media, h.Territory, h.Amount})
	}
	return out
}

func TestComputeCases(t *testing.T) {
	cases := []struct {
		name    string
		in      WorkInput
		lines   []Line
		holders []holderLine
		totals  [5]money.Cents // gross, commission, recouped, net, residual
		explain []string       // substrings expected in the explanation, in order
	}{
		{
			name: "commission only, a media rate overrides ALL, no shares",
			in: WorkInput{
				Receipts:    []Receipt{{db.MediaSVOD, "FR", 234567}, {db.MediaTV, "FR", 600000}, {db.MediaTV, "FR", 400000}},
				Commissions: []Commission{{db.MediaAll, 1500}, {db.MediaSVOD, 2000}},
			},
			lines: []Line{
				{db.MediaTV, "FR", 1000000, 150000, 0, 850000},
				{db.MediaSVOD, "FR", 234567, 46913, 0, 187654}, // 46 913,4 rounds down
			},
			totals: [5]money.Cents{1234567, 196913, 0, 1037654, 1037654},
			explain: []string{
				"Recettes brutes : 12\u00a0345,67\u00a0€",
				"dont télévision – France : 10\u00a0000,00\u00a0€",
				"Commission du mandataire 15\u00a0% sur télévision : −1\u00a0500,00\u00a0€",
				"Commission du mandataire 20\u00a0% sur vidéo à la demande par abonnement : −469,13\u00a0€",
				"Recettes après commission : 10\u00a0376,54\u00a0€",
				"Solde au détenteur résiduel " + residual.String() + " (part non couverte par les contrats) : 10\u00a0376,54\u00a0€",
			},
		},
		{
			name: "commission rounds half up",
			in: WorkInput{
				Receipts:    []Receipt{{db.MediaTV, "FR", 1234567}},
				Commissions: []Commission{{db.MediaAll, 1500}}, // 185 185,05
			},
			lines:  []Line{{db.MediaTV, "FR", 1234567, 185185, 0, 1049382}},
			totals: [5]money.Cents{1234567, 185185, 0, 1049382, 1049382},
		},
		{
			name: "negative receipts: a refund exceeding receipts recoups nothing",
			in: WorkInput{
				Receipts:    []Receipt{{db.MediaTV, "FR", 10000}, {db.MediaTV, "FR", -30000}},
				Commissions: []Commission{{db.MediaAll, 1000}},
				Expenses:    []Expense{{ID: id(50), Label: "Doublage", Amount: 5000}},
				Shares:      []Share{{holderA, db.MediaAll, World, 3000}},
			},
			lines:   []Line{{db.MediaTV, "FR", -20000, -2000, 0, -18000}},
			holders: []holderLine{{holderA, db.MediaTV, "FR", -5400}},
			totals:  [5]money.Cents{-20000, -2000, 0, -18000, -12600},
			explain: []string{"Récupération des frais « Doublage » : rien sur cette période, 50,00\u00a0€ restent à récupérer"},
		},
		{
			name: "a negative line is not recouped from",
			in: WorkInput{
				Receipts: []Receipt{{db.MediaTV, "FR", 100000}, {db.MediaSVOD, "DE", -20000}},
				Expenses: []Expense{{ID: id(50), Label: "Livraison", Amount: 50000}},
			},
			lines: []Line{
				{db.MediaTV, "FR", 100000, 0, 50000, 50000},
				{db.MediaSVOD, "DE", -20000, 0, 0, -20000},
			},
			totals: [5]money.Cents{80000, 0, 50000, 30000, 30000},
		},
		{
			name: "recoupment pro rata to lines after commission",
			in: WorkInput{
				Receipts:    []Receipt{{db.MediaTV, "FR", 100000}, {db.MediaTV, "BE", 50000}, {db.MediaSVOD, "FR", 50000}},
				Commissions: []Commission{{db.MediaTV, 2000}},
				Expenses:    []Expense{{ID: id(50), Label: "Marketing", Amount: 10001}},
			},
			// After commission 40 000, 80 000 and 50 000 of 170 000: 2 353,17,
			// 4 706,35 and 2 941,47 cents; the missing cent goes to the largest
			// remainder.
			lines: []Line{
				{db.MediaTV, "BE", 50000, 10000, 2353, 37647},
				{db.MediaTV, "FR", 100000, 20000, 4706, 75294},
				{db.MediaSVOD, "FR", 50000, 0, 2942, 47058},
			},
			totals:  [5]money.Cents{200000, 30000, 10001, 159999, 159999},
			explain: []string{"Récupération des frais « Marketing » : −100,01 € (entièrement récupérés)"},
		},
		{
			name: "specific shares beat ALL for the same holder, several territories",
			in: WorkInput{
				Receipts: []Receipt{{db.MediaTV, "FR", 10000}, {db.MediaTV, "DE", 10000}, {db.MediaSVOD, "FR", 10000}},
				Shares: []Share{
					{holderC, db.MediaAll, "FR", 5000},
					{holderA, db.MediaTV, "FR", 1000},
					{holderB, db.MediaTV, World, 2000},
					{holderA, db.MediaAll, World, 3000},
				},
			},
			lines: []Line{
				{db.MediaTV, "DE", 10000, 0, 0, 10000},
				{db.MediaTV, "FR", 10000, 0, 0, 10000},
				{db.MediaSVOD, "FR", 10000, 0, 0, 10000},
			},
			holders: []holderLine{
				{holderA, db.MediaTV, "DE", 3000}, {holderB, db.MediaTV, "DE", 2000},
				{holderA, db.MediaTV, "FR", 1000}, {holderB, db.MediaTV, "FR", 2000}, {holderC, db.MediaTV, "FR", 5000},
				{holderA, db.MediaSVOD, "FR", 3000}, {holderC, db.MediaSVOD, "FR", 5000},
			},
			totals: [5]money.Cents{30000, 0, 0, 30000, 9000},
			explain: []string{
				"Part de l'ayant droit " + holderA.String() + " (30\u00a0%) sur télévision (Allemagne), vidéo à la demande par abonnement (France) : 60,00\u00a0€",
				"Part de l'ayant droit " + holderB.String() + " (20\u00a0%) sur télévision (Allemagne, France) : 40,00\u00a0€",
				"Part de l'ayant droit " + holderA.String() + " (10\u00a0%) sur télévision (France) : 10,00\u00a0€",
			},
		},
		{
			name: "largest remainder among holders, nothing to the residual",
			in: WorkInput{
				Receipts: []Receipt{{db.MediaVideo, "BE", 100}},
				Shares:   []Share{{holderA, db.MediaAll, World, 3333}, {holderB, db.MediaAll, World, 3333}, {holderC, db.MediaAll, World, 3334}},
			},
			lines:   []Line{{db.MediaVideo, "BE", 100, 0, 0, 100}},
			holders: []holderLine{{holderA, db.MediaVideo, "BE", 33}, {holderB, db.MediaVideo, "BE", 33}, {holderC, db.MediaVideo, "BE", 34}},
			totals:  [5]money.Cents{100, 0, 0, 100, 0},
		},
		{
			name: "shares above 100 % are scaled down and explained",
			in: WorkInput{
				Receipts: []Receipt{{db.MediaTV, "FR", 10000}},
				Shares:   []Share{{holderA, db.MediaAll, World, 6000}, {holderB, db.MediaTV, World, 5000}},
			},
			lines:   []Line{{db.MediaTV, "FR", 10000, 0, 0, 10000}},
			holders: []holderLine{{holderA, db.MediaTV, "FR", 5455}, {holderB, db.MediaTV, "FR", 4545}},
			totals:  [5]money.Cents{10000, 0, 0, 10000, 0},
			explain: []string{"Attention : les parts sur télévision – France totalisent 110\u00a0%"},
		},
		{
			name: "a receipt with no media or territory is ALL/WORLD and only general shares match",
			in: WorkInput{
				Receipts:    []Receipt{{"", "", 10000}},
				Commissions: []Commission{{db.MediaTV, 5000}},
				Shares:      []Share{{holderA, db.MediaTV, World, 5000}, {holderB, "", "", 2500}},
			},
			lines:   []Line{{db.MediaAll, World, 10000, 0, 0, 10000}},
			holders: []holderLine{{holderB, db.MediaAll, World, 2500}},
			totals:  [5]money.Cents{10000, 0, 0, 10000, 7500},
		},
		{
			name: "no receipts: expenses wait",
			in: WorkInput{
				Expenses: []Expense{{ID: id(50), Label: "MG", Amount: 100000, Recouped: 20000}},
				Shares:   []Share{{holderA, db.MediaAll, World, 5000}},
			},
			totals:  [5]money.Cents{0, 0, 0, 0, 0},
			explain: []string{"Aucune recette sur la période."},
		},
		{
			name: "out-of-range commission is clamped",
			in: WorkInput{
				Receipts:    []Receipt{{db.MediaTV, "FR", 10000}, {db.MediaSVOD, "FR", 10000}},
				Commissions: []Commission{{db.MediaTV, 12000}, {db.MediaSVOD, -5}},
			},
			lines:   []Line{{db.MediaTV, "FR", 10000, 10000, 0, 0}, {db.MediaSVOD, "FR", 10000, 0, 0, 10000}},
			totals:  [5]money.Cents{20000, 10000, 0, 10000, 10000},
			explain: []string{"ramenée à 100\u00a0%", "commission négative configurée sur vidéo à la demande par abonnement, ramenée à 0\u00a0%"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.in.WorkID, c.in.ResidualHolder = work, residual
			r := Compute(c.in)
			checkInvariants(t, c.in, r)
			if !slices.Equal(r.Lines, c.lines) {
				t.Errorf("lines = %+v, want %+v", r.Lines, c.lines)
			}
			if got := holderLines(r); !slices.Equal(got, c.holders) {
				t.Errorf("holders = %+v, want %+v", got, c.holders)
			}
			if got := [5]money.Cents{r.Gross, r.Commission, r.Recouped, r.Net, r.Residual}; got != c.totals {
				t.Errorf("gross, commission, recouped, net, residual = %v, want %v", got, c.totals)
			}
			text := strings.Join(r.Explanation, "\n")
			at := 0
			for _, want := range c.explain {
				i := strings.Index(text[at:], want)
				if i < 0 {
					t.Errorf("explanation lacks %q after position %d:\n%s", want, at, text)
					break
				}
				at += i + len(want)
			}
		})
	}
}

// TestRecoupmentCarriesOver runs two periods, feeding what the first
// recovered back as Recouped, the way the service stores it between runs.
func TestRecoupmentCarriesOver(t *testing.T) {
	expenses := []Expense{
		{ID: id(50), Label: "Doublage", Amount: 50000},
		{ID: id(51), Label: "Marketing", Amount: 80000},
	}
	in := WorkInput{
		WorkID: work, ResidualHolder: residual,
		Receipts:    []Receipt{{db.MediaTV, "FR", 100000}},
		Commissions: []Commission{{db.MediaAll, 1000}},
		Expenses:    expenses,
		Shares:      []Share{{holderA, db.MediaAll, World, 5000}},
	}
	first := Compute(in)
	checkInvariants(t, in, first)
	wantRec := []ExpenseRecovery{{id(50), 50000, 0}, {id(51), 40000, 40000}}
	if !slices.Equal(first.Recoveries, wantRec) || first.Net != 0 || first.Recouped != 90000 {
		t.Fatalf("first period: recoveries %+v, net %d, recouped %d", first.Recoveries, first.Net, first.Recouped)
	}
	if !strings.Contains(strings.Join(first.Explanation, "\n"), "(reste 400,00\u00a0€ reporté sur la période suivante)") {
		t.Errorf("the carry-over is not explained:\n%s", strings.Join(first.Explanation, "\n"))
	}

	next := slices.Clone(expenses)
	for i, rec := range first.Recoveries {
		next[i].Recouped = next[i].Amount - rec.RemainingAfter
	}
	in.Expenses = next
	second := Compute(in)
	checkInvariants(t, in, second)
	wantRec = []ExpenseRecovery{{id(50), 0, 0}, {id(51), 40000, 0}}
	if !slices.Equal(second.Recoveries, wantRec) {
		t.Fatalf("second period recoveries %+v, want %+v", second.Recoveries, wantRec)
	}
	if second.Net != 50000 || second.Residual != 25000 || second.Holders[0].Amount != 25000 {
		t.Errorf("second period: net %d, residual %d, holders %+v", second.Net, second.Residual, second.Holders)
	}

	for i, rec := range second.Recoveries {
		next[i].Recouped = next[i].Amount - rec.RemainingAfter
	}
	third := Compute(in)
	if third.Recouped != 0 || third.Net != 90000 {
		t.Errorf("third period: everything is recouped, yet recouped %d, net %d", third.Recouped, third.Net)
	}
}

// checkInvariants holds for any input: every cent of the receipts ends with
// the manager, an expense, a holder or the residual holder.
func checkInvariants(t *testing.T, in WorkInput, r WorkResult) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("%s\ninput: %+v\nresult: %+v", fmt.Sprintf(format, args...), in, r)
	}
	var receipts money.Cents
	for _, x := range in.Receipts {
		receipts += x.Amount
	}
	var sum Line
	type key struct {
		m db.Media
		t string
	}
	lineNet := map[key]money.Cents{}
	for _, l := range r.Lines {
		if l.Gross != l.Commission+l.Recouped+l.Net {
			fail("line %+v: gross ≠ commission + recouped + net", l)
		}
		post := l.Gross - l.Commission
		if l.Recouped < 0 || l.Recouped > max(post, 0) {
			fail("line %+v: recouped outside 0…%d", l, max(post, 0))
		}
		// Commission within half a cent of the exact rate.
		bp, _ := commissionRate(in.Commissions, l.Media)
		d := new(big.Int).Mul(big.NewInt(int64(l.Commission)), big.NewInt(FullShare))
		d.Sub(d, new(big.Int).Mul(big.NewInt(int64(l.Gross)), big.NewInt(bp)))
		if d.Abs(d).Cmp(big.NewInt(FullShare/2)) > 0 {
			fail("line %+v: commission is not gross × %d bp rounded", l, bp)
		}
		sum.Gross += l.Gross
		sum.Commission += l.Commission
		sum.Recouped += l.Recouped
		sum.Net += l.Net
		lineNet[key{l.Media, l.Territory}] = l.Net
	}
	if r.Gross != receipts || sum.Gross != r.Gross || sum.Commission != r.Commission || sum.Recouped != r.Recouped || sum.Net != r.Net {
		fail("lines do not add up to the totals")
	}
	if r.Gross != r.Commission+r.Recouped+r.Net {
		fail("gross ≠ commission + recouped + net")
	}
	var holders money.Cents
	byLine := map[key]money.Cents{}
	for _, h := range r.Holders {
		holders += h.Amount
		byLine[key{h.Media, h.Territory}] += h.Amount
	}
	if holders+r.Residual != r.Net {
		fail("holders %d + residual %d ≠ net %d", holders, r.Residual, r.Net)
	}

	// Each holder within a cent of its exact part of the line, computed
	// independently of Compute's matching.
	for _, l := range r.Lines {
		shares := referenceShares(in.Shares, l.Media, l.Territory)
		var total int64
		for _, bp := range shares {
			total += min(bp, FullShare)
		}
		den := max(total, FullShare)
		var got []HolderAmount
		for _, h := range r.Holders {
			if h.Media == l.Media && h.Territory == l.Territory {
				got = append(got, h)
			}
		}
		if len(got) != len(shares) {
			fail("line %+v: %d holders, want %d (%v)", l, len(got), len(shares), shares)
		}
		for _, h := range got {
			bp, ok := shares[h.HolderID]
			if !ok || bp != h.BasisPoints {
				fail("line %+v: holder %v with %d bp, want %d", l, h.HolderID, h.BasisPoints, bp)
			}
			d := new(big.Int).Mul(big.NewInt(int64(h.Amount)), big.NewInt(den))
			d.Sub(d, new(big.Int).Mul(big.NewInt(int64(l.Net)), big.NewInt(min(bp, FullShare))))
			if d.Abs(d).Cmp(big.NewInt(den)) >= 0 {
				fail("line %+v: holder %v gets %d, more than a cent from %d bp", l, h.HolderID, h.Amount, bp)
			}
		}
		if total >= FullShare && byLine[key{l.Media, l.Territory}] != l.Net {
			fail("line %+v: shares of %d bp leave something to the residual", l, total)
		}
	}

	// Recoupment: oldest first, never more than available or owed.
	var recovered money.Cents
	if len(r.Recoveries) != len(in.Expenses) {
		fail("%d recoveries for %d expenses", len(r.Recoveries), len(in.Expenses))
	}
	waiting := false
	for i, rec := range r.Recoveries {
		e := in.Expenses[i]
		owed := max(e.Amount-e.Recouped, 0)
		if rec.ExpenseID != e.ID || rec.Recovered < 0 || rec.RemainingAfter < 0 || rec.Recovered+rec.RemainingAfter != owed {
			fail("recovery %+v of %+v", rec, e)
		}
		if waiting && rec.Recovered > 0 {
			fail("expense %d recovered before an older one was fully recouped", i)
		}
		waiting = waiting || rec.RemainingAfter > 0
		recovered += rec.Recovered
	}
	available := max(r.Gross-r.Commission, 0)
	if recovered != r.Recouped || recovered > available || (waiting && recovered != available) {
		fail("recovered %d, recouped %d, available %d", recovered, r.Recouped, available)
	}
}

// referenceShares is the matching rule written the slow, obvious way.
func referenceShares(shares []Share, m db.Media, territory string) map[uuid.UUID]int64 {
	best := map[uuid.UUID]Share{}
	rank := func(s Share) int {
		n := 0
		if s.Media != db.MediaAll && s.Media != "" {
			n += 2
		}
		if s.Territory != World && s.Territory != "" {
			n++
		}
		return n
	}
	for _, s := range shares {
		mediaOK := s.Media == db.MediaAll || s.Media == "" || s.Media == m
		territoryOK := s.Territory == World || s.Territory == "" || s.Territory == territory
		if !mediaOK || !territoryOK {
			continue
		}
		b, seen := best[s.HolderID]
		if !seen || rank(s) > rank(b) || (rank(s) == rank(b) && s.BasisPoints > b.BasisPoints) {
			best[s.HolderID] = s
		}
	}
	out := map[uuid.UUID]int64{}
	for h, s := range best {
		if s.BasisPoints > 0 {
			out[h] = s.BasisPoints
		}
	}
	return out
}

func randomInput(rng *rand.Rand) WorkInput {
	medias := append([]db.Media{""}, mediaOrder...)
	territories := []string{World, "", "FR", "BE", "DE", "US", "CH"}
	holders := []uuid.UUID{id(1), id(2), id(3), id(4), id(5), residual}
	in := WorkInput{WorkID: work, ResidualHolder: residual}
	amount := func(scale int64) money.Cents {
		v := rng.Int64N(scale) - scale/5
		if rng.IntN(30) == 0 {
			v = -rng.Int64N(scale) // a large refund
		}
		return money.Cents(v)
	}
	scale := []int64{100, 100_000, 100_000_000, 1e13}[rng.IntN(4)]
	for range rng.IntN(30) {
		in.Receipts = append(in.Receipts, Receipt{medias[rng.IntN(len(medias))], territories[rng.IntN(len(territories))], amount(scale)})
	}
	for range rng.IntN(4) {
		bp := rng.Int64N(3000)
		if rng.IntN(20) == 0 {
			bp = rng.Int64N(14000) - 2000 // misconfigured
		}
		in.Commissions = append(in.Commissions, Commission{medias[rng.IntN(len(medias))], bp})
	}
	for i := range rng.IntN(5) {
		a := money.Cents(rng.Int64N(scale))
		rec := money.Cents(0)
		if rng.IntN(3) == 0 {
			rec = money.Cents(rng.Int64N(int64(a) + 10)) // sometimes beyond the amount
		}
		in.Expenses = append(in.Expenses, Expense{ID: id(50 + i), Label: "Frais", Amount: a, Recouped: rec})
	}
	for range rng.IntN(9) {
		bp := rng.Int64N(5000)
		switch rng.IntN(20) {
		case 0, 1:
			bp = 0
		case 2:
			bp = rng.Int64N(1 << 62) // nonsense the 100 % check should have refused
		}
		in.Shares = append(in.Shares, Share{holders[rng.IntN(len(holders))], medias[rng.IntN(len(medias))], territories[rng.IntN(len(territories))], bp})
	}
	return in
}

// TestComputeProperties checks the invariants on random works, that the
// result does not depend on the order of receipts and shares, and that
// without expenses a period of refunds mirrors a period of receipts.
func TestComputeProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 15))
	for range 5000 {
		in := randomInput(rng)
		r := Compute(in)
		checkInvariants(t, in, r)

		shuffled := in
		shuffled.Receipts = slices.Clone(in.Receipts)
		shuffled.Shares = slices.Clone(in.Shares)
		rng.Shuffle(len(shuffled.Receipts), func(i, j int) {
			shuffled.Receipts[i], shuffled.Receipts[j] = shuffled.Receipts[j], shuffled.Receipts[i]
		})
		rng.Shuffle(len(shuffled.Shares), func(i, j int) { shuffled.Shares[i], shuffled.Shares[j] = shuffled.Shares[j], shuffled.Shares[i] })
		if r2 := Compute(shuffled); !reflect.DeepEqual(r, r2) {
			t.Fatalf("the order of the input changes the result:\n%+v\n%+v", r, r2)
		}

		if len(in.Expenses) == 0 {
			neg := in
			neg.Receipts = slices.Clone(in.Receipts)
			for i := range neg.Receipts {
				neg.Receipts[i].Amount = -neg.Receipts[i].Amount
			}
			rn := Compute(neg)
			checkInvariants(t, neg, rn)
			if rn.Net != -r.Net || rn.Residual != -r.Residual || rn.Commission != -r.Commission {
				t.Fatalf("refunds do not mirror receipts: %+v vs %+v", rn, r)
			}
			for i := range r.Holders {
				if rn.Holders[i].Amount != -r.Holders[i].Amount {
					t.Fatalf("holder %d: refund %d vs receipt %d", i, rn.Holders[i].Amount, r.Holders[i].Amount)
				}
			}
		}
	}
}

// TestRecoupmentAcrossManyPeriods never recovers more than an expense, and
// recovers it all once receipts suffice.
func TestRecoupmentAcrossManyPeriods(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 300 {
		in := randomInput(rng)
		owed := map[uuid.UUID]money.Cents{}
		for _, e := range in.Expenses {
			owed[e.ID] = max(e.Amount-e.Recouped, 0)
		}
		total := map[uuid.UUID]money.Cents{}
		for range 6 {
			in.Receipts = randomInput(rng).Receipts
			r := Compute(in)
			checkInvariants(t, in, r)
			for i, rec := range r.Recoveries {
				total[rec.ExpenseID] += rec.Recovered
				in.Expenses[i].Recouped = in.Expenses[i].Amount - rec.RemainingAfter
			}
		}
		for id, v := range total {
			if v > owed[id] {
				t.Fatalf("expense %v: recovered %d of %d owed", id, v, owed[id])
			}
		}
	}
}

func TestFormat(t *testing.T) {
	for c, want := range map[money.Cents]string{
		0: "0,00 €", 5: "0,05 €", -5: "−0,05 €", 123456: "1 234,56 €", 1234567: "12 345,67 €",
		-185185: "−1 851,85 €", 100000000: "1 000 000,00 €",
		-9223372036854775808: "−92 233 720 368 547 758,08 €",
	} {
		if got := strings.ReplaceAll(formatEUR(c), "\u00a0", " "); got != want {
			t.Errorf("formatEUR(%d) = %q, want %q", c, got, want)
		}
	}
	for bp, want := range map[int64]string{1500: "15 %", 1250: "12,5 %", 1234: "12,34 %", 5: "0,05 %", 10000: "100 %", 0: "0 %", -50: "−0,5 %"} {
		if got := strings.ReplaceAll(formatBP(bp), "\u00a0", " "); got != want {
			t.Errorf("formatBP(%d) = %q, want %q", bp, got, want)
		}
	}
}

func day(s string) *dates.Date {
	d, err := dates.Parse(s)
	if err != nil {
		panic(err)
	}
	return &d
}

func TestOverlaps(t *testing.T) {
	w2 := id(200)
	cases := []struct {
		name   string
		shares []ShareRow
		want   []Overlap
	}{
		{
			name: "ALL 60 % and TV 50 % overlap on TV",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, BasisPoints: 6000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaTV, Territory: World, BasisPoints: 5000},
			},
			want: []Overlap{{WorkID: work, Media: db.MediaTV, Territory: World, From: OpenStart, To: OpenEnd, ShareIDs: []uuid.UUID{id(11), id(12)}, TotalBasisPoints: 11000}},
		},
		{
			name: "exactly 100 % is fine",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, BasisPoints: 6000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaTV, Territory: "FR", BasisPoints: 4000},
			},
		},
		{
			name: "a holder's specific share replaces their general one",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, BasisPoints: 6000},
				{ID: id(12), WorkID: work, HolderID: holderA, Media: db.MediaTV, Territory: World, BasisPoints: 5000},
				{ID: id(13), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, BasisPoints: 4000},
			},
		},
		{
			name: "ALL/FR and ALL/WORLD overlap in France only",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: "FR", BasisPoints: 7000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, BasisPoints: 4000},
			},
			want: []Overlap{{WorkID: work, Media: db.MediaAll, Territory: "FR", From: OpenStart, To: OpenEnd, ShareIDs: []uuid.UUID{id(11), id(12)}, TotalBasisPoints: 11000}},
		},
		{
			name: "overlap limited to the common dates",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, From: day("2024-01-01"), To: day("2024-12-31"), BasisPoints: 6000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, From: day("2024-07-01"), BasisPoints: 5000},
			},
			want: []Overlap{{WorkID: work, Media: db.MediaAll, Territory: World, From: *day("2024-07-01"), To: *day("2024-12-31"), ShareIDs: []uuid.UUID{id(11), id(12)}, TotalBasisPoints: 11000}},
		},
		{
			name: "consecutive periods do not overlap",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, To: day("2024-06-30"), BasisPoints: 6000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, From: day("2024-07-01"), BasisPoints: 5000},
			},
		},
		{
			name: "the general share applies again when the specific one ends",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, BasisPoints: 3000},
				{ID: id(12), WorkID: work, HolderID: holderA, Media: db.MediaTV, Territory: World, To: day("2023-12-31"), BasisPoints: 1000},
				{ID: id(13), WorkID: work, HolderID: holderB, Media: db.MediaTV, Territory: World, BasisPoints: 7500},
			},
			want: []Overlap{{WorkID: work, Media: db.MediaTV, Territory: World, From: *day("2024-01-01"), To: OpenEnd, ShareIDs: []uuid.UUID{id(11), id(13)}, TotalBasisPoints: 10500}},
		},
		{
			name: "a share ending before it starts never applies",
			shares: []ShareRow{
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, From: day("2024-02-01"), To: day("2024-01-01"), BasisPoints: 9000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, BasisPoints: 5000},
			},
		},
		{
			name: "several works, reported in order, each once",
			shares: []ShareRow{
				{ID: id(21), WorkID: w2, HolderID: holderA, Media: db.MediaSVOD, Territory: "BE", BasisPoints: 10000},
				{ID: id(22), WorkID: w2, HolderID: holderB, Media: db.MediaSVOD, Territory: "BE", BasisPoints: 1},
				{ID: id(11), WorkID: work, HolderID: holderA, Media: db.MediaAll, Territory: World, BasisPoints: 8000},
				{ID: id(12), WorkID: work, HolderID: holderB, Media: db.MediaAll, Territory: World, BasisPoints: 3000},
				{ID: id(13), WorkID: work, HolderID: holderC, Media: db.MediaCinema, Territory: "FR", From: day("2025-01-01"), To: day("2025-03-31"), BasisPoints: 100},
			},
			want: []Overlap{
				{WorkID: work, Media: db.MediaAll, Territory: World, From: OpenStart, To: OpenEnd, ShareIDs: []uuid.UUID{id(11), id(12)}, TotalBasisPoints: 11000},
				{WorkID: work, Media: db.MediaCinema, Territory: "FR", From: *day("2025-01-01"), To: *day("2025-03-31"), ShareIDs: []uuid.UUID{id(11), id(12), id(13)}, TotalBasisPoints: 11100},
				{WorkID: w2, Media: db.MediaSVOD, Territory: "BE", From: OpenStart, To: OpenEnd, ShareIDs: []uuid.UUID{id(21), id(22)}, TotalBasisPoints: 10001},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Overlaps(c.shares)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Overlaps =\n%+v\nwant\n%+v", got, c.want)
			}
			rev := slices.Clone(c.shares)
			slices.Reverse(rev)
			if again := Overlaps(rev); !reflect.DeepEqual(got, again) {
				t.Errorf("the order of the shares changes the result:\n%+v\n%+v", got, again)
			}
		})
	}
}

// TestOverlapsAgreesWithCompute: on random shares, a line of Compute whose
// shares exceed 100 % is exactly a date where Overlaps reports something.
func TestOverlapsAgreesWithCompute(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	medias := []db.Media{db.MediaAll, db.MediaTV, db.MediaSVOD}
	territories := []string{World, "FR", "BE"}
	on := *day("2024-06-15")
	for range 2000 {
		var rows []ShareRow
		var shares []Share
		for i := range rng.IntN(6) {
			r := ShareRow{ID: id(10 + i), WorkID: work, HolderID: id(1 + rng.IntN(3)), Media: medias[rng.IntN(3)], Territory: territories[rng.IntN(3)], BasisPoints: 1 + rng.Int64N(6000)}
			if rng.IntN(2) == 0 {
				r.From = day([]string{"2024-01-01", "2024-06-15", "2024-06-16"}[rng.IntN(3)])
			}
			rows = append(rows, r)
			if r.From == nil || compareDate(*r.From, on) <= 0 {
				shares = append(shares, Share{r.HolderID, r.Media, r.Territory, r.BasisPoints})
			}
		}
		over := map[[2]string]bool{}
		for _, o := range Overlaps(rows) {
			if compareDate(o.From, on) <= 0 && compareDate(on, o.To) <= 0 {
				over[[2]string{string(o.Media), o.Territory}] = true
			}
		}
		for _, m := range []db.Media{db.MediaAll, db.MediaTV, db.MediaSVOD, db.MediaVideo} {
			for _, ter := range []string{World, "FR", "BE", "DE"} {
				var total int64
				for _, bp := range referenceShares(shares, m, ter) {
					total += bp
				}
				// Overlaps reports a media or territory nobody names under ALL/WORLD.
				cm, ct := m, ter
				if !slices.ContainsFunc(rows, func(r ShareRow) bool { return r.Media == m }) {
					cm = db.MediaAll
				}
				if !slices.ContainsFunc(rows, func(r ShareRow) bool { return r.Territory == ter }) {
					ct = World
				}
				if (total > FullShare) != over[[2]string{string(cm), ct}] && !(total > FullShare && coveredElsewhere(Overlaps(rows), on, total)) {
					t.Fatalf("%s/%s on %v: shares total %d but overlap reported = %v\nrows %+v\noverlaps %+v", m, ter, on, total, over[[2]string{string(cm), ct}], rows, Overlaps(rows))
				}
			}
		}
	}
}

// coveredElsewhere accepts an overlap deduplicated under a more general cell:
// the same shares on the same dates are reported once.
func coveredElsewhere(overlaps []Overlap, on dates.Date, total int64) bool {
	for _, o := range overlaps {
		if o.TotalBasisPoints == total && compareDate(o.From, on) <= 0 && compareDate(on, o.To) <= 0 {
			return true
		}
	}
	return false
}
