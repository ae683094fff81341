package deliveries

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// Profile is what the production's finished master is, technically.
type Profile struct {
	FrameRate    string
	Resolution   string // "1920x1080"
	ColourSpace  string // "Rec.709", "Rec.2020 PQ", "Rec.2020 HLG", "DCI-P3"
	AudioLayout  string // "Stéréo", "5.1", "5.1 + M&E", "7.1"...
	LoudnessLUFS *float64
	Subtitles    []string // languages on hand: "fr", "en"
	Documents    []string // "MUSIC_CUE_SHEET", "CREDITS", "CNC_CERTIFICATE", "ISAN"...
	HasISAN      bool
}

// Spec is what a recipient requires (a fiche technique de livraison).
type Spec struct {
	Name              string
	Container         string
	VideoCodec        string
	Width, Height     int
	FrameRates        []string // accepted
	Scan              string   // "PROGRESSIVE" | "INTERLACED"
	ColourSpace       string
	HDR               string   // "", "PQ", "HLG", "DOLBY_VISION"
	AudioLayouts      []string // all required: "STEREO", "5.1", "M&E"...
	LoudnessTarget    float64  // LUFS; 0 when the recipient sets none (cinema)
	LoudnessTolerance float64  // LU either side of the target
	TruePeakMax       float64  // dBTP; 0 when not set
	SubtitleFormats   []string
	SubtitleLanguages []string // all required
	RequiredDocuments []string
	NamingRule        string
}

// Issue is one thing that does not fit. BLOCKING means the master cannot be
// delivered as it is; WARNING means work or a check the coordinator should
// plan, without which the delivery may still pass.
type Issue struct {
	Code      string
	Severity  IssueSeverity
	MessageFR string
	MessageEN string
}

// IssueSeverity grades a compatibility issue (a String in the schema).
type IssueSeverity string

const (
	SeverityBlocking IssueSeverity = "BLOCKING"
	SeverityWarning  IssueSeverity = "WARNING"
)

// AllIssueSeverities lets the schema's String carry the type, with the same
// marshalling as every enum.
var AllIssueSeverities = []IssueSeverity{SeverityBlocking, SeverityWarning}

func (s IssueSeverity) MarshalGQL(w io.Writer) { db.MarshalEnum(w, s) }
func (s *IssueSeverity) UnmarshalGQL(v any) (err error) {
	*s, err = db.UnmarshalEnum(v, AllIssueSeverities, "IssueSeverity")
	return
}

const (
	CodeFrameRateConversion = "FRAME_RATE_CONVERSION"
	CodeUpscale             = "UPSCALE"
	CodeDownscale           = "DOWNSCALE"
	CodeHDRGrade            = "HDR_GRADE"
	CodeColourSpace         = "COLOUR_SPACE"
	CodeMissingAudioLayout  = "MISSING_AUDIO_LAYOUT"
	CodeLoudness            = "LOUDNESS"
	CodeMissingSubtitles    = "MISSING_SUBTITLES"
	CodeMissingDocument     = "MISSING_DOCUMENT"
	CodeMissingProfile      = "MISSING_PROFILE"
)

// Check lists, in a stable order (picture, colour, sound, subtitles,
// documents), what must be done for the production to meet the spec. An
// empty result means nothing known stands in the way; it is never nil.
func Check(p Profile, s Spec) []Issue {
	c := &checker{issues: []Issue{}}
	c.frameRate(p, s)
	c.resolution(p, s)
	c.colour(p, s)
	c.audio(p, s)
	c.loudness(p, s)
	c.subtitles(p, s)
	c.documents(p, s)
	return c.issues
}

type checker struct{ issues []Issue }

func (c *checker) add(code string, severity IssueSeverity, fr, en string) {
	c.issues = append(c.issues, Issue{Code: code, Severity: severity, MessageFR: fr, MessageEN: en})
}

// profileField names a profile field in both languages; feminine picks the
// French agreement of « renseigné(e) » and « reconnu(e) ».
type profileField struct {
	fr, en   string
	feminine bool
}

var (
	fieldFrameRate   = profileField{"cadence", "frame rate", true}
	fieldResolution  = profileField{"résolution", "resolution", true}
	fieldColourSpace = profileField{"espace colorimétrique", "colour space", false}
	fieldAudioLayout = profileField{"configuration audio", "audio layout", true}
)

