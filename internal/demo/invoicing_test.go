package demo

import (
	"math/big"
	"regexp"
	"strings"
	"testing"
)

// The demo's invoicing settings are what a French accountant would check:
// the SIREN of the organisation's SIRET, an IBAN whose check digits
// (ISO 13616, mod 97) and RIB key are right, a BIC of the right shape,
// payment terms within the law.
func TestInvoicingSettings(t *testing.T) {
	s := invoicingSettings
	if organisation.Siret[:9] != strings.TrimPrefix(organisation.VatNumber, organisation.VatNumber[:4]) {
		t.Errorf("SIREN %s and VAT number %s disagree", organisation.Siret[:9], organisation.VatNumber)
	}
	if mod97(s.Iban[4:]+s.Iban[:4]) != 1 {
		t.Errorf("IBAN %s: wrong check digits", s.Iban)
	}
	// The French BBAN: bank (5), branch (5), account (11), RIB key (2).
	bban := s.Iban[4:]
	bank, branch, account, key := bban[:5], bban[5:10], bban[10:21], bban[21:]
	sum := new(big.Int)
	for _, p := range []struct {
		digits string
		weight int64
	}{{bank, 89}, {branch, 15}, {account, 3}} {
		n, _ := new(big.Int).SetString(p.digits, 10)
		sum.Add(sum, n.Mul(n, big.NewInt(p.weight)))
	}
	if want := 97 - new(big.Int).Mod(sum, big.NewInt(97)).Int64(); key != strings.Repeat("0", 2-len(itoa(want)))+itoa(want) {
		t.Errorf("IBAN %s: RIB key %s, want %d", s.Iban, key, want)
	}
	if !regexp.MustCompile(`^[A-Z]{4}FR[A-Z0-9]{2}([A-Z0-9]{3})?$`).MatchString(s.Bic) {
		t.Errorf("BIC %q", s.Bic)
	}
	if s.PaymentDays < 1 || s.PaymentDays > 60 || s.LatePenaltyRate < 1000 || s.ShareCapital <= 0 || s.LegalForm == "" || s.RcsCity == "" {
		t.Errorf("settings %+v", s)
	}
}

// mod97 is an IBAN's remainder: letters as 10..35, digits as themselves.
func mod97(s string) int64 {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteString(itoa(int64(r-'A') + 10))
		} else {
			b.WriteRune(r)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	return new(big.Int).Mod(n, big.NewInt(97)).Int64()
}

func itoa(n int64) string { return big.NewInt(n).String() }
