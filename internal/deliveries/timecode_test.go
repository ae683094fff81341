package deliveries

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

func mustRate(t testing.TB, s string, df bool) Rate {
	t.Helper()
	r, err := ParseRate(s, df)
	if err != nil {
		t.Fatalf("ParseRate(%q, %v): %v", s, df, err)
	}
	return r
}

func TestParseRate(t *testing.T) {
	for _, tc := range []struct {
		in       string
		df       bool
		num, den int
		ok       bool
	}{
		{"23.976", false, 24000, 1001, true},
		{"23.98", false, 24000, 1001, true},
		{"23,976", false, 24000, 1001, true},
		{"23.976", true, 0, 0, false}, // drop frame does not exist at 23.976
		{"24", false, 24, 1, true},
		{"24", true, 0, 0, false},
		{"25", false, 25, 1, true},
		{" 25 fps ", false, 25, 1, true},
		{"25", true, 0, 0, false},
		{"29.97", false, 30000, 1001, true},
		{"29.97", true, 30000, 1001, true},
		{"29.97 DF", true, 30000, 1001, true},
		{"30", false, 30, 1, true},
		{"30", true, 0, 0, false},
		{"48", false, 48, 1, true},
		{"50", false, 50, 1, true},
		{"59.94", false, 60000, 1001, true},
		{"59.94", true, 60000, 1001, true},
		{"60", false, 60, 1, true},
		{"60", true, 0, 0, false},
		{"", false, 0, 0, false},
		{"26", false, 0, 0, false},
		{"twenty-five", false, 0, 0, false},
	} {
		r, err := ParseRate(tc.in, tc.df)
		if (err == nil) != tc.ok {
			t.Errorf("ParseRate(%q, %v) error = %v, want ok=%v", tc.in, tc.df, err, tc.ok)
			continue
		}
		if err != nil {
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Field != "frameRate" || ae.FR == "" || ae.EN == "" {
				t.Errorf("ParseRate(%q, %v) error %#v is not a bilingual apperr on frameRate", tc.in, tc.df, err)
			}
			continue
		}
		if r.Num != tc.num || r.Den != tc.den || r.DropFrame != tc.df {
			t.Errorf("ParseRate(%q, %v) = %+v", tc.in, tc.df, r)
		}
	}
}

func TestRateNominalAndString(t *testing.T) {
	for _, tc := range []struct {
		in      string
		df      bool
		nominal int
		str     string
	}{
		{"23.976", false, 24, "23.976"},
		{"24", false, 24, "24"},
		{"25", false, 25, "25"},
		{"29.97", true, 30, "29.97 DF"},
		{"29.97", false, 30, "29.97"},
		{"50", false, 50, "50"},
		{"59.94", true, 60, "59.94 DF"},
		{"60", false, 60, "60"},
	} {
		r := mustRate(t, tc.in, tc.df)
		if r.Nominal() != tc.nominal || r.String() != tc.str {
			t.Errorf("%s: Nominal %d String %q, want %d %q", tc.in, r.Nominal(), r.String(), tc.nominal, tc.str)
		}
	}
}

