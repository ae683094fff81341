package documents

import "testing"

func TestCountryNames(t *testing.T) {
	if len(countries) != 250 {
		t.Errorf("%d countries, want the 249 ISO codes and XK", len(countries))
	}
	for _, c := range []struct{ code, fr, en string }{
		{"FR", "France", "France"}, {"DE", "Allemagne", "Germany"}, {"BE", "Belgique", "Belgium"},
		{"US", "États-Unis", "United States"}, {"GB", "Royaume-Uni", "United Kingdom"}, {"XK", "Kosovo", "Kosovo"},
	} {
		if fr, ok := CountryName(c.code, FR); !ok || fr != c.fr {
			t.Errorf("%s in French: %q", c.code, fr)
		}
		if en, _ := CountryName(c.code, EN); en != c.en {
			t.Errorf("%s in English: %q", c.code, en)
		}
	}
	for _, code := range []string{"UK", "fr", "WORLD", ""} {
		if _, ok := CountryName(code, FR); ok || IsCountry(code) {
			t.Errorf("%q is not an ISO code", code)
		}
	}
	for code, n := range countries {
		if len(code) != 2 || n[0] == "" || n[1] == "" {
			t.Errorf("%q: %q", code, n)
		}
	}
}
