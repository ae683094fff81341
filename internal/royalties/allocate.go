// Package royalties holds the pure rules of revenue redistribution: the
// waterfall of a work (commission, recoupment, shares), the exact split of an
// amount to the cent, the 100 % check of shares and the reading of a
// broadcaster's or distributor's CSV statement. Nothing here touches the
// database: the service feeds plain values in and stores what comes out.
package royalties

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"slices"

	"github.com/postprod/postprod/internal/kernel/money"
)

// LargestRemainder splits total into len(weights) parts proportional to the
// weights so that the parts add up to total exactly (Hamilton's method): each
// part first gets the integer part of its exact share, then the cents still
// missing go one by one to the largest fractional remainders, the lower index
// first on a tie. Every part is therefore within one cent of its exact
// proportion, and a zero weight never receives anything.
//
// A negative total (refunds exceeding receipts) is split like its absolute
// value and negated, so that a refund undoes the matching receipt cent for
// cent.
//
// When every weight is zero (or there are none) nothing can be proportional:
// every part is zero and the caller must route total elsewhere, usually to the
// residual holder. Compute never gets there because it always passes the
// residual's weight alongside the holders'.
//
// A negative weight is a programming error and panics: silently treating it as
// zero would hide a broken caller behind plausible numbers.
func LargestRemainder(total money.Cents, weights []int64) []money.Cents {
	parts := make([]money.Cents, len(weights))
	var a allocator
	a.split(parts, total, weights)
	return parts
}

// allocator keeps the scratch slices of successive splits: a distribution run
// performs millions of them and should not allocate for each.
type allocator struct {
	rem   []uint64
	order []int
}

func (a *allocator) split(parts []money.Cents, total money.Cents, weights []int64) {
	if len(parts) != len(weights) {
		panic("royalties: parts and weights differ in length")
	}
	clear(parts)
	var sum uint64
	overflow := false
	for _, w := range weights {
		if w < 0 {
			panic("royalties: negative allocation weight")
		}
		var carry uint64
		sum, carry = bits.Add64(sum, uint64(w), 0)
		overflow = overflow || carry != 0
	}
	if total == 0 || (sum == 0 && !overflow) {
		return
	}
	if overflow {
		splitBig(parts, total, weights)
		return
	}
	neg := total < 0
	abs := uint64(total)
	if neg {
		abs = -abs // two's complement: also right for math.MinInt64
	}
	a.rem = slices.Grow(a.rem[:0], len(weights))[:len(weights)]
	var given uint64
	for i, w := range weights {
		// abs·w < 2^64·sum because w ≤ sum, so the quotient fits in 64 bits.
		hi, lo := bits.Mul64(abs, uint64(w))
		q, r := bits.Div64(hi, lo, sum)
		parts[i] = money.Cents(q)
		a.rem[i] = r
		given += q
	}
	if left := abs - given; left > 0 {
		a.order = a.order[:0]
		for i, r := range a.rem {
			if r > 0 {
				a.order = append(a.order, i)
			}
		}
		rem := a.rem
		slices.SortFunc(a.order, func(i, j int) int {
			if c := cmp.Compare(rem[j], rem[i]); c != 0 {
				return c
			}
			return cmp.Compare(i, j)
		})
		// There are more positive remainders than missing cents: their sum
		// is left·sum and each is below sum.
		for _, i := range a.order[:left] {
			parts[i]++
		}
	}
	if neg {
		for i := range parts {
			parts[i] = -parts[i] // a part of 2^63 wraps to MinInt64, which is right
		}
	}
}

// splitBig handles weights whose sum does not fit in 64 bits; no real split
// gets there, but the function must stay exact for any input.
func splitBig(parts []money.Cents, total money.Cents, weights []int64) {
	sum := new(big.Int)
	for _, w := range weights {
		sum.Add(sum, big.NewInt(w))
	}
	abs := new(big.Int).Abs(big.NewInt(int64(total)))
	rem := make([]*big.Int, len(weights))
	given := new(big.Int)
	q := make([]*big.Int, len(weights))
	for i, w := range weights {
		q[i], rem[i] = new(big.Int).QuoRem(new(big.Int).Mul(abs, big.NewInt(w)), sum, new(big.Int))
		given.Add(given, q[i])
	}
	left := new(big.Int).Sub(abs, given).Int64()
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return rem[j].Cmp(rem[i]) })
	for _, i := range order[:left] {
		q[i].Add(q[i], big.NewInt(1))
	}
	for i := range parts {
		u := q[i].Uint64()
		if total < 0 {
			parts[i] = -money.Cents(u)
		} else {
			parts[i] = money.Cents(u)
		}
	}
}

// mulDivRound returns a·b/d rounded half away from zero, and false when the
// result does not fit in an int64. b ≥ 0 and d > 0. Rounding away from zero
// (half-up on the magnitude) makes the rounding of a refund the exact opposite
// of the rounding of the receipt it cancels.
func mulDivRound(a int64, b, d int64) (int64, bool) {
	if b < 0 || d <= 0 {
		panic("royalties: mulDivRound needs b ≥ 0 and d > 0")
	}
	abs := uint64(a)
	if a < 0 {
		abs = -abs
	}
	hi, lo := bits.Mul64(abs, uint64(b))
	if hi >= uint64(d) {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, uint64(d))
	if r >= uint64(d)-r { // 2r ≥ d without overflowing
		q++
		if q == 0 {
			return 0, false
		}
	}
	if a < 0 {
		if q > 1<<63 {
			return 0, false
		}
		return -int64(q), true // q = 2^63 gives MinInt64
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}
