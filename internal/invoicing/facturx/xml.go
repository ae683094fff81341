package facturx

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Profile is the EN 16931 specification identifier (BT-24) the XML
// declares: the Factur-X EN 16931 ("Comfort") profile.
const Profile = "urn:cen.eu:en16931:2017"

// Note subject codes (UNTDID 4451, BT-21) of the French mentions.
const (
	notePenalties  = "PMD" // late-payment penalties
	noteIndemnity  = "PMT" // the fixed recovery indemnity
	noteEarly      = "AAB" // early-payment discount terms
	noteLegal      = "REG" // legal form, capital, RCS
	noteVatOption  = "TXD" // VAT on debits
	noteGeneral    = "AAI" // general information
	sepaTransfer   = "58"  // UNTDID 4461: SEPA credit transfer
	vatOnIssue     = "5"   // UNTDID 2005 (BT-8): VAT due on the invoice date (option on debits)
	vatOnPayment   = "72"  // VAT due when paid (services without the option)
	sirenScheme    = "0002"
	vatScheme      = "VA"
	discountReason = "95" // UNTDID 5189: discount
)

// unitCodes are the UN/ECE recommendation 20 codes of the quote units.
// A half day has no code of its own: it is one unit (C62) named on the
// line.
var unitCodes = map[db.QuoteUnit]string{
	db.QuoteUnitDay: "DAY", db.QuoteUnitHalfDay: "C62", db.QuoteUnitHour: "HUR",
	db.QuoteUnitFlat: "LS", db.QuoteUnitTB: "E35", db.QuoteUnitUnit: "C62",
}

// UnitCode is the UN/ECE rec. 20 code of a line's unit (C62, one, when
// unknown).
func UnitCode(unit db.QuoteUnit) string {
	if c, ok := unitCodes[unit]; ok {
		return c
	}
	return "C62"
}

// w writes the CII elements in the order the D16B schema requires.
type w struct{ b strings.Builder }

func (x *w) open(tag string)  { x.b.WriteString("<" + tag + ">") }
func (x *w) close(tag string) { x.b.WriteString("</" + tag + ">\n") }

// leaf writes <tag attrs>text</tag>, nothing when text is empty.
func (x *w) leaf(tag, text string, attrs ...string) {
	if text == "" {
		return
	}
	x.b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.b.WriteString(" " + attrs[i] + `="`)
		xml.EscapeText(&x.b, []byte(attrs[i+1]))
		x.b.WriteString(`"`)
	}
	x.b.WriteString(">")
	xml.EscapeText(&x.b, []byte(text))
	x.b.WriteString("</" + tag + ">")
}

func (x *w) date(tag, ns string, d dates.Date) {
	x.open(tag)
	x.leaf(ns+":DateTimeString", fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day), "format", "102")
	x.close(tag)
}

func (x *w) note(text, code string) {
	if text == "" {
		return
	}
	x.open("ram:IncludedNote")
	x.leaf("ram:Content", text)
	x.leaf("ram:SubjectCode", code)
	x.close("ram:IncludedNote")
}

func amount(c money.Cents) string { return c.String() }

// XML is the document's Cross Industry Invoice (D16B, EN 16931).
func XML(d Document) ([]byte, error) {
	if err := check(d); err != nil {
		return nil, err
	}
	x := &w{}
	x.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.b.WriteString(`<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"` +
		` xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"` +
		` xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"` +
		` xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">` + "\n")
	x.open("rsm:ExchangedDocumentContext")
	x.open("ram:GuidelineSpecifiedDocumentContextParameter")
	x.leaf("ram:ID", Profile)
	x.close("ram:GuidelineSpecifiedDocumentContextParameter")
	x.close("rsm:ExchangedDocumentContext")

	x.open("rsm:ExchangedDocument")
	x.leaf("ram:ID", d.Number)
	x.leaf("ram:TypeCode", string(d.TypeCode))
	x.date("ram:IssueDateTime", "udt", d.IssueDate)
	for _, n := range notes(d) {
		x.note(n.text, n.code)
	}
	x.close("rsm:ExchangedDocument")

	x.open("rsm:SupplyChainTradeTransaction")
	for _, l := range d.Lines {
		line(x, l)
	}
	x.open("ram:ApplicableHeaderTradeAgreement")
	party(x, "ram:SellerTradeParty", d.Seller.Party)
	party(x, "ram:BuyerTradeParty", d.Buyer)
	if d.PurchaseOrder != "" {
		x.open("ram:BuyerOrderReferencedDocument")
		x.leaf("ram:IssuerAssignedID", d.PurchaseOrder)
		x.close("ram:BuyerOrderReferencedDocument")
	}
	x.close("ram:ApplicableHeaderTradeAgreement")
	x.open("ram:ApplicableHeaderTradeDelivery")
	x.close("ram:ApplicableHeaderTradeDelivery")
	settlement(x, d)
	x.close("rsm:SupplyChainTradeTransaction")
	x.b.WriteString("</rsm:CrossIndustryInvoice>\n")
	return []byte(x.b.String()), nil
}

