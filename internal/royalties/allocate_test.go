package royalties

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/postprod/postprod/internal/kernel/money"
)

func TestLargestRemainder(t *testing.T) {
	cases := []struct {
		name    string
		total   money.Cents
		weights []int64
		want    []money.Cents
	}{
		{"thirds, tie to the lower index", 100, []int64{1, 1, 1}, []money.Cents{34, 33, 33}},
		{"refund mirrors the receipt", -100, []int64{1, 1, 1}, []money.Cents{-34, -33, -33}},
		{"largest remainder wins over index", 100, []int64{3333, 3333, 3334}, []money.Cents{33, 33, 34}},
		{"exact split", 10000, []int64{2500, 2500, 5000}, []money.Cents{2500, 2500, 5000}},
		{"zero weight gets nothing", 1, []int64{0, 5, 5}, []money.Cents{0, 1, 0}},
		{"holders and residual, tie to the lower index", 12345, []int64{2000, 3000, 5000}, []money.Cents{2469, 3704, 6172}},
		{"all zero weights: caller routes total", 500, []int64{0, 0}, []money.Cents{0, 0}},
		{"no weights", 500, nil, []money.Cents{}},
		{"zero total", 0, []int64{1, 2}, []money.Cents{0, 0}},
		{"one weight takes all", -7, []int64{9}, []money.Cents{-7}},
		{"smallest int64", math.MinInt64, []int64{1, 1}, []money.Cents{math.MinInt64 / 2, math.MinInt64 / 2}},
		{"largest int64", math.MaxInt64, []int64{1, 1}, []money.Cents{math.MaxInt64/2 + 1, math.MaxInt64 / 2}},
		{"weights overflowing 64 bits", 100, []int64{math.MaxInt64, math.MaxInt64, math.MaxInt64}, []money.Cents{34, 33, 33}},
		{"weights overflowing 64 bits, negative", -101, []int64{math.MaxInt64, 0, math.MaxInt64, math.MaxInt64}, []money.Cents{-34, 0, -34, -33}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := LargestRemainder(c.total, c.weights)
			if !slices.Equal(got, c.want) {
				t.Errorf("LargestRemainder(%d, %v) = %v, want %v", c.total, c.weights, got, c.want)
			}
		})
	}
}

func TestLargestRemainderNegativeWeightPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a negative weight must panic")
		}
	}()
	LargestRemainder(100, []int64{1, -1})
}

// TestLargestRemainderProperties checks on random inputs that the parts add
// up to the total, each within one cent of its exact proportion, that zero
// weights get nothing and that a negative total mirrors the positive one.
func TestLargestRemainderProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 20000 {
		weights := make([]int64, rng.IntN(12))
		scale := []int64{10, 10000, 1e9, math.MaxInt64 / 8}[rng.IntN(4)]
		for i := range weights {
			if rng.IntN(5) > 0 {
				weights[i] = rng.Int64N(scale)
			}
		}
		total := money.Cents(rng.Int64N(2e9) - 1e9)
		if n%50 == 0 {
			total = money.Cents(rng.Int64()) // full range
		}
		parts := LargestRemainder(total, weights)
		var sum, w big.Int
		for _, x := range weights {
			w.Add(&w, big.NewInt(x))
		}
		if w.Sign() == 0 {
			for _, p := range parts {
				if p != 0 {
					t.Fatalf("all-zero weights must give zeros: %v → %v", weights, parts)
				}
			}
			continue
		}
		for i, p := range parts {
			sum.Add(&sum, big.NewInt(int64(p)))
			// |p·W − total·w_i| < W
			d := new(big.Int).Mul(big.NewInt(int64(p)), &w)
			d.Sub(d, new(big.Int).Mul(big.NewInt(int64(total)), big.NewInt(weights[i])))
			if d.Abs(d).Cmp(&w) >= 0 {
				t.Fatalf("part %d of %d over %v is %d, more than a cent from its proportion", i, total, weights, p)
			}
			if weights[i] == 0 && p != 0 {
				t.Fatalf("zero weight %d got %d", i, p)
			}
		}
		if sum.Cmp(big.NewInt(int64(total))) != 0 {
			t.Fatalf("parts of %d over %v sum to %v: %v", total, weights, &sum, parts)
		}
		if total != math.MinInt64 {
			neg := LargestRemainder(-total, weights)
			for i := range neg {
				if neg[i] != -parts[i] {
					t.Fatalf("split of %d is not the mirror of %d: %v vs %v", -total, total, neg, parts)
				}
			}
		}
	}
}

func TestMulDivRound(t *testing.T) {
	cases := []struct {
		a, b, d int64
		want    int64
		ok      bool
	}{
		{5, 1, 10, 1, true}, // 0.5 rounds up
		{-5, 1, 10, -1, true},
		{4, 1, 10, 0, true},
		{-4, 1, 10, 0, true},
		{15, 1, 10, 2, true},
		{1234567, 1500, 10000, 185185, true}, // 185 185,05
		{1005, 500000, 1000000, 503, true},   // 10,05 × 0,5 = 5,025
		{-1005, 500000, 1000000, -503, true},
		{math.MaxInt64, 2, 1, 0, false},
		{math.MinInt64, 1, 1, math.MinInt64, true},
		{math.MaxInt64, 10000, 10000, math.MaxInt64, true},
		{math.MinInt64, 3, 2, 0, false},
	}
	for _, c := range cases {
		got, ok := mulDivRound(c.a, c.b, c.d)
		if got != c.want || ok != c.ok {
			t.Errorf("mulDivRound(%d, %d, %d) = %d, %v; want %d, %v", c.a, c.b, c.d, got, ok, c.want, c.ok)
		}
	}
}