func (f profileField) agree(adj string) string {
	if f.feminine {
		return adj + "e"
	}
	return adj
}

func capitalise(s string) string {
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

func (c *checker) missing(f profileField, wantFR, wantEN string) {
	c.add(CodeMissingProfile, SeverityWarning,
		fmt.Sprintf("%s de la production non %s : compatibilité impossible à vérifier (attendu : %s).", capitalise(f.fr), f.agree("renseigné"), wantFR),
		fmt.Sprintf("The production's %s is not set: compatibility cannot be checked (expected: %s).", f.en, wantEN))
}

func (c *checker) unreadable(f profileField, value string) {
	c.add(CodeMissingProfile, SeverityWarning,
		fmt.Sprintf("%s de la production « %s » non %s : compatibilité impossible à vérifier.", capitalise(f.fr), value, f.agree("reconnu")),
		fmt.Sprintf("The production's %s “%s” is not recognised: compatibility cannot be checked.", f.en, value))
}

// fmtNum formats a number for a message: at most dec decimals, no trailing
// zeros, a decimal comma in French and a true minus sign.
func fmtNum(v float64, dec int, fr bool) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if fr {
		s = strings.ReplaceAll(s, ".", ",")
	}
	if v < 0 && s != "0" {
		s = "−" + s
	}
	return s
}

func fmtSigned(v float64, dec int, fr bool) string {
	if v > 0 {
		return "+" + fmtNum(v, dec, fr)
	}
	return fmtNum(v, dec, fr)
}

// --- frame rate

func rateValue(key string) float64 {
	k, _ := rateByKey(key)
	return float64(k.num) / float64(k.den)
}

// conversionCost ranks how much a conversion hurts, to pick the accepted
// rate the coordinator should aim at: a 0.1 % pull-down is nearly free, an
// integer ratio keeps motion intact, a speed change or a motion-compensated
// standards conversion is real work.
func conversionCost(from, to string) float64 {
	r := rateValue(to) / rateValue(from)
	switch {
	case math.Abs(r-1) < 0.002:
		return 1
	case isInteger(r) || isInteger(1/r):
		return 2
	case isPulldown(r) || isPulldown(1/r):
		return 2.5
	}
	return 3 + math.Abs(math.Log(r))
}

func isInteger(v float64) bool { return math.Abs(v-math.Round(v)) < 1e-9 }

// isPulldown is true for 24 → 30 and 24 → 60 (and their 1000/1001 cousins):
// frames repeated alternately two and three times.
func isPulldown(r float64) bool { return math.Abs(r-1.25) < 1e-9 || math.Abs(r-2.5) < 1e-9 }

// conversionText says what a conversion implies for the picture, the
// duration and the sound, because that is what the coordinator has to book.
func conversionText(from, to string) (string, string) {
	r := rateValue(to) / rateValue(from)
	speed := math.Abs(r-1) * 100
	duration := (1/r - 1) * 100
	switch {
	case math.Abs(r-1) < 0.002 && r < 1:
		return "pull-down de 0,1 % (ralenti), son à recaler",
			"0.1% pull-down (slow-down), audio to re-sync"
	case math.Abs(r-1) < 0.002:
		return "pull-up de 0,1 % (accéléré), son à recaler",
			"0.1% pull-up (speed-up), audio to re-sync"
	case isInteger(r):
		return "chaque image répétée, durée inchangée",
			"each frame repeated, duration unchanged"
	case isInteger(1 / r):
		return "une image sur " + strconv.Itoa(int(math.Round(1/r))) + " gardée (ou entrelacement), durée inchangée",
			"one frame in " + strconv.Itoa(int(math.Round(1/r))) + " kept (or interlacing), duration unchanged"
	case isPulldown(r):
		return "pull-down 3:2 (télécinéma), durée inchangée, saccades sur les mouvements",
			"3:2 pull-down (telecine), duration unchanged, judder on motion"
	case isPulldown(1 / r):
		return "pull-down inverse si le master vient d'un télécinéma 3:2, sinon conversion de standard avec compensation de mouvement",
			"inverse telecine if the master comes from a 3:2 pull-down, otherwise a motion-compensated standards conversion"
	case r < 1 && r > 0.9:
		return fmt.Sprintf("retiming ou ralenti de %s %%, durée %s %%, son à recaler", fmtNum(speed, 1, true), fmtSigned(duration, 1, true)),
			fmt.Sprintf("retime or %s%% slow-down, duration %s%%, audio to re-sync", fmtNum(speed, 1, false), fmtSigned(duration, 1, false))
	case r > 1 && r < 1.1:
		return fmt.Sprintf("retiming ou accéléré de %s %%, durée %s %%, son à recaler (hauteur)", fmtNum(speed, 1, true), fmtSigned(duration, 1, true)),
			fmt.Sprintf("retime or %s%% speed-up, duration %s%%, audio to re-sync (pitch)", fmtNum(speed, 1, false), fmtSigned(duration, 1, false))
	}
	return "conversion de standard avec compensation de mouvement, durée inchangée, risque de saccades",
		"motion-compensated standards conversion, duration unchanged, risk of judder"
}