func TestParseTimecode(t *testing.T) {
	for _, tc := range []struct {
		rate   string
		df     bool
		in     string
		frames int64 // -1: refused
		str    string
		errHas string // part of the French message when refused
	}{
		// 23.976: counted like 24, no drop frame.
		{"23.976", false, "00:00:00:00", 0, "00:00:00:00", ""},
		{"23.976", false, "00:00:01:00", 24, "00:00:01:00", ""},
		{"23.976", false, "01:00:00:00", 86400, "01:00:00:00", ""},
		{"23.976", false, "00:00:00:23", 23, "00:00:00:23", ""},
		{"23.976", false, "00:00:00:24", -1, "", "image 24 impossible"},
		{"23.976", false, "00:01:00;02", -1, "", "n'existe pas à 23,976"},
		{"23.976", false, "00:01:00.02", -1, "", "n'existe pas à 23,976"},
		// 24
		{"24", false, "10:00:00:00", 864000, "10:00:00:00", ""},
		{"24", false, "23:59:59:23", 24*86400 - 1, "23:59:59:23", ""},
		{"24", false, "00:00:00;00", -1, "", "non drop frame"},
		// 25
		{"25", false, "00:00:00:24", 24, "00:00:00:24", ""},
		{"25", false, "01:00:00:00", 90000, "01:00:00:00", ""},
		{"25", false, " 10:00:00:00 ", 900000, "10:00:00:00", ""},
		{"25", false, "00:00:00:25", -1, "", "image 25 impossible à 25 i/s"},
		{"25", false, "24:00:00:00", -1, "", "heures"},
		{"25", false, "00:60:00:00", -1, "", "minutes"},
		{"25", false, "00:00:60:00", -1, "", "secondes"},
		{"25", false, "00;00;00;00", -1, "", "illisible"},
		{"25", false, "0:00:00:00", -1, "", "illisible"},
		{"25", false, "00:00:00", -1, "", "illisible"},
		{"25", false, "00:00:00:0a", -1, "", "illisible"},
		{"25", false, "00:00:00,00", -1, "", "illisible"},
		{"25", false, "", -1, "", "illisible"},
		// 29.97 non drop frame: labels count 30 a second, drifting from the clock.
		{"29.97", false, "00:01:00:00", 1800, "00:01:00:00", ""},
		{"29.97", false, "01:00:00:00", 108000, "01:00:00:00", ""},
		{"29.97", false, "00:00:00:29", 29, "00:00:00:29", ""},
		{"29.97", false, "00:00:00:30", -1, "", "image 30 impossible"},
		{"29.97", false, "00:01:00;02", -1, "", "non drop frame"},
		// 29.97 drop frame
		{"29.97", true, "00:00:00;00", 0, "00:00:00;00", ""},
		{"29.97", true, "00:00:59;29", 1799, "00:00:59;29", ""},
		{"29.97", true, "00:01:00;02", 1800, "00:01:00;02", ""},
		{"29.97", true, "00:01:00.02", 1800, "00:01:00;02", ""},
		{"29.97", true, "00:01:00;00", -1, "", "00:01:00;00 n'existe pas en drop frame : les images 00 et 01 sont sautées"},
		{"29.97", true, "00:01:00;01", -1, "", "n'existe pas en drop frame"},
		{"29.97", true, "00:02:00;01", -1, "", "n'existe pas en drop frame"},
		{"29.97", true, "00:01:01;00", 1828, "00:01:01;00", ""},
		{"29.97", true, "00:09:59;29", 17981, "00:09:59;29", ""},
		{"29.97", true, "00:10:00;00", 17982, "00:10:00;00", ""},
		{"29.97", true, "00:10:00;01", 17983, "00:10:00;01", ""},
		{"29.97", true, "00:11:00;02", 17982 + 1800, "00:11:00;02", ""},
		{"29.97", true, "01:00:00;00", 107892, "01:00:00;00", ""},
		{"29.97", true, "10:00:00;00", 1078920, "10:00:00;00", ""},
		{"29.97", true, "23:59:59;29", 2589407, "23:59:59;29", ""},
		{"29.97", true, "00:01:00:02", -1, "", "écrit en non drop frame"},
		{"29.97", true, "00:00:00;30", -1, "", "image 30 impossible"},
		// 50
		{"50", false, "00:00:01:49", 99, "00:00:01:49", ""},
		{"50", false, "01:00:00:00", 180000, "01:00:00:00", ""},
		{"50", false, "00:00:00:50", -1, "", "image 50 impossible"},
		// 59.94 drop frame: four labels skipped.
		{"59.94", true, "00:01:00;04", 3600, "00:01:00;04", ""},
		{"59.94", true, "00:00:59;59", 3599, "00:00:59;59", ""},
		{"59.94", true, "00:01:00;03", -1, "", "les images 00 à 03 sont sautées"},
		{"59.94", true, "00:01:00;00", -1, "", "les images 00 à 03 sont sautées"},
		{"59.94", true, "00:10:00;00", 35964, "00:10:00;00", ""},
		{"59.94", true, "01:00:00;00", 215784, "01:00:00;00", ""},
		{"59.94", true, "00:00:00;60", -1, "", "image 60 impossible"},
		// 60
		{"60", false, "00:00:00:59", 59, "00:00:00:59", ""},
		{"60", false, "00:00:00:60", -1, "", "image 60 impossible"},
	} {
		r := mustRate(t, tc.rate, tc.df)
		got, err := ParseTimecode(tc.in, r)
		if tc.frames < 0 {
			var ae *apperr.Error
			switch {
			case err == nil:
				t.Errorf("%s: ParseTimecode(%q) = %s, want an error", r, tc.in, got)
			case !errors.As(err, &ae) || ae.Field != "timecode" || ae.Code != apperr.Validation || ae.EN == "":
				t.Errorf("%s: ParseTimecode(%q) error %#v is not a bilingual validation error on timecode", r, tc.in, err)
			case !strings.Contains(ae.FR, tc.errHas):
				t.Errorf("%s: ParseTimecode(%q) says %q, want it to contain %q", r, tc.in, ae.FR, tc.errHas)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseTimecode(%q): %v", r, tc.in, err)
			continue
		}
		if got.Frames() != tc.frames || got.String() != tc.str {
			t.Errorf("%s: ParseTimecode(%q) = %d %q, want %d %q", r, tc.in, got.Frames(), got.String(), tc.frames, tc.str)
		}
		if back := FromFrames(tc.frames, r); back != got {
			t.Errorf("%s: FromFrames(%d) = %s, want %s", r, tc.frames, back, got)
		}
	}
}

func TestDropFrameMessage(t *testing.T) {
	_, err := ParseTimecode("00:01:00;00", mustRate(t, "29.97", true))
	var ae *apperr.Error
	if !errors.As(err, &ae) {
		t.Fatalf("got %v", err)
	}
	const fr = "00:01:00;00 n'existe pas en drop frame : les images 00 et 01 sont sautées à chaque minute sauf toutes les dix minutes."
	const en = "00:01:00;00 does not exist in drop frame: frames 00 and 01 are skipped every minute except every tenth minute."
	if ae.FR != fr || ae.EN != en {
		t.Errorf("messages:\n%s\n%s", ae.FR, ae.EN)
	}
}

// TestRoundTrip goes through every frame of the first twenty minutes (where
// every drop-frame rule shows up) and then samples the whole day, checking
// that String and ParseTimecode invert FromFrames and Frames exactly and
// that drop frame never writes a label it would refuse.
func TestRoundTrip(t *testing.T) {
	rates := []Rate{
		mustRate(t, "23.976", false), mustRate(t, "24", false), mustRate(t, "25", false),
		mustRate(t, "29.97", false), mustRate(t, "29.97", true), mustRate(t, "30", false),
		mustRate(t, "48", false), mustRate(t, "50", false), mustRate(t, "59.94", false),
		mustRate(t, "59.94", true), mustRate(t, "60", false),
	}
	for _, r := range rates {
		day := r.framesPerDay()
		check := func(n int64) bool {
			tc := FromFrames(n, r)
			back, err := ParseTimecode(tc.String(), r)
			if err != nil || back.Frames() != n || tc.Frames() != n {
				t.Errorf("%s: frame %d → %q → %d, %v", r, n, tc, back.Frames(), err)
				return false
			}
			return true
		}
		for n := int64(0); n < int64(r.Nominal())*60*20; n++ {
			if !check(n) {
				break
			}
		}
		for n := int64(0); n < day; n += 997 {
			if !check(n) {
				break
			}
		}
		if !check(day - 1) {
			continue
		}
		if got := FromFrames(day, r).Frames(); got != 0 {
			t.Errorf("%s: a full day wraps to %d, want 0", r, got)
		}
		if got := FromFrames(-1, r).Frames(); got != day-1 {
			t.Errorf("%s: frame −1 wraps to %d, want %d", r, got, day-1)
		}
	}
	// Successive drop-frame labels around a dropped minute.
	r := mustRate(t, "29.97", true)
	want := []string{"00:00:59;28", "00:00:59;29", "00:01:00;02", "00:01:00;03"}
	for i, w := range want {
		if got := FromFrames(int64(1798+i), r).String(); got != w {
			t.Errorf("frame %d = %s, want %s", 1798+i, got, w)
		}
	}
}

func TestSeconds(t *testing.T) {
	for _, tc := range []struct {
		rate string
		df   bool
		in   string
		want float64
	}{
		{"25", false, "01:00:00:00", 3600},
		{"24", false, "00:00:01:12", 1.5},
		{"23.976", false, "01:00:00:00", 3603.6},
		{"29.97", false, "01:00:00:00", 3603.6},
		{"29.97", true, "01:00:00;00", 3599.9964},
		{"59.94", true, "01:00:00;00", 3599.9964},
	} {
		tc2, err := ParseTimecode(tc.in, mustRate(t, tc.rate, tc.df))
		if err != nil {
			t.Fatal(err)
		}
		if got := tc2.Seconds(); math.Abs(got-tc.want) > 1e-6 {
			t.Errorf("%s at %s: %v s, want %v", tc.in, tc.rate, got, tc.want)
		}
	}
}

func TestSpan(t *testing.T) {
	p := func(s string, r Rate) Timecode {
		t.Helper()
		v, err := ParseTimecode(s, r)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	r25, df, ndf, r24 := mustRate(t, "25", false), mustRate(t, "29.97", true), mustRate(t, "29.97", false), mustRate(t, "24", false)
	for _, tc := range []struct {
		in, out Timecode
		want    int64
		ok      bool
	}{
		{p("00:00:10:00", r25), p("00:00:12:12", r25), 62, true},
		{p("00:00:59;29", df), p("00:01:00;02", df), 1, true},
		{p("00:00:00;00", df), p("01:00:00;00", df), 107892, true},
		// The same frames labelled both ways.
		{p("00:00:00:00", ndf), p("01:00:00;00", df), 107892, true},
		{p("00:00:12:00", r25), p("00:00:10:00", r25), 0, false},
		{p("00:00:10:00", r25), p("00:00:10:00", r25), 0, false},
		{p("00:00:10:00", r25), p("00:00:12:00", r24), 0, false},
		{Timecode{}, Timecode{}, 0, false},
	} {
		got, err := Span(tc.in, tc.out)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Span(%s, %s) = %d, %v; want %d ok=%v", tc.in, tc.out, got, err, tc.want, tc.ok)
		}
		var ae *apperr.Error
		if err != nil && (!errors.As(err, &ae) || ae.Field != "timecode" || ae.FR == "" || ae.EN == "") {
			t.Errorf("Span error %#v is not a bilingual apperr on timecode", err)
		}
	}
}

func TestInvalidRate(t *testing.T) {
	if _, err := ParseTimecode("00:00:00:00", Rate{}); err == nil {
		t.Error("a zero Rate must be refused")
	}
	if _, err := ParseTimecode("00:00:00;00", Rate{Num: 25, Den: 1, DropFrame: true}); err == nil {
		t.Error("a hand-made 25 DF rate must be refused")
	}
	if s := (Timecode{}).String(); s != "" {
		t.Errorf("zero Timecode prints %q", s)
	}
}
