package deliveries

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

func lufsPtr(v float64) *float64 { return &v }

// The four productions a coordinator typically juggles.
var (
	hdDoc = Profile{
		FrameRate: "25", Resolution: "1920x1080", ColourSpace: "Rec.709", AudioLayout: "Stéréo",
		LoudnessLUFS: lufsPtr(-23), Subtitles: []string{"fr"}, Documents: []string{"CREDITS", "MUSIC_CUE_SHEET"}, HasISAN: true,
	}
	feature4K = Profile{
		FrameRate: "24", Resolution: "4096x2160", ColourSpace: "DCI-P3", AudioLayout: "5.1 + M&E",
		Subtitles: []string{"en"}, Documents: []string{"CREDITS", "MUSIC_CUE_SHEET", "CNC_CERTIFICATE"}, HasISAN: true,
	}
	uhdSeries = Profile{
		FrameRate: "23.976", Resolution: "3840x2160", ColourSpace: "Rec.2020 PQ", AudioLayout: "5.1",
		LoudnessLUFS: lufsPtr(-27), Subtitles: []string{"fr", "en-GB"}, Documents: []string{"CREDITS", "MUSIC_CUE_SHEET", "CONDUCTEUR"},
	}
	emptyProfile = Profile{}
)

func templateSpec(t testing.TB, key string) Spec {
	t.Helper()
	for _, tpl := range Templates() {
		if tpl.Key == key {
			return tpl.Spec
		}
	}
	t.Fatalf("no template %q", key)
	return Spec{}
}

func issueCodes(issues []Issue) []string {
	var out []string
	for _, i := range issues {
		if !slices.Contains(out, i.Code) {
			out = append(out, i.Code)
		}
	}
	slices.Sort(out)
	return out
}

func TestCheckTemplates(t *testing.T) {
	const (
		FRC   = CodeFrameRateConversion
		UP    = CodeUpscale
		DOWN  = CodeDownscale
		HDR   = CodeHDRGrade
		COL   = CodeColourSpace
		AUDIO = CodeMissingAudioLayout
		LOUD  = CodeLoudness
		SUBS  = CodeMissingSubtitles
		DOC   = CodeMissingDocument
		PROF  = CodeMissingProfile
	)
	for _, tc := range []struct {
		template string
		name     string
		profile  Profile
		want     []string
		count    int // number of issues, repeated codes included
	}{
		// HD PAD: 1080i25 Rec.709, stereo + 5.1, −23 ±0.5, fr, conducteur/credits/cue sheet/ISAN.
		{"fr-broadcaster-hd-pad", "hd doc", hdDoc, []string{AUDIO, DOC}, 2},
		{"fr-broadcaster-hd-pad", "4K feature", feature4K, []string{FRC, DOWN, COL, LOUD, SUBS, DOC}, 6},
		{"fr-broadcaster-hd-pad", "UHD series", uhdSeries, []string{FRC, DOWN, COL, LOUD, DOC}, 5},
		{"fr-broadcaster-hd-pad", "empty", emptyProfile, []string{PROF, LOUD, SUBS, DOC}, 4 + 1 + 1 + 4},
		// IMF UHD: Rec.2020 PQ, 5.1 + stereo + M&E, −27 ±2, fr + en, cue sheet + credits.
		{"streaming-imf-uhd", "hd doc", hdDoc, []string{UP, HDR, AUDIO, LOUD, SUBS}, 6},
		{"streaming-imf-uhd", "4K feature", feature4K, []string{DOWN, HDR, LOUD, SUBS}, 4},
		{"streaming-imf-uhd", "UHD series", uhdSeries, []string{AUDIO}, 1},
		{"streaming-imf-uhd", "empty", emptyProfile, []string{PROF, LOUD, SUBS, DOC}, 4 + 1 + 2 + 2},
		// DCP: 2048x1080 24 fps DCI-P3, 5.1 + M&E, no loudness, no subtitles, CNC/credits/cue sheet.
		{"cinema-dcp", "hd doc", hdDoc, []string{FRC, COL, AUDIO, DOC}, 5},
		{"cinema-dcp", "4K feature", feature4K, []string{DOWN}, 1},
		{"cinema-dcp", "UHD series", uhdSeries, []string{FRC, DOWN, COL, AUDIO, DOC}, 5},
		{"cinema-dcp", "empty", emptyProfile, []string{PROF, DOC}, 4 + 3},
		// Screener: HD Rec.709 stereo at native 23.976/24/25, −23 ±1, en, credits.
		{"festival-screener", "hd doc", hdDoc, []string{SUBS}, 1},
		{"festival-screener", "4K feature", feature4K, []string{DOWN, COL, LOUD}, 3},
		{"festival-screener", "UHD series", uhdSeries, []string{DOWN, COL, LOUD}, 3},
		{"festival-screener", "empty", emptyProfile, []string{PROF, LOUD, SUBS, DOC}, 4 + 1 + 1 + 1},
	} {
		t.Run(tc.template+"/"+tc.name, func(t *testing.T) {
			issues := Check(tc.profile, templateSpec(t, tc.template))
			slices.Sort(tc.want)
			if got := issueCodes(issues); !slices.Equal(got, tc.want) || len(issues) != tc.count {
				for _, i := range issues {
					t.Logf("%s %s: %s", i.Severity, i.Code, i.MessageFR)
				}
				t.Fatalf("codes %v (%d issues), want %v (%d)", got, len(issues), tc.want, tc.count)
			}
			for _, i := range issues {
				if i.MessageFR == "" || i.MessageEN == "" || (i.Severity != SeverityBlocking && i.Severity != SeverityWarning) {
					t.Errorf("incomplete issue %+v", i)
				}
			}
		})
	}
}