func line(x *w, l Line) {
	x.open("ram:IncludedSupplyChainTradeLineItem")
	x.open("ram:AssociatedDocumentLineDocument")
	x.leaf("ram:LineID", l.ID)
	x.close("ram:AssociatedDocumentLineDocument")
	x.open("ram:SpecifiedTradeProduct")
	x.leaf("ram:Name", l.Description)
	x.close("ram:SpecifiedTradeProduct")
	x.open("ram:SpecifiedLineTradeAgreement")
	x.open("ram:NetPriceProductTradePrice")
	x.leaf("ram:ChargeAmount", amount(l.UnitPrice))
	x.close("ram:NetPriceProductTradePrice")
	x.close("ram:SpecifiedLineTradeAgreement")
	x.open("ram:SpecifiedLineTradeDelivery")
	x.leaf("ram:BilledQuantity", l.Quantity.String(), "unitCode", UnitCode(l.Unit))
	x.close("ram:SpecifiedLineTradeDelivery")
	x.open("ram:SpecifiedLineTradeSettlement")
	x.open("ram:ApplicableTradeTax")
	x.leaf("ram:TypeCode", "VAT")
	x.leaf("ram:CategoryCode", string(l.category()))
	x.leaf("ram:RateApplicablePercent", l.VatRate.String())
	x.close("ram:ApplicableTradeTax")
	if disc := l.Discount(); disc != 0 {
		x.open("ram:SpecifiedTradeAllowanceCharge")
		x.open("ram:ChargeIndicator")
		x.leaf("udt:Indicator", "false")
		x.close("ram:ChargeIndicator")
		if l.DiscountPercent != nil {
			x.leaf("ram:CalculationPercent", l.DiscountPercent.String())
			x.leaf("ram:BasisAmount", amount(l.Gross()))
		}
		x.leaf("ram:ActualAmount", amount(disc))
		x.leaf("ram:ReasonCode", discountReason)
		x.leaf("ram:Reason", "Remise")
		x.close("ram:SpecifiedTradeAllowanceCharge")
	}
	x.open("ram:SpecifiedTradeSettlementLineMonetarySummation")
	x.leaf("ram:LineTotalAmount", amount(l.Net()))
	x.close("ram:SpecifiedTradeSettlementLineMonetarySummation")
	x.close("ram:SpecifiedLineTradeSettlement")
	x.close("ram:IncludedSupplyChainTradeLineItem")
}

// party writes a seller or buyer (BG-4 / BG-7): legal name, SIREN,
// contact, address, VAT number.
func party(x *w, tag string, p Party) {
	x.open(tag)
	x.leaf("ram:Name", p.legalName())
	if p.Siren != "" || (p.LegalName != "" && p.Name != "" && p.Name != p.LegalName) {
		x.open("ram:SpecifiedLegalOrganization")
		if p.Siren != "" {
			x.leaf("ram:ID", p.Siren, "schemeID", sirenScheme)
		}
		if p.LegalName != "" && p.Name != p.LegalName {
			x.leaf("ram:TradingBusinessName", p.Name)
		}
		x.close("ram:SpecifiedLegalOrganization")
	}
	if c := p.Contact; c.Name != "" || c.Phone != "" || c.Email != "" {
		x.open("ram:DefinedTradeContact")
		x.leaf("ram:PersonName", c.Name)
		if c.Phone != "" {
			x.open("ram:TelephoneUniversalCommunication")
			x.leaf("ram:CompleteNumber", c.Phone)
			x.close("ram:TelephoneUniversalCommunication")
		}
		if c.Email != "" {
			x.open("ram:EmailURIUniversalCommunication")
			x.leaf("ram:URIID", c.Email)
			x.close("ram:EmailURIUniversalCommunication")
		}
		x.close("ram:DefinedTradeContact")
	}
	a := p.Address
	x.open("ram:PostalTradeAddress")
	x.leaf("ram:PostcodeCode", a.Postcode)
	for i, tag := range []string{"ram:LineOne", "ram:LineTwo", "ram:LineThree"} {
		if i < len(a.Lines) {
			x.leaf(tag, a.Lines[i])
		}
	}
	x.leaf("ram:CityName", a.City)
	x.leaf("ram:CountryID", a.Country)
	x.close("ram:PostalTradeAddress")
	if p.Contact.Email != "" {
		x.open("ram:URIUniversalCommunication")
		x.leaf("ram:URIID", p.Contact.Email, "schemeID", "EM")
		x.close("ram:URIUniversalCommunication")
	}
	if p.VatNumber != "" {
		x.open("ram:SpecifiedTaxRegistration")
		x.leaf("ram:ID", p.VatNumber, "schemeID", vatScheme)
		x.close("ram:SpecifiedTaxRegistration")
	}
	x.close(tag)
}

