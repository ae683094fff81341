package invoicing

// Late payment: from the day after the due date, the balance bears the
// yearly late-penalty rate per day (balance × rate × days / 365, half-up),
// and a business client owes the fixed recovery indemnity (40 € at least)
// once overdue (Code de commerce L441-10, D441-5).

import (
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Overdue: issued, something left to pay, and today past the due date.
func Overdue(inv *db.Invoice, balance money.Cents, today dates.Date) bool {
	switch inv.Status {
	case db.InvoiceIssued, db.InvoicePartiallyPaid:
	default:
		return false
	}
	return balance > 0 && inv.DueDate != nil && inv.DueDate.Before(today)
}

// DaysLate counts the days from the day after the due date to today.
func DaysLate(due, today dates.Date) int {
	if !due.Before(today) {
		return 0
	}
	return int(today.Time().Sub(due.Time()).Hours() / 24)
}

// LatePenalties is balance × rate × days / 365, half-up to the cent.
func LatePenalties(balance money.Cents, rate money.Rate, days int) money.Cents {
	if balance <= 0 || days <= 0 {
		return 0
	}
	return money.Cents(money.DivHalfUp(int64(balance)*int64(rate)*int64(days), 10000*365))
}

// IsBusiness: a client with a SIRET or a VAT number is a business, which
// owes the recovery indemnity.
func IsBusiness(c *db.Client) bool { return c != nil && (c.Siret != "" || c.VatNumber != "") }