func issuesWith(issues []Issue, code string) []Issue {
	var out []Issue
	for _, i := range issues {
		if i.Code == code {
			out = append(out, i)
		}
	}
	return out
}

func oneIssue(t *testing.T, issues []Issue, code string) Issue {
	t.Helper()
	f := issuesWith(issues, code)
	if len(f) != 1 {
		t.Fatalf("%d issues %s in %+v", len(f), code, issues)
	}
	return f[0]
}

func assertMessage(t *testing.T, i Issue, fr, en string) {
	t.Helper()
	if !strings.Contains(i.MessageFR, fr) || !strings.Contains(i.MessageEN, en) {
		t.Errorf("%s:\n FR %q\n   want %q\n EN %q\n   want %q", i.Code, i.MessageFR, fr, i.MessageEN, en)
	}
}

func TestFrameRateMessages(t *testing.T) {
	spec := func(rates ...string) Spec { return Spec{FrameRates: rates} }
	for _, tc := range []struct {
		from   string
		spec   Spec
		fr, en string
	}{
		{"25", spec("23.976"), "Conversion de cadence 25 → 23,976 i/s (retiming ou ralenti de 4,1 %, durée +4,3 %, son à recaler)",
			"Frame-rate conversion 25 → 23.976 fps (retime or 4.1% slow-down, duration +4.3%, audio to re-sync)"},
		{"24", spec("25"), "24 → 25 i/s (retiming ou accéléré de 4,2 %, durée −4 %, son à recaler (hauteur))", "speed-up"},
		{"24", spec("23.976", "25"), "24 → 23,976 i/s (pull-down de 0,1 % (ralenti), son à recaler) ; cadences acceptées : 23,976, 25.", "0.1% pull-down"},
		{"23.98", spec("24"), "23,976 → 24 i/s (pull-up de 0,1 %", "0.1% pull-up"},
		{"50", spec("25"), "50 → 25 i/s (une image sur 2 gardée (ou entrelacement), durée inchangée)", "duration unchanged"},
		{"25", spec("50"), "chaque image répétée", "each frame repeated"},
		{"23.976", spec("29.97"), "pull-down 3:2 (télécinéma)", "3:2 pull-down"},
		{"29.97", spec("23.976", "25"), "29,97 → 23,976 i/s (pull-down inverse", "inverse telecine"},
		{"25", spec("29.97"), "conversion de standard avec compensation de mouvement", "motion-compensated"},
		{"29.97 DF", spec("25"), "29,97 → 25 i/s", "29.97 → 25 fps"},
	} {
		i := oneIssue(t, Check(Profile{FrameRate: tc.from}, tc.spec), CodeFrameRateConversion)
		if i.Severity != SeverityBlocking {
			t.Errorf("%s → %v is %s", tc.from, tc.spec.FrameRates, i.Severity)
		}
		assertMessage(t, i, tc.fr, tc.en)
	}
	if issues := Check(Profile{FrameRate: "23.98"}, spec("23.976")); len(issues) != 0 {
		t.Errorf("23.98 is 23.976: %+v", issues)
	}
	assertMessage(t, oneIssue(t, Check(Profile{FrameRate: "26"}, spec("25")), CodeMissingProfile), "« 26 » non reconnue", "“26” is not recognised")
	assertMessage(t, oneIssue(t, Check(Profile{}, spec("25")), CodeMissingProfile), "Cadence de la production non renseignée", "frame rate is not set")
}