func settlement(x *w, d Document) {
	x.open("ram:ApplicableHeaderTradeSettlement")
	if d.TypeCode != TypeCreditNote {
		x.leaf("ram:PaymentReference", d.Number)
	}
	x.leaf("ram:InvoiceCurrencyCode", "EUR")
	if d.Seller.IBAN != "" && d.TypeCode != TypeCreditNote {
		x.open("ram:SpecifiedTradeSettlementPaymentMeans")
		x.leaf("ram:TypeCode", sepaTransfer)
		x.open("ram:PayeePartyCreditorFinancialAccount")
		x.leaf("ram:IBANID", strings.ReplaceAll(d.Seller.IBAN, " ", ""))
		x.close("ram:PayeePartyCreditorFinancialAccount")
		if d.Seller.BIC != "" {
			x.open("ram:PayeeSpecifiedCreditorFinancialInstitution")
			x.leaf("ram:BICID", d.Seller.BIC)
			x.close("ram:PayeeSpecifiedCreditorFinancialInstitution")
		}
		x.close("ram:SpecifiedTradeSettlementPaymentMeans")
	}
	point := vatOnPayment
	if d.VatOnDebits {
		point = vatOnIssue
	}
	for _, b := range breakdowns(d.Lines) {
		x.open("ram:ApplicableTradeTax")
		x.leaf("ram:CalculatedAmount", amount(b.VAT))
		x.leaf("ram:TypeCode", "VAT")
		if b.Category.exempt() {
			x.leaf("ram:ExemptionReason", b.Reason)
		}
		x.leaf("ram:BasisAmount", amount(b.Base))
		x.leaf("ram:CategoryCode", string(b.Category))
		if b.Category.exempt() {
			x.leaf("ram:ExemptionReasonCode", b.Code)
		}
		if b.Category == VatStandard {
			x.leaf("ram:DueDateTypeCode", point)
		}
		x.leaf("ram:RateApplicablePercent", b.Rate.String())
		x.close("ram:ApplicableTradeTax")
	}
	if d.ServiceFrom != nil || d.ServiceTo != nil {
		x.open("ram:BillingSpecifiedPeriod")
		if d.ServiceFrom != nil {
			x.date("ram:StartDateTime", "udt", *d.ServiceFrom)
		}
		if d.ServiceTo != nil {
			x.date("ram:EndDateTime", "udt", *d.ServiceTo)
		}
		x.close("ram:BillingSpecifiedPeriod")
	}
	x.open("ram:SpecifiedTradePaymentTerms")
	x.leaf("ram:Description", paymentTerms(d))
	if d.DueDate != nil {
		x.date("ram:DueDateDateTime", "udt", *d.DueDate)
	}
	x.close("ram:SpecifiedTradePaymentTerms")
	x.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
	x.leaf("ram:LineTotalAmount", amount(d.Totals.HT))
	x.leaf("ram:TaxBasisTotalAmount", amount(d.Totals.HT))
	x.leaf("ram:TaxTotalAmount", amount(d.Totals.VAT), "currencyID", "EUR")
	x.leaf("ram:GrandTotalAmount", amount(d.Totals.TTC))
	if d.Prepaid != 0 {
		x.leaf("ram:TotalPrepaidAmount", amount(d.Prepaid))
	}
	x.leaf("ram:DuePayableAmount", amount(d.DuePayable))
	x.close("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
	// The schema holds one preceding invoice (BG-3): the invoice a credit
	// note corrects, or a final invoice's first deposit (all are listed in
	// a note).
	refs := d.Preceding
	if len(refs) == 0 {
		for _, x := range d.Deductions {
			refs = append(refs, x.Reference)
		}
	}
	if len(refs) > 0 {
		r := refs[0]
		x.open("ram:InvoiceReferencedDocument")
		x.leaf("ram:IssuerAssignedID", r.Number)
		x.date("ram:FormattedIssueDateTime", "qdt", r.IssueDate)
		x.close("ram:InvoiceReferencedDocument")
	}
	x.close("ram:ApplicableHeaderTradeSettlement")
}