func (c *checker) frameRate(p Profile, s Spec) {
	var accepted []string
	for _, r := range s.FrameRates {
		if k, ok := rateKey(r); ok {
			accepted = append(accepted, k)
		}
	}
	if len(accepted) == 0 {
		return
	}
	listFR, listEN := make([]string, len(accepted)), strings.Join(accepted, ", ")
	for i, k := range accepted {
		listFR[i] = frFloat(k)
	}
	if strings.TrimSpace(p.FrameRate) == "" {
		c.missing(fieldFrameRate, strings.Join(listFR, ", ")+" i/s", listEN+" fps")
		return
	}
	from, ok := rateKey(p.FrameRate)
	if !ok {
		c.unreadable(fieldFrameRate, p.FrameRate)
		return
	}
	best := ""
	for _, k := range accepted {
		if k == from {
			return
		}
		if best == "" || conversionCost(from, k) < conversionCost(from, best) {
			best = k
		}
	}
	fr, en := conversionText(from, best)
	c.add(CodeFrameRateConversion, SeverityBlocking,
		fmt.Sprintf("Conversion de cadence %s → %s i/s (%s) ; cadences acceptées : %s.", frFloat(from), frFloat(best), fr, strings.Join(listFR, ", ")),
		fmt.Sprintf("Frame-rate conversion %s → %s fps (%s); accepted rates: %s.", from, best, en, listEN))
}

// --- resolution

var resolutionAliases = map[string][2]int{
	"sd": {720, 576}, "pal": {720, 576},
	"hd": {1920, 1080}, "fhd": {1920, 1080}, "fullhd": {1920, 1080}, "1080p": {1920, 1080}, "1080i": {1920, 1080},
	"2k": {2048, 1080}, "2kdci": {2048, 1080},
	"uhd": {3840, 2160}, "4kuhd": {3840, 2160}, "uhd-1": {3840, 2160}, "2160p": {3840, 2160},
	"4kdci": {4096, 2160}, "dci4k": {4096, 2160},
}

func parseResolution(s string) (int, int, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	s = strings.ReplaceAll(s, "×", "x")
	if wh, ok := resolutionAliases[s]; ok {
		return wh[0], wh[1], true
	}
	ws, hs, ok := strings.Cut(s, "x")
	if !ok {
		return 0, 0, false
	}
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		return 0, 0, false
	}
	return w, h, true
}

func (c *checker) resolution(p Profile, s Spec) {
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	want := fmt.Sprintf("%dx%d", s.Width, s.Height)
	if strings.TrimSpace(p.Resolution) == "" {
		c.missing(fieldResolution, want, want)
		return
	}
	w, h, ok := parseResolution(p.Resolution)
	if !ok {
		c.unreadable(fieldResolution, p.Resolution)
		return
	}
	have := fmt.Sprintf("%dx%d", w, h)
	// The picture is scaled to fit the target frame; when one side already
	// matches, the other is pillarboxed or letterboxed without resampling
	// (HD in a 2K DCP container, for instance), which is no conversion.
	fit := math.Min(float64(s.Width)/float64(w), float64(s.Height)/float64(h))
	if math.Abs(fit-1) < 1e-9 {
		return
	}
	aspectFR, aspectEN := "", ""
	if pa, sa := float64(w)/float64(h), float64(s.Width)/float64(s.Height); math.Abs(pa/sa-1) > 0.01 {
		aspectFR = fmt.Sprintf(" ; rapport d'image %s:1 → %s:1, recadrage ou bandes noires à décider", fmtNum(pa, 2, true), fmtNum(sa, 2, true))
		aspectEN = fmt.Sprintf("; aspect ratio %s:1 → %s:1, crop or letterbox to decide", fmtNum(pa, 2, false), fmtNum(sa, 2, false))
	}
	if fit > 1 {
		c.add(CodeUpscale, SeverityBlocking,
			fmt.Sprintf("Upscale %s → %s (×%s) : le destinataire peut le refuser et exiger un master natif, à faire valider%s.", have, want, fmtNum(fit, 2, true), aspectFR),
			fmt.Sprintf("Upscale %s → %s (×%s): the recipient may refuse it and require a native master, get it approved%s.", have, want, fmtNum(fit, 2, false), aspectEN))
		return
	}
	c.add(CodeDownscale, SeverityWarning,
		fmt.Sprintf("Downscale %s → %s (×%s) : export redimensionné à prévoir%s.", have, want, fmtNum(fit, 2, true), aspectFR),
		fmt.Sprintf("Downscale %s → %s (×%s): plan a resized export%s.", have, want, fmtNum(fit, 2, false), aspectEN))
}

