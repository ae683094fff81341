// Package numbering gives documents their gapless numbers: invoices and
// credit notes in France are numbered in an unbroken sequence per
// organisation and year (CGI annex II art. 242 nonies A), and quotes follow
// the same scheme. A number is taken inside the transaction that issues the
// document: the counter row stays locked until that transaction ends, so
// concurrent issuers queue, and a rollback gives the number back.
package numbering

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/internal/kernel/dates"
)

// Kind is a numbered document's kind, written as its number's prefix.
type Kind string

const (
	Invoice    Kind = "F"  // facture, deposit invoices included: F-2026-00001
	CreditNote Kind = "AV" // avoir, its own sequence: AV-2026-00001
	Quote      Kind = "D"  // devis: D-2026-00012 (versions and amendments hang off it)
)

// Valid reports a kind the package knows.
func (k Kind) Valid() bool {
	switch k {
	case Invoice, CreditNote, Quote:
		return true
	}
	return false
}

// sequence is the counter row; it stays inside this package, which alone
// reads and writes the table.
type sequence struct {
	bun.BaseModel  `bun:"table:document_sequences,alias:seq"`
	OrganisationID uuid.UUID `bun:",pk,type:uuid"`
	Kind           Kind      `bun:",pk"`
	Year           int       `bun:",pk"`
	LastValue      int64
}

// ErrNoTransaction refuses a number taken outside a transaction: it would
// be committed at once, and lost if the document's own writes then failed.
var ErrNoTransaction = errors.New("numbering: a number must be taken in the issuing transaction")

// Next takes the next number of (organisation, kind, year), starting at 1,
// in the issuing transaction tx (a bun.Tx). The counter row stays locked
// until tx ends: the number is the caller's if tx commits, and the next
// issuer's if it rolls back. Callers pass the year of the issue date in
// Europe/Paris (YearOf): a document issued at 00:30 on 1 January in Paris
// belongs to the new year.
func Next(ctx context.Context, tx bun.IDB, orgID uuid.UUID, kind Kind, year int) (int64, error) {
	switch tx.(type) {
	case bun.Tx, *bun.Tx:
	default:
		return 0, ErrNoTransaction
	}
	if !kind.Valid() {
		return 0, fmt.Errorf("numbering: unknown kind %q", kind)
	}
	if year < 2000 || year > 2200 {
		return 0, fmt.Errorf("numbering: year %d out of range", year)
	}
	// One statement: insert the first value, or bump the existing row under
	// its row lock. Concurrent issuers wait on that lock (or on the unique
	// key of a row not yet committed) until the holder ends.
	row := &sequence{OrganisationID: orgID, Kind: kind, Year: year, LastValue: 1}
	_, err := tx.NewInsert().Model(row).
		On("CONFLICT (organisation_id, kind, year) DO UPDATE").
		Set("last_value = seq.last_value + 1").
		Returning("last_value").
		Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("numbering: next %s %d: %w", kind, year, err)
	}
	return row.LastValue, nil
}

// YearOf is the Europe/Paris year of an issue instant, the year a number
// belongs to.
func YearOf(t time.Time) int { return t.In(dates.Paris).Year() }

// Format writes a number as documents show it: Format(Invoice, 2026, 42) is
// "F-2026-00042". Beyond 99 999 the number simply grows wider.
func Format(kind Kind, year int, n int64) string {
	return fmt.Sprintf("%s-%04d-%05d", kind, year, n)
}
