package validate

import (
	"testing"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

func TestSiret(t *testing.T) {
	for in, ok := range map[string]bool{
		"84215637400014":    true, // Luhn-valid
		"842 156 374 00014": true,
		"":                  true, // optional
		"84215637400015":    false,
		"8421563740001":     false,
		"8421563740001A":    false,
	} {
		_, err := Siret("siret", in)
		if (err == nil) != ok {
			t.Errorf("Siret(%q): %v", in, err)
		}
	}
}

func TestRequiredAndEmail(t *testing.T) {
	if _, err := Required("title", "   ", 10); err == nil {
		t.Fatal("blank text accepted")
	} else if ae, _ := apperr.As(err); ae.Field != "title" || ae.Code != apperr.Validation {
		t.Fatalf("error %+v", ae)
	}
	if s, err := Required("title", "  Film  ", 10); err != nil || s != "Film" {
		t.Fatalf("got %q, %v", s, err)
	}
	if _, err := Required("title", "Élodie et Zoé", 5); err == nil {
		t.Fatal("too long accepted (runes, not bytes)")
	}
	if e, err := Email("email", " Claire@Example.FR "); err != nil || e != "claire@example.fr" {
		t.Fatalf("got %q, %v", e, err)
	}
	for _, bad := range []string{"claire", "Claire <claire@example.fr>", "a@", "@b.fr"} {
		if _, err := Email("email", bad); err == nil {
			t.Errorf("Email(%q) accepted", bad)
		}
	}
}

func TestTextRefusesNullAndInvalidUTF8(t *testing.T) {
	for in, ok := range map[string]bool{
		"":                true,
		"Café 🎬 \t\n":     true,
		"\uFFFD":          true, // a replacement character typed as such is text
		"a\x00b":          false,
		"caf\xe9":         false,
		"\xc3\x28":        false,
		"\xed\xa0\x80abc": false, // a surrogate encoded in UTF-8
	} {
		err := Text("name", in)
		if (err == nil) != ok {
			t.Errorf("Text(%q): %v", in, err)
		}
		if ae, isApp := apperr.As(err); err != nil && (!isApp || ae.Code != apperr.Validation || ae.Field != "name") {
			t.Errorf("Text(%q): %+v", in, err)
		}
	}
}
