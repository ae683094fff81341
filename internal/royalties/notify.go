package royalties

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/notifications"
)

// PortalLink is the holder's portal, where their statements are listed
// (frontend/src/app/routes.ts, "portal").
const PortalLink = "/portal"

// notifyStatement tells a holder, in the issuing transaction, that their
// statement is out: the users who represent them, or their email.
func notifyStatement(ctx context.Context, tx bun.IDB, nf *notifications.Notifier, r *db.DistributionRun, st *db.Statement) error {
	if nf == nil {
		return nil
	}
	n := notifications.Notice{OrganisationID: st.OrganisationID, Kind: db.NotificationStatementIssued, Link: PortalLink,
		Params: map[string]string{notifications.ParamPeriodStart: r.PeriodStart.String(), notifications.ParamPeriodEnd: r.PeriodEnd.String(),
			notifications.ParamAmount: st.Amount.String()}}
	if err := notifications.ForHolder(ctx, tx, st.OrganisationID, st.HolderID, &n); err != nil {
		return err
	}
	return nf.Notify(ctx, tx, n)
}
