package facturx

import (
	"strconv"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/pricing"
)

func day(y, m, d int) dates.Date { return dates.Date{Year: y, Month: time.Month(m), Day: d} }

func ptr[T any](v T) *T { return &v }

var seller = Seller{
	Party: Party{
		Name: "Studio Lumière", LegalName: "Studio Lumière Post-production",
		Address: Address{Lines: []string{"12 rue des Studios", "Bâtiment B"}, Postcode: "93200", City: "Saint-Denis", Country: "FR"},
		Siren:   "812345678", Siret: "81234567800021", VatNumber: "FR32812345678",
		Contact: Contact{Name: "Claire Martin", Phone: "+33 1 23 45 67 89", Email: "compta@studio-lumiere.fr"},
	},
	LegalForm: "SAS", ShareCapital: 5000000, RcsCity: "Bobigny",
	IBAN: "FR76 3000 6000 0112 3456 7890 189", BIC: "AGRIFRPP",
}

var buyer = Party{
	Name: "Films du Nord", LegalName: "Les Films du Nord SARL",
	Address: Address{Lines: []string{"4 place du Théâtre"}, Postcode: "59000", City: "Lille", Country: "FR"},
	Siren:   "498765432", VatNumber: "FR55498765432",
}

var foreignBuyer = Party{
	Name:      "Nordisk Post ApS",
	Address:   Address{Lines: []string{"Vesterbrogade 10"}, Postcode: "1620", City: "København", Country: "DK"},
	VatNumber: "DK12345678",
}

// line prices q (thousandths) × price (cents) at rate (bp).
func ln(id, desc string, unit db.QuoteUnit, q money.Quantity, price money.Cents, rate money.Rate) Line {
	return Line{ID: id, Description: desc, Unit: unit, Line: pricing.Line{Quantity: q, UnitPrice: price, VatRate: rate}}
}

// doc completes a document with its totals and the terms every invoice has.
func doc(t TypeCode, number string, lines []Line, deductions ...Deduction) Document {
	pl := make([]pricing.Line, len(lines))
	for i, l := range lines {
		pl[i] = l.Line
	}
	d := Document{
		TypeCode: t, Number: number, IssueDate: day(2026, 3, 16), DueDate: ptr(day(2026, 4, 15)),
		ServiceFrom: ptr(day(2026, 2, 2)), ServiceTo: ptr(day(2026, 2, 27)),
		Seller: seller, Buyer: buyer, Production: "La Maison du Port (S1)", PurchaseOrder: "BC-2026-118",
		Lines: lines, Totals: pricing.Sum(pl),
		PaymentTerms:    "Virement à 30 jours",
		LatePenaltyRate: 1215, RecoveryIndemnity: 4000,
		Footer: "Studio Lumière Post-production — compta@studio-lumiere.fr",
	}
	for _, x := range deductions {
		d.Prepaid += x.Amount
		d.Deductions = append(d.Deductions, x)
	}
	d.DuePayable = d.Totals.TTC - d.Prepaid
	return d
}

// cases are every kind the product issues.
func cases() map[string]Document {
	standard := doc(TypeInvoice, "F-2026-00042", []Line{
		ln("1", "Étalonnage — salle Baselight avec opérateur", db.QuoteUnitDay, 5000, 145000, 2000),
		ln("2", "Montage son — auditorium", db.QuoteUnitHour, 12500, 8500, 2000),
		ln("3", "Stockage des rushes", db.QuoteUnitTB, 4000, 1990, 2000),
	})
	standard.VatOnDebits = true
	standard.Notes = "Merci de rappeler le numéro de facture dans votre virement."

	deposit := doc(TypeDepositInvoice, "F-2026-00040", []Line{
		ln("1", "Acompte de 30 % sur le devis D-2026-00012 v2", db.QuoteUnitFlat, 1000, 456300, 2000),
	})
	deposit.ServiceFrom, deposit.ServiceTo = nil, nil

	progress := doc(TypeInvoice, "F-2026-00041", []Line{
		ln("1", "Montage image — février (approuvé)", db.QuoteUnitDay, 8000, 52000, 2000),
		ln("2", "Conformation — février (approuvé)", db.QuoteUnitHalfDay, 3000, 31000, 2000),
	})

	final := doc(TypeInvoice, "F-2026-00050", []Line{
		ln("1", "Étalonnage — salle Baselight avec opérateur", db.QuoteUnitDay, 10000, 145000, 2000),
		ln("2", "Mixage 5.1 — auditorium", db.QuoteUnitDay, 6000, 120000, 2000),
		ln("3", "Avenant D-2026-00012-A1 : 2 jours d'étalonnage", db.QuoteUnitDay, 2000, 145000, 2000),
	}, Deduction{Reference{"F-2026-00040", day(2026, 1, 10)}, 547560}, Deduction{Reference{"F-2026-00044", day(2026, 2, 10)}, 300000})

	rc := ln("2", "Sous-titrage danois — livraison export", db.QuoteUnitUnit, 3000, 25000, 0)
	rc.ExemptionCode, rc.ExemptionReason = ExemptionReverseCharge, "Autoliquidation"
	mixed := doc(TypeInvoice, "F-2026-00051", []Line{
		ln("1", "Étalonnage — salle Baselight", db.QuoteUnitDay, 2000, 110000, 2000),
		rc,
	})
	mixed.Buyer = foreignBuyer

	d1 := ln("1", "Étalonnage — remise 10 %", db.QuoteUnitDay, 3000, 145000, 2000)
	d1.DiscountPercent = ptr(money.Rate(1000))
	d2 := ln("2", "Montage — remise commerciale", db.QuoteUnitHour, 7333, 8333, 2000)
	d2.DiscountAmount = ptr(money.Cents(5000))
	d3 := ln("3", "Doublage — taux réduit", db.QuoteUnitHour, 1000, 10000, 550)
	discounts := doc(TypeInvoice, "F-2026-00052", []Line{d1, d2, d3})
	discounts.EarlyPayment = "Escompte de 1 % pour paiement sous 8 jours"

	credit := doc(TypeCreditNote, "AV-2026-00003", []Line{
		ln("1", "Avoir — Montage son — auditorium (heures non réalisées)", db.QuoteUnitHour, 2500, 8500, 2000),
	})
	credit.DueDate = nil
	credit.Preceding = []Reference{{"F-2026-00042", day(2026, 3, 16)}}
	credit.Reason = "Heures d'auditorium facturées en trop"

	var many []Line
	for i := range 60 {
		id := strconv.Itoa(i + 1)
		many = append(many, ln(id, "Épisode "+id+" — montage, conformation et export des masters de diffusion", db.QuoteUnitDay, money.Quantity(1000+i*250), 52000+money.Cents(i), 2000))
	}
	long := doc(TypeInvoice, "F-2026-00060", many)

	return map[string]Document{
		"long":     long,
		"standard": standard, "deposit": deposit, "progress": progress, "final": final,
		"mixed": mixed, "discounts": discounts, "credit": credit,
	}
}