func TestResolution(t *testing.T) {
	spec := func(w, h int) Spec { return Spec{Width: w, Height: h} }
	up := oneIssue(t, Check(Profile{Resolution: "1920x1080"}, spec(3840, 2160)), CodeUpscale)
	assertMessage(t, up, "Upscale 1920x1080 → 3840x2160 (×2)", "Upscale 1920x1080 → 3840x2160 (×2)")
	if up.Severity != SeverityBlocking {
		t.Error("an upscale is blocking")
	}
	down := oneIssue(t, Check(Profile{Resolution: "4096 × 2160"}, spec(1920, 1080)), CodeDownscale)
	assertMessage(t, down, "Downscale 4096x2160 → 1920x1080", "aspect ratio 1.9:1 → 1.78:1")
	if down.Severity != SeverityWarning {
		t.Error("a downscale is a warning")
	}
	oneIssue(t, Check(Profile{Resolution: "UHD"}, spec(1920, 1080)), CodeDownscale)
	oneIssue(t, Check(Profile{Resolution: "HD"}, spec(3840, 2160)), CodeUpscale)
	oneIssue(t, Check(Profile{Resolution: "1998x1080"}, spec(1920, 1080)), CodeDownscale)
	// HD sits in a 2K DCI container with side bars: no resampling.
	for _, p := range []string{"1920x1080", "2048x1080", "1998x1080", "2048x858"} {
		if issues := Check(Profile{Resolution: p}, spec(2048, 1080)); len(issues) != 0 {
			t.Errorf("%s in 2048x1080: %+v", p, issues)
		}
	}
	oneIssue(t, Check(Profile{Resolution: "big"}, spec(1920, 1080)), CodeMissingProfile)
	if issues := Check(Profile{}, Spec{}); len(issues) != 0 || issues == nil {
		t.Errorf("an empty spec asks nothing: %#v", issues)
	}
}

func TestColour(t *testing.T) {
	for _, tc := range []struct {
		have, specCS, specHDR string
		code                  string // "" when compatible
		severity              IssueSeverity
		fr                    string
	}{
		{"Rec.709", "Rec.709", "", "", "", ""},
		{"rec 709", "Rec.709", "", "", "", ""},
		{"Rec.2020 PQ", "Rec.2020", "PQ", "", "", ""},
		{"Rec.2020 PQ", "Rec.2020 PQ", "", "", "", ""},
		{"Dolby Vision", "Rec.2020", "PQ", "", "", ""},
		{"DCI-P3", "DCI-P3", "", "", "", ""},
		{"Rec.709", "Rec.2020", "PQ", CodeHDRGrade, SeverityBlocking, "Étalonnage HDR à faire : le master est en Rec.709 SDR et le destinataire attend Rec.2020 PQ"},
		{"DCI-P3", "Rec.2020", "HLG", CodeHDRGrade, SeverityBlocking, "attend Rec.2020 HLG"},
		{"Rec.2020 PQ", "Rec.2020", "DOLBY_VISION", CodeHDRGrade, SeverityBlocking, "Analyse et trims Dolby Vision"},
		{"Rec.2020 HLG", "Rec.2020", "PQ", CodeColourSpace, SeverityWarning, "Conversion Rec.2020 HLG → Rec.2020 PQ"},
		{"Rec.2020 PQ", "Rec.709", "", CodeColourSpace, SeverityBlocking, "Passe SDR (trim) à faire : le master est en Rec.2020 PQ et le destinataire attend Rec.709 SDR"},
		{"Rec.2020 PQ", "DCI-P3", "", CodeColourSpace, SeverityBlocking, "attend DCI-P3"},
		{"Dolby Vision", "Rec.709", "", CodeColourSpace, SeverityWarning, "trims Dolby Vision"},
		{"DCI-P3", "Rec.709", "", CodeColourSpace, SeverityBlocking, "Trim DCI-P3 → Rec.709 SDR"},
		{"Rec.709", "DCI-P3", "", CodeColourSpace, SeverityWarning, "Conversion Rec.709 SDR → DCI-P3"},
		{"P3-D65 PQ", "Rec.2020", "PQ", CodeColourSpace, SeverityWarning, "Conversion P3-D65 PQ → Rec.2020 PQ"},
		{"", "Rec.709", "", CodeMissingProfile, SeverityWarning, "Espace colorimétrique de la production non renseigné"},
		{"ACES", "Rec.709", "", CodeMissingProfile, SeverityWarning, "« ACES » non reconnu"},
	} {
		issues := Check(Profile{ColourSpace: tc.have}, Spec{ColourSpace: tc.specCS, HDR: tc.specHDR})
		if tc.code == "" {
			if len(issues) != 0 {
				t.Errorf("%s vs %s %s: %+v", tc.have, tc.specCS, tc.specHDR, issues)
			}
			continue
		}
		if len(issues) != 1 {
			t.Errorf("%s vs %s %s: %+v, want one %s", tc.have, tc.specCS, tc.specHDR, issues, tc.code)
			continue
		}
		i := issues[0]
		if i.Code != tc.code || i.Severity != tc.severity || !strings.Contains(i.MessageFR, tc.fr) {
			t.Errorf("%s vs %s %s: %s %s %q, want %s %s %q", tc.have, tc.specCS, tc.specHDR, i.Code, i.Severity, i.MessageFR, tc.code, tc.severity, tc.fr)
		}
	}
}

