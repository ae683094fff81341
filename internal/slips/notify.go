package slips

import (
	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/notifications"
	"github.com/postprod/postprod/internal/platform/service"
)

// CorrectLink is the app's page where a technician corrects a rejected
// slip (frontend/src/app/routes.ts, "correctSlip").
func CorrectLink(sl *db.Slip) string { return "/my-slips/" + sl.ID.String() + "/correct" }

// notifyRejected tells the slip's technician, in the rejecting
// transaction, that it was rejected and why: their users, or their email
// when they have no account.
func (s *Service) notifyRejected(c *service.Call, sl *db.Slip) error {
	var what struct {
		Title, LabelFr, LabelEn string
	}
	if err := c.Tx.NewSelect().TableExpr("productions AS p").ColumnExpr("p.title, o.label_fr, o.label_en").
		Join("JOIN operations AS o ON o.id = ?", sl.OperationID).Where("p.id = ?", sl.ProductionID).Scan(c.Ctx, &what); err != nil {
		return err
	}
	n := notifications.Notice{OrganisationID: sl.OrganisationID, Kind: db.NotificationSlipRejected, ProductionID: &sl.ProductionID,
		Link: CorrectLink(sl), Params: map[string]string{
			notifications.ParamProduction: what.Title, notifications.ParamOperationFR: what.LabelFr, notifications.ParamOperationEN: what.LabelEn,
			notifications.ParamDay: sl.WorkDate.String(), notifications.ParamReason: sl.RejectionReason,
		}}
	if err := notifications.ForTechnician(c.Ctx, c.Tx, sl.OrganisationID, sl.TechnicianID, &n); err != nil {
		return err
	}
	return s.Notify.Notify(c.Ctx, c.Tx, n)
}
