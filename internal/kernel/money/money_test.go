package money

import "testing"

func TestParseAndString(t *testing.T) {
	cases := []struct {
		in   string
		want Cents
		ok   bool
	}{
		{"1234.56", 123456, true},
		{"1234,5", 123450, true},
		{"0", 0, true},
		{"-12.30", -1230, true},
		{" 7 ", 700, true},
		{"92233720368547758.07", 0, false}, // beyond the cents an int64 holds safely
		{"10.005", 0, false},               // never rounded silently
		{"12.", 0, false},
		{".5", 0, false},
		{"1e3", 0, false},
		{"--1", 0, false},
		{"+1", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
	for c, want := range map[Cents]string{0: "0.00", 5: "0.05", -5: "-0.05", 123456: "1234.56", -100: "-1.00"} {
		if got := c.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int64(c), got, want)
		}
	}
}

func TestUnmarshalGQLRefusesFloats(t *testing.T) {
	var c Cents
	if err := c.UnmarshalGQL(12.5); err == nil {
		t.Fatal("a float must be refused: money travels as a decimal string")
	}
	if err := c.UnmarshalGQL("12.50"); err != nil || c != 1250 {
		t.Fatalf("got %v, %v", c, err)
	}
}