// --- colour

// gamut ranks colour primaries by width, so that "wider to narrower" (a
// creative trim) can be told from "narrower to wider" (a lossless mapping).
type gamut int

const (
	rec709 gamut = iota + 1
	dciP3
	rec2020
)

func (g gamut) String() string {
	switch g {
	case rec709:
		return "Rec.709"
	case dciP3:
		return "DCI-P3"
	case rec2020:
		return "Rec.2020"
	}
	return "?"
}

const (
	transferSDR = ""
	transferPQ  = "PQ"
	transferHLG = "HLG"
	transferDV  = "DOLBY_VISION"
)

type colour struct {
	gamut    gamut
	transfer string
}

func (c colour) hdr() bool { return c.transfer != transferSDR }

func (c colour) String() string {
	switch c.transfer {
	case transferPQ, transferHLG, transferDV:
		g := c.gamut.String()
		if c.gamut == dciP3 {
			g = "P3-D65" // HDR masters use P3 with a D65 white, not DCI's
		}
		if c.transfer == transferDV {
			return g + " Dolby Vision"
		}
		return g + " " + c.transfer
	}
	if c.gamut == dciP3 {
		return c.gamut.String()
	}
	return c.gamut.String() + " SDR"
}

func parseTransfer(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "dolby vision"), strings.Contains(l, "dolby_vision"), l == "dv":
		return transferDV
	case strings.Contains(l, "pq"), strings.Contains(l, "2084"):
		return transferPQ
	case strings.Contains(l, "hlg"):
		return transferHLG
	}
	return transferSDR
}

func parseColour(s string) (colour, bool) {
	l := strings.ToLower(s)
	c := colour{transfer: parseTransfer(s)}
	switch {
	case strings.Contains(l, "2020"), strings.Contains(l, "2100"):
		c.gamut = rec2020
	case strings.Contains(l, "p3"), strings.Contains(l, "xyz"):
		c.gamut = dciP3
	case strings.Contains(l, "709"):
		c.gamut = rec709
	case c.hdr():
		c.gamut = rec2020 // HDR without primaries means BT.2100
	default:
		return colour{}, false
	}
	return c, true
}

func specColour(s Spec) (colour, bool) {
	c, ok := parseColour(s.ColourSpace)
	if h := strings.TrimSpace(s.HDR); h != "" {
		if !ok {
			c, ok = colour{gamut: rec2020}, true
		}
		c.transfer = parseTransfer(strings.ReplaceAll(h, "_", " "))
	}
	return c, ok
}

