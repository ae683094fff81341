package resolvers

import (
	"context"

	"github.com/google/uuid"

	"github.com/postprod/postprod/dataloaders"
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/invoicing"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/page"
)

func invoiceConnection(rows []*db.Invoice, info page.Info, err error) (*model.InvoiceConnection, error) {
	if err != nil {
		return nil, err
	}
	return &model.InvoiceConnection{TotalCount: info.TotalCount, PageInfo: pageInfo(info),
		Edges: edges(rows, info, func(i *db.Invoice, c string) *model.InvoiceEdge { return &model.InvoiceEdge{Node: i, Cursor: c} })}, nil
}

// lateness is an invoice's balance and, when overdue, its penalties and
// indemnity to date: figures, settings and client through their loaders.
type lateness struct {
	balance   money.Cents
	overdue   bool
	penalties *money.Cents
	indemnity *money.Cents
}

func latenessOf(ctx context.Context, inv *db.Invoice) (lateness, error) {
	l := dataloaders.For(ctx).Invoices
	f, err := l.FiguresByInvoice.Load(ctx, inv.ID)()
	if err != nil {
		return lateness{}, err
	}
	out := lateness{balance: f.Balance(inv)}
	today := dates.Today()
	if out.overdue = invoicing.Overdue(inv, out.balance, today); !out.overdue {
		return out, nil
	}
	st, err := l.Settings.Load(ctx, inv.OrganisationID)()
	if err != nil {
		return out, err
	}
	p := invoicing.LatePenalties(out.balance, st.LatePenaltyRate, invoicing.DaysLate(*inv.DueDate, today))
	out.penalties = &p
	cl, err := dataloaders.For(ctx).ClientByID.Load(ctx, inv.ClientID)()
	if err != nil {
		return out, err
	}
	if invoicing.IsBusiness(cl) {
		out.indemnity = &st.RecoveryIndemnity
	}
	return out, nil
}

// invoiceOf is the invoice of a child row (payment, deduction, credit
// note), when the caller sees it.
func invoiceOf(ctx context.Context, id uuid.UUID) (*db.Invoice, error) {
	inv, err := dataloaders.For(ctx).Invoices.InvoiceByID.Load(ctx, id)()
	if err != nil {
		return nil, err
	}
	return invoicing.SeenInvoice(ctx, inv)
}

func docURL(prefix string, id uuid.UUID, issued bool, ext string) *string {
	if !issued {
		return nil
	}
	u := prefix + id.String() + ext
	return &u
}
