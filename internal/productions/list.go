package productions

import (
	"context"
	"fmt"
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

// statusRank is a production's status in the order of its life, the
// STATUS sort's key (an expression index has the same text).
const statusRank = "array_position(ARRAY['PREPARATION','IN_POST','DELIVERED','CLOSED'], %s)"

// The order's terms, by the row's raw value (see page.Term).
var (
	byCreated = func(desc bool) page.Term[*db.Production] {
		return page.Term[*db.Production]{Col: "production.created_at", Cast: page.Timestamp, Desc: desc, Value: func(p *db.Production) any { return p.CreatedAt }}
	}
	byID    = page.Term[*db.Production]{Col: "production.id", Cast: page.UUID, Value: func(p *db.Production) any { return p.ID }}
	byTitle = func(desc bool) page.Term[*db.Production] {
		return page.Term[*db.Production]{Col: "production.title", Key: "lower(%s)", Cast: page.Text, Desc: desc, Value: func(p *db.Production) any { return p.Title }}
	}
)

// order gives the terms of an order. Each ends with the most recent first
// and the id, so that a page boundary never splits equal rows differently
// from one request to the next.
func order(o Order) page.Order[*db.Production] {
	tie := []page.Term[*db.Production]{byCreated(true), byID}
	var terms []page.Term[*db.Production]
	switch o.By {
	case SortTitle:
		terms = append([]page.Term[*db.Production]{byTitle(o.Descending)}, tie...)
	case SortDeadline:
		// Without a deadline, last in both directions: nothing to deliver
		// yet. The sentinel keeps the key never NULL, so an index scan
		// starts at the cursor (the order is deadline NULLS LAST's).
		sentinel := "'infinity'"
		if o.Descending {
			sentinel = "'-infinity'"
		}
		terms = append([]page.Term[*db.Production]{{Col: "production.delivery_deadline", Key: "COALESCE(%s, " + sentinel + "::date)", Cast: page.Date,
			Desc: o.Descending, Value: func(p *db.Production) any { return p.DeliveryDeadline }}}, tie...)
	case SortClient:
		terms = append([]page.Term[*db.Production]{{Col: "production.client_id", Key: "(SELECT lower(oc.name) FROM clients oc WHERE oc.id = %s)", Cast: page.UUID,
			Desc: o.Descending, Value: func(p *db.Production) any { return p.ClientID }}, byTitle(false)}, tie...)
	case SortStatus:
		terms = append([]page.Term[*db.Production]{{Col: "production.status", Key: fmt.Sprintf(statusRank, "%s::text"), Cast: page.Text,
			Desc: o.Descending, Value: func(p *db.Production) any { return p.Status }}, byTitle(false)}, tie...)
	default: // RECENT: the most recent first; descending reverses it to the oldest first.
		if o.Descending {
			terms = []page.Term[*db.Production]{byCreated(false), byID}
		} else {
			terms = tie
		}
	}
	name := "productions." + string(o.By)
	if o.Descending {
		name += ".desc"
	}
	return page.Order[*db.Production]{Name: name, Terms: terms}
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
	return page.Keyset(ctx, q, a, order(o))
}