func TestAudio(t *testing.T) {
	for _, tc := range []struct {
		have    string
		want    []string
		missing int
	}{
		{"5.1 + M&E", []string{"STEREO", "5.1", "M&E"}, 0}, // stereo folded down from 5.1
		{"Stéréo", []string{"STEREO", "5.1", "M&E"}, 2},
		{"Stéréo + 5.1", []string{"STEREO", "5.1"}, 0},
		{"stereo, 5.1, M & E", []string{"STEREO", "5.1", "M&E"}, 0},
		{"7.1", []string{"STEREO", "5.1"}, 0},
		{"Dolby Atmos", []string{"STEREO", "5.1", "7.1"}, 0},
		{"5.1 et version internationale", []string{"5.1", "M&E"}, 0},
		{"Lt/Rt", []string{"STEREO"}, 0},
		{"Mono", []string{"STEREO"}, 1},
		{"5.1", []string{"M&E"}, 1},
		{"5.1", []string{"7.1"}, 1},
		{"M&E", []string{"5.1"}, 1}, // an M&E alone is no mix
	} {
		issues := Check(Profile{AudioLayout: tc.have}, Spec{AudioLayouts: tc.want})
		if len(issues) != tc.missing || len(issuesWith(issues, CodeMissingAudioLayout)) != tc.missing {
			t.Errorf("%q against %v: %+v, want %d missing", tc.have, tc.want, issues, tc.missing)
		}
	}
	issues := Check(Profile{AudioLayout: "Stéréo"}, Spec{AudioLayouts: []string{"STEREO", "5.1", "M&E"}})
	assertMessage(t, issues[0], "Audio manquant : 5.1 (la production a « Stéréo ») ; mixage 5.1 à faire", "Missing audio: 5.1 (the production has “Stéréo”); a 5.1 mix")
	assertMessage(t, issues[1], "Audio manquant : version internationale (M&E)", "Missing audio: M&E (music and effects)")
	assertMessage(t, oneIssue(t, Check(Profile{}, Spec{AudioLayouts: []string{"5.1"}}), CodeMissingProfile),
		"Configuration audio de la production non renseignée", "audio layout is not set")
}

func TestLoudness(t *testing.T) {
	r128 := Spec{LoudnessTarget: -23, LoudnessTolerance: 0.5, TruePeakMax: -1}
	for _, tc := range []struct {
		have     *float64
		severity IssueSeverity // "" when within tolerance
	}{
		{lufsPtr(-23), ""},
		{lufsPtr(-23.5), ""},
		{lufsPtr(-22.5), ""},
		{lufsPtr(-23.6), SeverityBlocking},
		{lufsPtr(-20), SeverityBlocking},
		{nil, SeverityWarning},
	} {
		issues := Check(Profile{LoudnessLUFS: tc.have}, r128)
		if tc.severity == "" {
			if len(issues) != 0 {
				t.Errorf("%v: %+v", *tc.have, issues)
			}
			continue
		}
		if i := oneIssue(t, issues, CodeLoudness); i.Severity != tc.severity {
			t.Errorf("%v: %s, want %s", tc.have, i.Severity, tc.severity)
		}
	}
	assertMessage(t, oneIssue(t, Check(Profile{LoudnessLUFS: lufsPtr(-20)}, r128), CodeLoudness),
		"Loudness −20 LUFS hors tolérance (cible −23 LUFS ±0,5 LU, true peak max −1 dBTP, écart +3 LU)",
		"Loudness −20 LUFS out of tolerance (target −23 LUFS ±0.5 LU, true peak max −1 dBTP, off by +3 LU)")
	assertMessage(t, oneIssue(t, Check(Profile{}, r128), CodeLoudness), "Loudness du mix inconnue : à mesurer (cible −23 LUFS ±0,5 LU", "measure it")
	// Cinema: no target, nothing to say even without a measure.
	if issues := Check(Profile{LoudnessLUFS: lufsPtr(-31)}, Spec{}); len(issues) != 0 {
		t.Errorf("target 0 must skip loudness: %+v", issues)
	}
}

