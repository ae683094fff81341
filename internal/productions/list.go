package productions

import (
	"context"
	"io"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/page"
)

// Filter narrows the productions list; every condition is applied in SQL, so
// a house with thousands of productions pages through them without reading
// them all.
type Filter struct {
	Status       *db.ProductionStatus
	Statuses     []db.ProductionStatus
	Kind         *db.ProductionKind
	ClientID     *uuid.UUID
	Search       *string
	DeadlineFrom *dates.Date
	DeadlineTo   *dates.Date
}

// Sort is the schema's ProductionSort: the order of a list, computed on
// request and never stored, so it lives here rather than in db.
type Sort string

const (
	SortRecent   Sort = "RECENT"
	SortTitle    Sort = "TITLE"
	SortDeadline Sort = "DEADLINE"
	SortClient   Sort = "CLIENT"
	SortStatus   Sort = "STATUS"
)

var AllSorts = []Sort{SortRecent, SortTitle, SortDeadline, SortClient, SortStatus}

func (s Sort) MarshalGQL(w io.Writer) { db.MarshalEnum(w, s) }
func (s *Sort) UnmarshalGQL(v any) (err error) {
	*s, err = db.UnmarshalEnum(v, AllSorts, "ProductionSort")
	return
}

// Order is a sort and its direction.
type Order struct {
	By         Sort
	Descending bool
}

// orderBy gives the ORDER BY terms of an order. Each ends with the most
// recent first and the id, so that a page boundary never splits equal rows
// differently from one request to the next.
func orderBy(o Order) []string {
	dir := " ASC"
	if o.Descending {
		dir = " DESC"
	}
	tie := []string{"production.created_at DESC", "production.id"}
	switch o.By {
	case SortTitle:
		return append([]string{"lower(production.title)" + dir}, tie...)
	case SortDeadline:
		// Without a deadline, last in both directions: nothing to deliver yet.
		return append([]string{"production.delivery_deadline" + dir + " NULLS LAST"}, tie...)
	case SortClient:
		return append([]string{"(SELECT lower(oc.name) FROM clients oc WHERE oc.id = production.client_id)" + dir, "lower(production.title)"}, tie...)
	case SortStatus:
		return append([]string{"array_position(ARRAY['PREPARATION','IN_POST','DELIVERED','CLOSED'], production.status::text)" + dir, "lower(production.title)"}, tie...)
	default: // RECENT: the most recent first; descending reverses it to the oldest first.
		if o.Descending {
			return []string{"production.created_at ASC", "production.id"}
		}
		return tie
	}
}

// List returns one page of the caller's productions, filtered and sorted.
func (s *Service) List(ctx context.Context, f Filter, o Order, a page.Args) ([]*db.Production, page.Info, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, page.Info{}, err
	}
	if f.DeadlineFrom != nil && f.DeadlineTo != nil && f.DeadlineTo.Before(*f.DeadlineFrom) {
		return nil, page.Info{}, apperr.Invalid("deadlineTo", "La date de fin précède la date de début.", "The end date is before the start date.")
	}
	q := Visible(s.DB.NewSelect(), p)
	if f.Status != nil {
		q = q.Where("production.status = ?", *f.Status)
	}
	if len(f.Statuses) > 0 {
		q = q.Where("production.status IN (?)", bun.In(f.Statuses))
	}
	if f.Kind != nil {
		q = q.Where("production.kind = ?", *f.Kind)
	}
	if f.ClientID != nil {
		q = q.Where("production.client_id = ?", *f.ClientID)
	}
	if f.Search != nil && strings.TrimSpace(*f.Search) != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.TrimSpace(*f.Search)) + "%"
		q = q.Where("(production.title ILIKE ? OR production.director ILIKE ? OR production.client_id IN (SELECT sc.id FROM clients sc WHERE sc.organisation_id = ? AND (sc.name ILIKE ? OR sc.legal_name ILIKE ?)))",
			like, like, p.OrganisationID, like, like)
	}
	if f.DeadlineFrom != nil {
		q = q.Where("production.delivery_deadline >= ?", *f.DeadlineFrom)
	}
	if f.DeadlineTo != nil {
		q = q.Where("production.delivery_deadline <= ?", *f.DeadlineTo)
	}
	for _, term := range orderBy(o) {
		q = q.OrderExpr(term) // constant expressions, never user input
	}
	return page.Fetch[*db.Production](ctx, q, a)
}
