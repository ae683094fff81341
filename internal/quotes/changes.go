package quotes

// Comparing two versions of a quote line by line: a line keeps its key
// across versions (line_key), so an edited line reads as CHANGED rather
// than as one removed and one added.

import (
	"context"
	"slices"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
)

// ChangeKind is what happened to a line between two versions.
type ChangeKind string

const (
	LineAdded   ChangeKind = "ADDED"
	LineRemoved ChangeKind = "REMOVED"
	LineChanged ChangeKind = "CHANGED"
)

// Change is one line's difference; Fields names what differs on CHANGED.
type Change struct {
	Kind          ChangeKind
	Before, After *db.QuoteLine
	Fields        []string
}

// From checks that from is another version of v's quote the caller may see.
func (s *Service) From(ctx context.Context, v *db.QuoteVersion, from uuid.UUID) (*db.QuoteVersion, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	f, err := version(ctx, s.DB, p, from)
	if err != nil || f.QuoteID != v.QuoteID {
		return nil, apperr.Or(err, apperr.Invalid("from", "Comparez deux versions du même devis.", "Compare two versions of the same quote."))
	}
	return f, nil
}

// Diff compares the lines of two versions: the lines of after in their
// order (ADDED or CHANGED), then the removed ones in before's order.
func Diff(before, after []*db.QuoteLine) []Change {
	old := map[uuid.UUID]*db.QuoteLine{}
	for _, l := range before {
		old[l.LineKey] = l
	}
	out := []Change{}
	seen := map[uuid.UUID]bool{}
	for _, a := range after {
		seen[a.LineKey] = true
		b, ok := old[a.LineKey]
		if !ok {
			out = append(out, Change{Kind: LineAdded, After: a, Fields: []string{}})
			continue
		}
		if f := changedFields(b, a); len(f) > 0 {
			out = append(out, Change{Kind: LineChanged, Before: b, After: a, Fields: f})
		}
	}
	for _, b := range before {
		if !seen[b.LineKey] {
			out = append(out, Change{Kind: LineRemoved, Before: b, Fields: []string{}})
		}
	}
	return out
}

func changedFields(b, a *db.QuoteLine) []string {
	f := []string{}
	add := func(name string, differs bool) {
		if differs {
			f = append(f, name)
		}
	}
	add("quantity", b.Quantity != a.Quantity || b.HoursPerDay != a.HoursPerDay)
	add("unitPrice", b.UnitPrice != a.UnitPrice)
	add("discount", !eqPtr(b.DiscountRate, a.DiscountRate) || !eqPtr(b.DiscountAmount, a.DiscountAmount))
	add("vatRate", b.VatRate != a.VatRate)
	add("description", b.Description != a.Description)
	add("unit", b.Unit != a.Unit)
	add("kind", b.Kind != a.Kind)
	add("operation", !eqPtr(b.OperationID, a.OperationID))
	add("episode", !eqPtr(b.EpisodeID, a.EpisodeID))
	return slices.Clip(f)
}

func eqPtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
