package deliveries

import (
	"slices"
	"strconv"
	"testing"

	"github.com/postprod/postprod/db"
)

func TestTemplatesSane(t *testing.T) {
	tpls := Templates()
	if len(tpls) != 4 {
		t.Fatalf("%d templates", len(tpls))
	}
	keys := map[string]bool{}
	for _, tpl := range tpls {
		if tpl.Key == "" || keys[tpl.Key] {
			t.Errorf("key %q empty or repeated", tpl.Key)
		}
		keys[tpl.Key] = true
		if !slices.Contains([]db.RecipientKind{"BROADCASTER", "PLATFORM", "DISTRIBUTOR", "FESTIVAL"}, tpl.RecipientKind) {
			t.Errorf("%s: recipient kind %q", tpl.Key, tpl.RecipientKind)
		}
		s := tpl.Spec
		if tpl.Recipient == "" || tpl.Notes == "" || s.Container == "" || s.VideoCodec == "" || s.NamingRule == "" ||
			len(s.FrameRates) == 0 || len(s.AudioLayouts) == 0 || s.ColourSpace == "" {
			t.Errorf("%s is incomplete: %+v", tpl.Key, tpl)
		}
		if err := ValidateSpec(s); err != nil {
			t.Errorf("%s: %v", tpl.Key, err)
		}
		if s.LoudnessTarget != 0 && (s.LoudnessTolerance <= 0 || s.TruePeakMax >= 0) {
			t.Errorf("%s: a loudness target needs a tolerance and a true peak ceiling", tpl.Key)
		}
		// A production made exactly to the spec must meet it: the template
		// and Check speak the same vocabulary.
		p := Profile{
			FrameRate:   s.FrameRates[0],
			Resolution:  strconv.Itoa(s.Width) + "x" + strconv.Itoa(s.Height),
			ColourSpace: s.ColourSpace + " " + s.HDR,
			Subtitles:   s.SubtitleLanguages,
			Documents:   s.RequiredDocuments,
		}
		for i, l := range s.AudioLayouts {
			if i > 0 {
				p.AudioLayout += " + "
			}
			p.AudioLayout += l
		}
		if s.LoudnessTarget != 0 {
			p.LoudnessLUFS = lufsPtr(s.LoudnessTarget)
		}
		if issues := Check(p, s); len(issues) != 0 {
			t.Errorf("%s: a production made to the spec gets %+v", tpl.Key, issues)
		}
	}
	for _, k := range []string{"fr-broadcaster-hd-pad", "streaming-imf-uhd", "cinema-dcp", "festival-screener"} {
		if !keys[k] {
			t.Errorf("missing template %s", k)
		}
	}
}

func TestTemplateFigures(t *testing.T) {
	pad := templateSpec(t, "fr-broadcaster-hd-pad")
	if pad.Scan != "INTERLACED" || pad.LoudnessTarget != -23 || pad.LoudnessTolerance != 0.5 || pad.TruePeakMax != -1 ||
		!slices.Equal(pad.FrameRates, []string{"25"}) || !slices.Equal(pad.AudioLayouts, []string{"STEREO", "5.1"}) ||
		!slices.Contains(pad.RequiredDocuments, "ISAN") || pad.NamingRule != "{ISAN}_{TITRE}_{VERSION}.mxf" {
		t.Errorf("HD PAD: %+v", pad)
	}
	imf := templateSpec(t, "streaming-imf-uhd")
	if imf.Width != 3840 || imf.HDR != "PQ" || imf.LoudnessTarget != -27 || imf.LoudnessTolerance != 2 || imf.TruePeakMax != -2 ||
		!slices.Equal(imf.SubtitleLanguages, []string{"fr", "en"}) || !slices.Contains(imf.AudioLayouts, "M&E") {
		t.Errorf("IMF: %+v", imf)
	}
	dcp := templateSpec(t, "cinema-dcp")
	if dcp.Width != 2048 || dcp.Height != 1080 || dcp.LoudnessTarget != 0 || len(dcp.SubtitleLanguages) != 0 ||
		!slices.Contains(dcp.RequiredDocuments, "CNC_CERTIFICATE") {
		t.Errorf("DCP: %+v", dcp)
	}
	fest := templateSpec(t, "festival-screener")
	if fest.Container != "MP4" || fest.LoudnessTolerance != 1 || !slices.Equal(fest.RequiredDocuments, []string{"CREDITS"}) {
		t.Errorf("screener: %+v", fest)
	}
}

func TestTemplatesAreCopies(t *testing.T) {
	a := Templates()
	a[0].Spec.FrameRates[0] = "60"
	a[0].Key = "changed"
	b := Templates()
	if b[0].Spec.FrameRates[0] != "25" || b[0].Key != "fr-broadcaster-hd-pad" {
		t.Error("editing a template changed the library")
	}
}