func (c *checker) colour(p Profile, s Spec) {
	if strings.TrimSpace(s.ColourSpace) == "" && strings.TrimSpace(s.HDR) == "" {
		return
	}
	want, ok := specColour(s)
	if !ok {
		return // a spec ValidateSpec would not accept; nothing sure to say
	}
	if strings.TrimSpace(p.ColourSpace) == "" {
		c.missing(fieldColourSpace, want.String(), want.String())
		return
	}
	have, ok := parseColour(p.ColourSpace)
	if !ok {
		c.unreadable(fieldColourSpace, p.ColourSpace)
		return
	}
	// A Dolby Vision master carries a PQ image: it satisfies a PQ spec.
	haveTransfer := have.transfer
	if haveTransfer == transferDV && want.transfer == transferPQ {
		haveTransfer = transferPQ
	}
	switch {
	case want.hdr() && !have.hdr():
		c.add(CodeHDRGrade, SeverityBlocking,
			fmt.Sprintf("Étalonnage HDR à faire : le master est en %s et le destinataire attend %s ; une conversion automatique SDR → HDR est en général refusée.", have, want),
			fmt.Sprintf("HDR grade needed: the master is %s and the recipient expects %s; an automatic SDR → HDR conversion is usually refused.", have, want))
	case want.transfer == transferDV && have.transfer != transferDV:
		c.add(CodeHDRGrade, SeverityBlocking,
			fmt.Sprintf("Analyse et trims Dolby Vision à faire sur le master %s : le destinataire exige les métadonnées Dolby Vision.", have),
			fmt.Sprintf("Dolby Vision analysis and trims needed on the %s master: the recipient requires Dolby Vision metadata.", have))
	case want.hdr() && haveTransfer != want.transfer:
		c.add(CodeColourSpace, SeverityWarning,
			fmt.Sprintf("Conversion %s → %s à faire (UIT-R BT.2408) et à contrôler sur moniteur HDR.", have, want),
			fmt.Sprintf("Conversion %s → %s needed (ITU-R BT.2408), to be checked on an HDR monitor.", have, want))
	case !want.hdr() && have.transfer == transferDV:
		c.add(CodeColourSpace, SeverityWarning,
			fmt.Sprintf("Version %s à dériver des trims Dolby Vision du master, puis à contrôler.", want),
			fmt.Sprintf("%s version to derive from the master's Dolby Vision trims, then to check.", want))
	case !want.hdr() && have.hdr():
		c.add(CodeColourSpace, SeverityBlocking,
			fmt.Sprintf("Passe SDR (trim) à faire : le master est en %s et le destinataire attend %s ; une conversion automatique HDR → SDR ne suffit pas.", have, want),
			fmt.Sprintf("SDR trim pass needed: the master is %s and the recipient expects %s; an automatic HDR → SDR conversion is not enough.", have, want))
	case have.gamut > want.gamut:
		c.add(CodeColourSpace, SeverityBlocking,
			fmt.Sprintf("Trim %s → %s à faire : la gamme de couleurs du master est plus large que celle attendue, les couleurs hors gamme sont à reprendre à l'étalonnage.", have, want),
			fmt.Sprintf("Trim %s → %s needed: the master's gamut is wider than expected, out-of-gamut colours must be regraded.", have, want))
	case have.gamut < want.gamut:
		c.add(CodeColourSpace, SeverityWarning,
			fmt.Sprintf("Conversion %s → %s à faire (gamme plus large, sans nouvel étalonnage) et à contrôler.", have, want),
			fmt.Sprintf("Conversion %s → %s needed (wider gamut, no regrade), to be checked.", have, want))
	}
}

// --- audio

const (
	layoutStereo = "STEREO"
	layoutMono   = "MONO"
	layout51     = "5.1"
	layout71     = "7.1"
	layoutME     = "M&E"
	layoutAtmos  = "ATMOS"
)

var layoutLabels = map[string][2]string{
	layoutStereo: {"stéréo", "stereo"},
	layoutMono:   {"mono", "mono"},
	layout51:     {"5.1", "5.1"},
	layout71:     {"7.1", "7.1"},
	layoutME:     {"version internationale (M&E)", "M&E (music and effects)"},
	layoutAtmos:  {"Dolby Atmos", "Dolby Atmos"},
}

// layoutOf names one element of an audio layout however it was typed; an
// unknown element comes back upper-cased so it can still match a spec.
func layoutOf(s string) string {
	l := strings.ToLower(strings.TrimSpace(s))
	compact := strings.ReplaceAll(l, " ", "")
	switch {
	case strings.Contains(compact, "m&e"), compact == "me", compact == "vi", strings.Contains(l, "internationa"):
		return layoutME
	case strings.Contains(l, "atmos"):
		return layoutAtmos
	case strings.Contains(l, "7.1"):
		return layout71
	case strings.Contains(l, "5.1"):
		return layout51
	case strings.Contains(l, "stéréo"), strings.Contains(l, "stereo"), strings.Contains(l, "2.0"),
		compact == "lt", compact == "rt", compact == "ltrt", compact == "lo", compact == "ro", compact == "loro":
		return layoutStereo
	case strings.Contains(l, "mono"), strings.Contains(l, "1.0"):
		return layoutMono
	}
	return strings.ToUpper(strings.TrimSpace(s))
}

