package facturx

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// poppler runs a poppler tool on a file, skipping when it is missing.
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s (poppler-utils) is not installed", tool)
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// plain turns the no-break spaces of French amounts into spaces.
func plain(s string) string {
	return strings.NewReplacer("\u202f", " ", "\u00a0", " ").Replace(s)
}

func eur(c money.Cents) string { return plain(documents.Euros(c)) }

// TestFacturX checks every kind: factur-x.xml attached and equal to the
// XML, the Factur-X EN 16931 XMP, PDF/A-3 markers, embedded fonts, and the
// mandatory mentions and figures in the text.
func TestFacturX(t *testing.T) {
	cs := cases()
	for _, name := range slices.Sorted(maps.Keys(cs)) {
		d := cs[name]
		t.Run(name, func(t *testing.T) {
			pdf, x, err := Build(d)
			if err != nil {
				t.Fatal(err)
			}
			again, _, _ := Build(d)
			if !bytes.Equal(pdf, again) {
				t.Error("the same document gave different bytes")
			}
			dir := t.TempDir()
			f := filepath.Join(dir, "doc.pdf")
			if err := os.WriteFile(f, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if list := poppler(t, "pdfdetach", "-list", f); !strings.Contains(list, "1 embedded files") || !strings.Contains(list, "1: "+XMLName) {
				t.Errorf("attachments:\n%s", list)
			}
			saved := filepath.Join(dir, "out.xml")
			poppler(t, "pdfdetach", "-save", "1", "-o", saved, f)
			if got, _ := os.ReadFile(saved); !bytes.Equal(got, x) {
				t.Error("the attached factur-x.xml is not the XML")
			}
			meta := poppler(t, "pdfinfo", "-meta", f)
			for _, want := range []string{
				"<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
				"<fx:DocumentType>INVOICE</fx:DocumentType>", "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
				"<fx:Version>1.0</fx:Version>", "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
				"<pdfaSchema:prefix>fx</pdfaSchema:prefix>",
			} {
				if !strings.Contains(meta, want) {
					t.Errorf("XMP misses %s", want)
				}
			}
			for _, want := range []string{"/AFRelationship /Alternative", "/Subtype /text#2Fxml", "/AF [", "/OutputIntents", "/GTS_PDFA1", "/ID ["} {
				if !bytes.Contains(pdf, []byte(want)) {
					t.Errorf("PDF misses %s", want)
				}
			}
			for _, l := range strings.Split(poppler(t, "pdffonts", f), "\n")[2:] {
				if l != "" && !strings.Contains(l, " yes ") {
					t.Errorf("font not embedded: %s", l)
				}
			}
			text := plain(poppler(t, "pdftotext", "-layout", f, "-"))
			if pages := strings.Count(text, "\f"); len(d.Lines) > 40 && !strings.Contains(text, fmt.Sprintf("page %d/%d", pages, pages)) {
				t.Errorf("a long invoice's last page is not numbered %d/%d", pages, pages)
			}
			for _, want := range mandatory(d) {
				if !strings.Contains(text, want) {
					t.Errorf("the PDF text misses %q", want)
				}
			}
		})
	}
}

// mandatory is what DOMAIN.md "Invoices (France)" requires the PDF to say.
func mandatory(d Document) []string {
	s, b := d.Seller, d.Buyer
	want := []string{
		s.LegalName, s.Address.Lines[0], s.Address.City, "SIREN " + s.Siren, "SIRET " + s.Siret,
		"TVA intracommunautaire " + s.VatNumber, s.LegalForm + " au capital de " + eur(s.ShareCapital), "RCS " + s.RcsCity,
		b.LegalName, b.Address.Lines[0], b.Address.City, "TVA intracommunautaire " + b.VatNumber,
		d.Number, "Date d'émission", "16/03/2026", d.PurchaseOrder,
		"Prestations de services", "Total HT", eur(d.Totals.HT), eur(d.Totals.TTC),
	}
	if d.ServiceFrom != nil {
		want = append(want, "Période de la prestation", "du 02/02/2026 au 27/02/2026")
	} else {
		want = append(want, "Date de la prestation")
	}
	if b.Siren != "" {
		want = append(want, "SIREN "+b.Siren)
	}
	for _, r := range d.Totals.ByRate {
		want = append(want, "TVA "+plain(pct(r.Rate)), eur(r.VAT))
	}
	for _, l := range d.Lines {
		want = append(want, eur(l.UnitPrice), eur(l.Net()), plain(pct(l.VatRate)))
		if l.ExemptionReason != "" {
			want = append(want, l.ExemptionReason)
		}
	}
	if d.TypeCode == TypeCreditNote {
		return append(want, "Avoir "+d.Number, "Avoir sur la facture "+d.Preceding[0].Number+" du 16/03/2026", d.Reason)
	}
	want = append(want, "Date d'échéance", "15/04/2026", "Net à payer", eur(d.DuePayable),
		"Pénalités de retard : taux annuel de 12,15 %", "Indemnité forfaitaire pour frais de recouvrement", eur(4000), "IBAN")
	if d.EarlyPayment == "" {
		want = append(want, "Pas d'escompte pour paiement anticipé")
	} else {
		want = append(want, d.EarlyPayment)
	}
	if d.VatOnDebits {
		want = append(want, "Option pour le paiement de la taxe d'après les débits")
	}
	for _, x := range d.Deductions {
		want = append(want, "Acompte déduit : facture "+x.Number, eur(-x.Amount))
	}
	if d.TypeCode == TypeDepositInvoice {
		want = append(want, "Facture d'acompte "+d.Number)
	}
	return want
}
