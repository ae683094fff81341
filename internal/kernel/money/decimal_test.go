package money

import "testing"

func TestRateAndQuantity(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Rate
		ok   bool
	}{{"20", 2000, true}, {"5,5", 550, true}, {"0", 0, true}, {"2.10", 210, true}, {"12.345", 0, false}, {"1e2", 0, false}, {"", 0, false}, {"+1", 0, false}} {
		got, err := ParseRate(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseRate(%q) = %v, %v", c.in, got, err)
		}
	}
	if Rate(550).String() != "5.5" || Rate(2000).String() != "20" || Quantity(2500).String() != "2.5" || Quantity(125).String() != "0.125" || Quantity(-1500).String() != "-1.5" {
		t.Error("String")
	}
	if q, err := ParseQuantity("0,125"); err != nil || q != 125 {
		t.Errorf("ParseQuantity = %v %v", q, err)
	}
	if _, err := ParseQuantity("1.0005"); err == nil {
		t.Error("four decimals accepted")
	}
}

func TestHalfUp(t *testing.T) {
	for _, c := range []struct{ a, b, want int64 }{{5, 10, 1}, {4, 10, 0}, {15, 10, 2}, {-5, 10, -1}, {-4, 10, 0}, {-15, 10, -2}, {7, -2, -4}} {
		if got := DivHalfUp(c.a, c.b); got != c.want {
			t.Errorf("DivHalfUp(%d,%d) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	// 20 % of 0.125 € is 2.5 cents: half-up gives 3.
	if Rate(2000).Of(12)+Rate(2000).Of(13) != 2+3 {
		t.Error("Of")
	}
	if Quantity(2500).Times(33333) != 83333 { // 2.5 × 333.33 = 833.325 → 833.33
		t.Errorf("Times = %v", Quantity(2500).Times(33333))
	}
}