var layoutSplit = regexp.MustCompile(`\s*(?:[+,;/]|\bet\b|\band\b)\s*`)

// availableLayouts reads "5.1 + M&E" as 5.1, M&E and the stereo fold-down
// of the 5.1: a wider mix always folds down, an M&E only exists if made.
func availableLayouts(s string) map[string]bool {
	have := map[string]bool{}
	for _, part := range layoutSplit.Split(s, -1) {
		if strings.TrimSpace(part) != "" {
			have[layoutOf(part)] = true
		}
	}
	if have[layoutAtmos] {
		have[layout71] = true
	}
	if have[layout71] {
		have[layout51] = true
	}
	if have[layout51] {
		have[layoutStereo] = true
	}
	return have
}

func layoutLabel(l string, fr bool) string {
	if lab, ok := layoutLabels[l]; ok {
		if fr {
			return lab[0]
		}
		return lab[1]
	}
	return l
}

func (c *checker) audio(p Profile, s Spec) {
	var want []string
	for _, l := range s.AudioLayouts {
		if strings.TrimSpace(l) != "" {
			want = append(want, layoutOf(l))
		}
	}
	if len(want) == 0 {
		return
	}
	if strings.TrimSpace(p.AudioLayout) == "" {
		fr, en := make([]string, len(want)), make([]string, len(want))
		for i, l := range want {
			fr[i], en[i] = layoutLabel(l, true), layoutLabel(l, false)
		}
		c.missing(fieldAudioLayout, strings.Join(fr, ", "), strings.Join(en, ", "))
		return
	}
	have := availableLayouts(p.AudioLayout)
	given := strings.TrimSpace(p.AudioLayout)
	for _, l := range want {
		if have[l] {
			continue
		}
		var fr, en string
		switch l {
		case layoutME:
			fr, en = "exporter musique et effets sans dialogues, bruitages complétés là où le direct les portait",
				"export music and effects without dialogue, with foley filled in where production sound carried it"
		case layout51, layout71, layoutAtmos:
			fr = fmt.Sprintf("mixage %s à faire (un upmix automatique est rarement accepté)", layoutLabel(l, true))
			en = fmt.Sprintf("a %s mix is needed (an automatic upmix is rarely accepted)", layoutLabel(l, false))
		default:
			fr = fmt.Sprintf("mixage %s à faire", layoutLabel(l, true))
			en = fmt.Sprintf("a %s mix is needed", layoutLabel(l, false))
		}
		c.add(CodeMissingAudioLayout, SeverityBlocking,
			fmt.Sprintf("Audio manquant : %s (la production a « %s ») ; %s.", layoutLabel(l, true), given, fr),
			fmt.Sprintf("Missing audio: %s (the production has “%s”); %s.", layoutLabel(l, false), given, en))
	}
}

// --- loudness

func (c *checker) loudness(p Profile, s Spec) {
	if s.LoudnessTarget == 0 {
		return // cinema: the projection chain is calibrated, nothing to normalise
	}
	targetFR := fmt.Sprintf("cible %s LUFS ±%s LU", fmtNum(s.LoudnessTarget, 1, true), fmtNum(s.LoudnessTolerance, 1, true))
	targetEN := fmt.Sprintf("target %s LUFS ±%s LU", fmtNum(s.LoudnessTarget, 1, false), fmtNum(s.LoudnessTolerance, 1, false))
	if s.TruePeakMax != 0 {
		targetFR += fmt.Sprintf(", true peak max %s dBTP", fmtNum(s.TruePeakMax, 1, true))
		targetEN += fmt.Sprintf(", true peak max %s dBTP", fmtNum(s.TruePeakMax, 1, false))
	}
	if p.LoudnessLUFS == nil {
		c.add(CodeLoudness, SeverityWarning,
			fmt.Sprintf("Loudness du mix inconnue : à mesurer (%s).", targetFR),
			fmt.Sprintf("The mix's loudness is unknown: measure it (%s).", targetEN))
		return
	}
	have := *p.LoudnessLUFS
	off := have - s.LoudnessTarget
	// The epsilon keeps −23.5 inside −23 ±0.5 despite binary floats.
	if math.Abs(off) <= s.LoudnessTolerance+1e-9 {
		return
	}
	c.add(CodeLoudness, SeverityBlocking,
		fmt.Sprintf("Loudness %s LUFS hors tolérance (%s, écart %s LU) : mix à corriger ou à normaliser.", fmtNum(have, 1, true), targetFR, fmtSigned(off, 1, true)),
		fmt.Sprintf("Loudness %s LUFS out of tolerance (%s, off by %s LU): correct or normalise the mix.", fmtNum(have, 1, false), targetEN, fmtSigned(off, 1, false)))
}

