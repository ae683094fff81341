package facturx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func reminder() Reminder {
	return Reminder{
		Seller: seller, Buyer: buyer, Date: day(2026, 5, 20),
		Invoice: Reference{"F-2026-00042", day(2026, 3, 16)}, DueDate: day(2026, 4, 15),
		Production: "La Maison du Port (S1)",
		Amount:     2000000, Paid: 500000, Credited: 25500, Balance: 1474500,
		DaysLate: 35, LatePenaltyRate: 1215, Penalty: 17180, Indemnity: 4000,
	}
}

// TestReminder: the letter names the invoice, the balance, the days late,
// the penalties and the indemnity, and adds them up.
func TestReminder(t *testing.T) {
	r := reminder()
	pdf, err := ReminderPDF(r)
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "relance.pdf")
	if err := os.WriteFile(f, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	text := plain(poppler(t, "pdftotext", "-layout", f, "-"))
	for _, want := range []string{
		"Relance — facture F-2026-00042", "du 16/03/2026", "échue le 15/04/2026", "35 jours de retard",
		"Solde restant dû", eur(r.Balance), eur(-r.Paid), eur(-r.Credited), eur(r.Penalty), "12,15 %",
		"Indemnité forfaitaire pour frais de recouvrement", eur(r.Indemnity), "Total à régler", eur(r.Total()),
		"le 20 mai 2026", buyer.LegalName, "SIREN " + seller.Siren,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the letter misses %q", want)
		}
	}
	if r.Total() != 1474500+17180+4000 {
		t.Errorf("total %s", r.Total())
	}
	if meta := poppler(t, "pdfinfo", "-meta", f); !strings.Contains(meta, "<pdfaid:part>3</pdfaid:part>") || strings.Contains(meta, "fx:") {
		t.Errorf("reminder XMP:\n%s", meta)
	}
	r.Balance++
	if _, err := ReminderPDF(r); err == nil {
		t.Error("a balance that does not add up made a letter")
	}
}
