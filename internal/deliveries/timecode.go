// Package deliveries holds the rules of deliveries to broadcasters,
// platforms, distributors and festivals: SMPTE timecodes of QC findings, the
// status machine of a delivery, the compatibility of a production's technical
// profile with a recipient's spec, and a library of spec templates.
package deliveries

import (
	"fmt"
	"strings"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Rate is a frame rate as an exact fraction, because 29.97 is really
// 30000/1001 and a float would drift over an hour of frames.
type Rate struct {
	Num, Den  int
	DropFrame bool
}

type knownRate struct {
	key      string
	num, den int
	df       bool // drop frame exists at this rate
}

// Drop frame only exists where the nominal rate is 30 or 60 and the real one
// 1000/1001 slower: it is what keeps a 29.97 timecode on the wall clock.
// 23.976 has no drop-frame variant, so its timecodes drift from real time.
var knownRates = []knownRate{
	{"23.976", 24000, 1001, false},
	{"24", 24, 1, false},
	{"25", 25, 1, false},
	{"29.97", 30000, 1001, true},
	{"30", 30, 1, false},
	{"48", 48, 1, false}, // HFR; productions already accept it
	{"50", 50, 1, false},
	{"59.94", 60000, 1001, true},
	{"60", 60, 1, false},
}

var rateAliases = map[string]string{"23.98": "23.976", "29.976": "29.97", "59.95": "59.94"}

// rateKey maps the ways people write a rate ("23,98", "25 fps", "29.97 DF",
// "25i") to a key of knownRates; the drop-frame mark is dropped because the
// key names the cadence only.
func rateKey(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, ",", ".")
	for _, suffix := range []string{"ndf", "df", "fps", "i/s", "ips", "p", "i"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	if a, ok := rateAliases[s]; ok {
		s = a
	}
	for _, k := range knownRates {
		if k.key == s {
			return k.key, true
		}
	}
	return "", false
}

func rateByKey(key string) (knownRate, bool) {
	for _, k := range knownRates {
		if k.key == key {
			return k, true
		}
	}
	return knownRate{}, false
}

func rateKeys() string {
	keys := make([]string, len(knownRates))
	for i, k := range knownRates {
		keys[i] = k.key
	}
	return strings.Join(keys, ", ")
}

// frFloat writes a decimal key the French way: "23.976" → "23,976".
func frFloat(s string) string { return strings.ReplaceAll(s, ".", ",") }

// ParseRate reads "23.976" (or "23.98"), "24", "25", "29.97", "30", "48",
// "50", "59.94" or "60"; dropFrame asks for the drop-frame variant, which
// only 29.97 and 59.94 have.
func ParseRate(s string, dropFrame bool) (Rate, error) {
	key, ok := rateKey(s)
	if !ok {
		return Rate{}, apperr.Invalid("frameRate",
			fmt.Sprintf("Cadence inconnue « %s » (cadences possibles : %s).", strings.TrimSpace(s), rateKeys()),
			fmt.Sprintf("Unknown frame rate “%s” (possible rates: %s).", strings.TrimSpace(s), rateKeys()))
	}
	k, _ := rateByKey(key)
	if dropFrame && !k.df {
		return Rate{}, apperr.Invalid("frameRate",
			fmt.Sprintf("Le drop frame n'existe pas à %s i/s : il n'existe qu'à 29,97 et 59,94 i/s.", frFloat(key)),
			fmt.Sprintf("Drop frame does not exist at %s fps: only at 29.97 and 59.94 fps.", key))
	}
	return Rate{Num: k.num, Den: k.den, DropFrame: dropFrame}, nil
}

// Nominal is the number of frames counted per timecode second: 24 at
// 23.976, 30 at 29.97, 60 at 59.94.
func (r Rate) Nominal() int {
	if r.Num <= 0 || r.Den <= 0 {
		return 0
	}
	return (r.Num + r.Den - 1) / r.Den
}

// FPS is the real rate, for display and durations, never for counting.
func (r Rate) FPS() float64 {
	if r.Den <= 0 {
		return 0
	}
	return float64(r.Num) / float64(r.Den)
}

func (r Rate) key() string {
	if r.Num <= 0 || r.Den <= 0 {
		return "?"
	}
	for _, k := range knownRates {
		if k.num*r.Den == r.Num*k.den {
			return k.key
		}
	}
	return fmt.Sprintf("%d/%d", r.Num, r.Den)
}

// String is "29.97 DF", "29.97", "25"...
func (r Rate) String() string {
	if r.DropFrame {
		return r.key() + " DF"
	}
	return r.key()
}

func (r Rate) labelFR() string {
	s := frFloat(r.key()) + " i/s"
	if r.DropFrame {
		s += " drop frame"
	}
	return s
}

func (r Rate) labelEN() string {
	s := r.key() + " fps"
	if r.DropFrame {
		s += " drop frame"
	}
	return s
}

// dropped is how many frame numbers drop frame skips at the start of each
// minute not divisible by ten: 2 at 29.97, 4 at 59.94.
func (r Rate) dropped() int {
	if !r.DropFrame {
		return 0
	}
	return r.Nominal() / 15
}

func (r Rate) valid() bool {
	if r.Nominal() == 0 {
		return false
	}
	for _, k := range knownRates {
		if k.num*r.Den == r.Num*k.den {
			return !r.DropFrame || k.df
		}
	}
	return false
}

// framesPerDay is where timecode wraps: 24 hours of timecode, which in drop
// frame is fewer frames than 24 × 3600 × nominal.
func (r Rate) framesPerDay() int64 {
	nom, drop := int64(r.Nominal()), int64(r.dropped())
	per10 := nom*600 - 9*drop
	return 144 * per10
}

// Timecode is a position on a timeline, kept as a frame count so that spans
// and ordering are plain arithmetic.
type Timecode struct {
	n    int64
	rate Rate
}

func (t Timecode) Rate() Rate { return t.rate }

// Frames counts frames since 00:00:00:00, skipping no real frame: in drop
// frame only labels are skipped, so 01:00:00;00 at 29.97 is frame 107892.
func (t Timecode) Frames() int64 { return t.n }

// Seconds is real elapsed time since 00:00:00:00; at 23.976 an hour of
// timecode lasts 3603.6 s.
func (t Timecode) Seconds() float64 {
	if t.rate.Num <= 0 || t.rate.Den <= 0 {
		return 0
	}
	return float64(t.n) * float64(t.rate.Den) / float64(t.rate.Num)
}

// String writes HH:MM:SS:FF, or HH:MM:SS;FF in drop frame; empty for a
// Timecode without a valid rate, which has no labels to give.
func (t Timecode) String() string {
	nom := int64(t.rate.Nominal())
	if nom == 0 {
		return ""
	}
	n := t.n
	if drop := int64(t.rate.dropped()); drop > 0 {
		// Re-insert the skipped labels: none in the first minute of each ten,
		// drop per minute in the nine others.
		perMin := nom*60 - drop
		per10 := nom*600 - 9*drop
		tens, rem := n/per10, n%per10
		n += 9 * drop * tens
		if rem > drop {
			n += drop * ((rem - drop) / perMin)
		}
	}
	f := n % nom
	s := n / nom
	sep := ":"
	if t.rate.DropFrame {
		sep = ";"
	}
	return fmt.Sprintf("%02d:%02d:%02d%s%02d", s/3600, s/60%60, s%60, sep, f)
}

// FromFrames is the timecode of frame n, wrapped to 24 hours like a
// timecode generator (negative n counts back from midnight).
func FromFrames(n int64, r Rate) Timecode {
	if r.Nominal() == 0 {
		return Timecode{n: n, rate: r}
	}
	day := r.framesPerDay()
	n %= day
	if n < 0 {
		n += day
	}
	return Timecode{n: n, rate: r}
}

func timecodeErr(fr, en string) error { return apperr.Invalid("timecode", fr, en) }

// ParseTimecode reads "HH:MM:SS:FF" at a non-drop rate, "HH:MM:SS;FF" or
// "HH:MM:SS.FF" at a drop-frame rate. The separator must agree with the rate
// because a QC report read with the wrong one is off by up to 3.6 s an hour.
func ParseTimecode(s string, r Rate) (Timecode, error) {
	s = strings.TrimSpace(s)
	if !r.valid() {
		return Timecode{}, timecodeErr(
			fmt.Sprintf("Cadence %s invalide pour lire un timecode.", r),
			fmt.Sprintf("Invalid frame rate %s to read a timecode.", r))
	}
	if len(s) != 11 || s[2] != ':' || s[5] != ':' || !strings.ContainsRune(":;.", rune(s[8])) ||
		!allDigits(s[0:2]) || !allDigits(s[3:5]) || !allDigits(s[6:8]) || !allDigits(s[9:11]) {
		return Timecode{}, timecodeErr(
			fmt.Sprintf("Timecode « %s » illisible : attendu HH:MM:SS:FF (HH:MM:SS;FF en drop frame).", s),
			fmt.Sprintf("Unreadable timecode “%s”: expected HH:MM:SS:FF (HH:MM:SS;FF in drop frame).", s))
	}
	dfSep := s[8] != ':'
	switch {
	case dfSep && !r.DropFrame && r.key() == "23.976":
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » est écrit en drop frame, qui n'existe pas à 23,976 i/s : écrivez %s:%s.", s, s[:8], s[9:]),
			fmt.Sprintf("“%s” is written in drop frame, which does not exist at 23.976 fps: write %s:%s.", s, s[:8], s[9:]))
	case dfSep && !r.DropFrame:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » est écrit en drop frame mais la cadence est %s non drop frame : écrivez %s:%s.", s, r.labelFR(), s[:8], s[9:]),
			fmt.Sprintf("“%s” is written in drop frame but the rate is %s non-drop frame: write %s:%s.", s, r.labelEN(), s[:8], s[9:]))
	case !dfSep && r.DropFrame:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » est écrit en non drop frame mais la cadence est %s : écrivez %s;%s.", s, r.labelFR(), s[:8], s[9:]),
			fmt.Sprintf("“%s” is written in non-drop frame but the rate is %s: write %s;%s.", s, r.labelEN(), s[:8], s[9:]))
	}
	h, m, sec, f := atoi2(s[0:2]), atoi2(s[3:5]), atoi2(s[6:8]), atoi2(s[9:11])
	nom := r.Nominal()
	switch {
	case h > 23:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » : les heures vont de 00 à 23.", s),
			fmt.Sprintf("“%s”: hours go from 00 to 23.", s))
	case m > 59:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » : les minutes vont de 00 à 59.", s),
			fmt.Sprintf("“%s”: minutes go from 00 to 59.", s))
	case sec > 59:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » : les secondes vont de 00 à 59.", s),
			fmt.Sprintf("“%s”: seconds go from 00 to 59.", s))
	case f >= nom:
		return Timecode{}, timecodeErr(
			fmt.Sprintf("« %s » : image %02d impossible à %s, les images vont de 00 à %02d.", s, f, r.labelFR(), nom-1),
			fmt.Sprintf("“%s”: frame %02d is impossible at %s, frames go from 00 to %02d.", s, f, r.labelEN(), nom-1))
	}
	drop := r.dropped()
	if drop > 0 && sec == 0 && m%10 != 0 && f < drop {
		skipFR, skipEN := "00 et 01", "00 and 01"
		if drop == 4 {
			skipFR, skipEN = "00 à 03", "00 to 03"
		}
		return Timecode{}, timecodeErr(
			fmt.Sprintf("%s n'existe pas en drop frame : les images %s sont sautées à chaque minute sauf toutes les dix minutes.", s, skipFR),
			fmt.Sprintf("%s does not exist in drop frame: frames %s are skipped every minute except every tenth minute.", s, skipEN))
	}
	minutes := int64(60*h + m)
	n := (int64(3600*h+60*m+sec))*int64(nom) + int64(f) - int64(drop)*(minutes-minutes/10)
	return Timecode{n: n, rate: r}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi2(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }

// Span is the number of frames from in to out, out excluded as in an edit
// decision list. Drop frame and non-drop timecodes of the same real rate
// may be mixed: their frame counts are the same frames.
func Span(in, out Timecode) (int64, error) {
	if in.rate.Num*out.rate.Den != out.rate.Num*in.rate.Den || in.rate.Nominal() == 0 {
		return 0, timecodeErr(
			fmt.Sprintf("Les timecodes d'entrée (%s) et de sortie (%s) ne sont pas à la même cadence.", in.rate.labelFR(), out.rate.labelFR()),
			fmt.Sprintf("The in (%s) and out (%s) timecodes are not at the same frame rate.", in.rate.labelEN(), out.rate.labelEN()))
	}
	if out.n <= in.n {
		return 0, timecodeErr(
			fmt.Sprintf("Le timecode de sortie %s doit être après le timecode d'entrée %s.", out, in),
			fmt.Sprintf("The out timecode %s must be after the in timecode %s.", out, in))
	}
	return out.n - in.n, nil
}