// --- subtitles

var languageNames = map[string][2]string{
	"fr": {"français", "French"}, "en": {"anglais", "English"}, "de": {"allemand", "German"},
	"es": {"espagnol", "Spanish"}, "it": {"italien", "Italian"}, "pt": {"portugais", "Portuguese"},
	"nl": {"néerlandais", "Dutch"}, "ar": {"arabe", "Arabic"}, "zh": {"chinois", "Chinese"},
	"ja": {"japonais", "Japanese"},
}

// primaryLanguage compares "fr-FR" with "fr": a region never makes
// subtitles unusable for a recipient asking for the language.
func primaryLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s, _, _ = strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	return s
}

// subtitleFormatLabels names the formats that are codes rather than file formats.
var subtitleFormatLabels = map[string][2]string{
	"BURNED_IN": {"incrustés dans l'image", "burned into the picture"},
}

// subtitleFormats lists a spec's subtitle formats for a person, in French and English:
// file formats (STL, SRT) as they are, the others in words.
func subtitleFormats(formats []string) (fr, en string) {
	var f, e []string
	for _, x := range formats {
		if l, ok := subtitleFormatLabels[strings.ToUpper(strings.TrimSpace(x))]; ok {
			f, e = append(f, l[0]), append(e, l[1])
		} else {
			f, e = append(f, x), append(e, x)
		}
	}
	return strings.Join(f, ", "), strings.Join(e, ", ")
}

func (c *checker) subtitles(p Profile, s Spec) {
	have := map[string]bool{}
	for _, l := range p.Subtitles {
		have[primaryLanguage(l)] = true
	}
	formatsFR, formatsEN := subtitleFormats(s.SubtitleFormats)
	for _, l := range s.SubtitleLanguages {
		code := primaryLanguage(l)
		if code == "" || have[code] {
			continue
		}
		nameFR, nameEN := code, code
		if n, ok := languageNames[code]; ok {
			nameFR, nameEN = n[0]+" ("+code+")", n[1]+" ("+code+")"
		}
		fr := fmt.Sprintf("Sous-titres %s manquants", nameFR)
		en := fmt.Sprintf("Missing %s subtitles", nameEN)
		if formatsFR != "" {
			fr += " ; formats acceptés : " + formatsFR
			en += "; accepted formats: " + formatsEN
		}
		c.add(CodeMissingSubtitles, SeverityBlocking, fr+".", en+".")
	}
}

// --- documents

var documentLabels = map[string][2]string{
	"CONDUCTEUR":      {"conducteur (minutage des parties)", "running order (conducteur)"},
	"CREDITS":         {"générique (liste des crédits)", "credits list"},
	"MUSIC_CUE_SHEET": {"relevé des musiques (cue sheet)", "music cue sheet"},
	"ISAN":            {"numéro ISAN", "ISAN number"},
	"CNC_CERTIFICATE": {"visa d'exploitation du CNC", "CNC exhibition certificate (visa d'exploitation)"},
	"SCRIPT":          {"scénario", "script"},
	"CONTINUITY":      {"continuité dialoguée", "dialogue continuity"},
}

func (c *checker) documents(p Profile, s Spec) {
	have := map[string]bool{"ISAN": p.HasISAN}
	for _, d := range p.Documents {
		have[strings.ToUpper(strings.TrimSpace(d))] = true
	}
	for _, d := range s.RequiredDocuments {
		code := strings.ToUpper(strings.TrimSpace(d))
		if code == "" || have[code] {
			continue
		}
		// A known document is named in words only: its code means nothing to a person.
		fr, en := code, code
		if l, ok := documentLabels[code]; ok {
			fr, en = l[0], l[1]
		}
		c.add(CodeMissingDocument, SeverityBlocking,
			fmt.Sprintf("Document manquant : %s.", fr),
			fmt.Sprintf("Missing document: %s.", en))
	}
}

// --- spec validation

var (
	languageRe = regexp.MustCompile(`^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$`)
	documentRe = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
)