func TestSubtitlesAndDocuments(t *testing.T) {
	s := Spec{SubtitleFormats: []string{"STL", "EBU-TT-D"}, SubtitleLanguages: []string{"fr", "en", "de"},
		RequiredDocuments: []string{"ISAN", "CREDITS", "MUSIC_CUE_SHEET", "CNC_CERTIFICATE"}}
	issues := Check(Profile{Subtitles: []string{"FR-fr"}, Documents: []string{" credits "}, HasISAN: true}, s)
	subs := issuesWith(issues, CodeMissingSubtitles)
	if len(subs) != 2 {
		t.Fatalf("subtitles: %+v", subs)
	}
	assertMessage(t, subs[0], "Sous-titres anglais (en) manquants ; formats acceptés : STL, EBU-TT-D.", "Missing English (en) subtitles; accepted formats: STL, EBU-TT-D.")
	assertMessage(t, subs[1], "allemand (de)", "German (de)")
	docs := issuesWith(issues, CodeMissingDocument)
	if len(docs) != 2 {
		t.Fatalf("documents: %+v", docs)
	}
	assertMessage(t, docs[0], "Document manquant : relevé des musiques (cue sheet).", "Missing document: music cue sheet.")
	assertMessage(t, docs[1], "Document manquant : visa d'exploitation du CNC.", "Missing document: CNC exhibition certificate (visa d'exploitation).")
	// ISAN listed as a document counts as much as HasISAN.
	if d := issuesWith(Check(Profile{Documents: []string{"ISAN"}}, Spec{RequiredDocuments: []string{"ISAN"}}), CodeMissingDocument); len(d) != 0 {
		t.Errorf("ISAN among documents: %+v", d)
	}
	assertMessage(t, oneIssue(t, Check(Profile{}, Spec{RequiredDocuments: []string{"ISAN"}}), CodeMissingDocument), "numéro ISAN", "ISAN number")
}

func TestValidateSpec(t *testing.T) {
	good := templateSpec(t, "fr-broadcaster-hd-pad")
	for _, tc := range []struct {
		field string
		edit  func(*Spec)
	}{
		{"", func(*Spec) {}},
		{"", func(s *Spec) { s.LoudnessTarget, s.LoudnessTolerance, s.TruePeakMax = 0, 0, 0 }},
		{"name", func(s *Spec) { s.Name = "  " }},
		{"width", func(s *Spec) { s.Width = 0 }},
		{"height", func(s *Spec) { s.Height = -1 }},
		{"frameRates", func(s *Spec) { s.FrameRates = []string{"25", "26"} }},
		{"scan", func(s *Spec) { s.Scan = "" }},
		{"hdr", func(s *Spec) { s.HDR = "HDR10+" }},
		{"colourSpace", func(s *Spec) { s.ColourSpace = "ACES" }},
		{"audioLayouts", func(s *Spec) { s.AudioLayouts = []string{"STEREO", "quadriphonie"} }},
		{"loudnessTarget", func(s *Spec) { s.LoudnessTarget = 23 }},
		{"loudnessTolerance", func(s *Spec) { s.LoudnessTolerance = -1 }},
		{"truePeakMax", func(s *Spec) { s.TruePeakMax = 1 }},
		{"subtitleLanguages", func(s *Spec) { s.SubtitleLanguages = []string{"français"} }},
		{"requiredDocuments", func(s *Spec) { s.RequiredDocuments = []string{"cue sheet"} }},
	} {
		s := good
		s.FrameRates = slices.Clone(good.FrameRates)
		tc.edit(&s)
		err := ValidateSpec(s)
		if tc.field == "" {
			if err != nil {
				t.Errorf("valid spec refused: %v", err)
			}
			continue
		}
		var ae *apperr.Error
		if !errors.As(err, &ae) || ae.Field != tc.field || ae.FR == "" || ae.EN == "" {
			t.Errorf("want an error on %s, got %v", tc.field, err)
		}
	}
}
