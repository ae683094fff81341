package isan

import "testing"

func TestNormalize(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"ISAN 0000-0000-D07A-0090-Q-0000-0000-X", "0000-0000-D07A-0090-Q-0000-0000-X", true},
		{"00000000d07a0090q00000000x", "0000-0000-D07A-0090-Q-0000-0000-X", true},
		{"0000-0000-D07A-0090-Q", "0000-0000-D07A-0090-Q", true},
		{"0000-0000-D07A-0090-R-0000-0000-X", "", false}, // wrong first check
		{"0000-0000-D07A-0090-Q-0000-0000-Y", "", false}, // wrong second check
		{"0000-0000-D07A-0090", "", false},               // too short
		{"0000-0000-G07A-0090-Q", "", false},             // not hexadecimal
	}
	for _, c := range cases {
		got, err := Normalize(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}