// ValidateSpec refuses a spec that Check could not reason about, so that an
// edited template fails when saved rather than silently passing every
// production. Errors name the field as the deliveries table does.
func ValidateSpec(s Spec) error {
	if strings.TrimSpace(s.Name) == "" {
		return apperr.Invalid("name", "La fiche doit avoir un nom.", "The spec needs a name.")
	}
	if s.Width <= 0 || s.Width > 16384 {
		return apperr.Invalid("width", "Largeur invalide (1 à 16384 pixels).", "Invalid width (1 to 16384 pixels).")
	}
	if s.Height <= 0 || s.Height > 16384 {
		return apperr.Invalid("height", "Hauteur invalide (1 à 16384 pixels).", "Invalid height (1 to 16384 pixels).")
	}
	for _, r := range s.FrameRates {
		if _, ok := rateKey(r); !ok {
			return apperr.Invalid("frameRates",
				fmt.Sprintf("Cadence inconnue « %s » (cadences possibles : %s).", r, rateKeys()),
				fmt.Sprintf("Unknown frame rate “%s” (possible rates: %s).", r, rateKeys()))
		}
	}
	if s.Scan != "PROGRESSIVE" && s.Scan != "INTERLACED" {
		return apperr.Invalid("scan", "Balayage attendu : PROGRESSIVE ou INTERLACED.", "Scan expected: PROGRESSIVE or INTERLACED.")
	}
	switch s.HDR {
	case transferSDR, transferPQ, transferHLG, transferDV:
	default:
		return apperr.Invalid("hdr", "HDR attendu : vide (SDR), PQ, HLG ou DOLBY_VISION.", "HDR expected: empty (SDR), PQ, HLG or DOLBY_VISION.")
	}
	if s.ColourSpace != "" {
		if _, ok := parseColour(s.ColourSpace); !ok {
			return apperr.Invalid("colourSpace",
				fmt.Sprintf("Espace colorimétrique « %s » non reconnu (Rec.709, DCI-P3, Rec.2020...).", s.ColourSpace),
				fmt.Sprintf("Colour space “%s” not recognised (Rec.709, DCI-P3, Rec.2020...).", s.ColourSpace))
		}
	}
	for _, l := range s.AudioLayouts {
		if _, ok := layoutLabels[layoutOf(l)]; !ok {
			return apperr.Invalid("audioLayouts",
				fmt.Sprintf("Configuration audio « %s » non reconnue (STEREO, MONO, 5.1, 7.1, M&E, ATMOS).", l),
				fmt.Sprintf("Audio layout “%s” not recognised (STEREO, MONO, 5.1, 7.1, M&E, ATMOS).", l))
		}
	}
	if s.LoudnessTarget != 0 && (s.LoudnessTarget < -70 || s.LoudnessTarget > -5) {
		return apperr.Invalid("loudnessTarget", "Cible de loudness invalide (−70 à −5 LUFS, ou 0 si aucune).", "Invalid loudness target (−70 to −5 LUFS, or 0 for none).")
	}
	if s.LoudnessTolerance < 0 || s.LoudnessTolerance > 10 {
		return apperr.Invalid("loudnessTolerance", "Tolérance de loudness invalide (0 à 10 LU).", "Invalid loudness tolerance (0 to 10 LU).")
	}
	if s.TruePeakMax < -20 || s.TruePeakMax > 0 {
		return apperr.Invalid("truePeakMax", "True peak max invalide (−20 à 0 dBTP).", "Invalid true peak max (−20 to 0 dBTP).")
	}
	for _, l := range s.SubtitleLanguages {
		if !languageRe.MatchString(strings.TrimSpace(l)) {
			return apperr.Invalid("subtitleLanguages",
				fmt.Sprintf("Langue « %s » invalide : attendu un code comme fr, en ou fr-CA.", l),
				fmt.Sprintf("Invalid language “%s”: expected a code such as fr, en or fr-CA.", l))
		}
	}
	for _, d := range s.RequiredDocuments {
		if !documentRe.MatchString(d) {
			return apperr.Invalid("requiredDocuments",
				fmt.Sprintf("Document « %s » invalide : attendu un code comme MUSIC_CUE_SHEET.", d),
				fmt.Sprintf("Invalid document “%s”: expected a code such as MUSIC_CUE_SHEET.", d))
		}
	}
	return nil
}
