package notifications

import (
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

// Every kind says something in both languages, with its params written
// for people: no enum value, no ISO date, no empty title.
func TestTextsOfEveryKind(t *testing.T) {
	params := map[string]string{ParamOrganisation: "Studio Lumière", ParamRole: string(db.RoleRightsHolder), ParamExpires: "2026-12-07",
		ParamProduction: "Les Heures", ParamOperationFR: "Mixage", ParamOperationEN: "Mix", ParamDay: "2026-03-02", ParamReason: "Pause oubliée",
		ParamStart: "2026-03-02", ParamEnd: "2026-03-06", ParamFrom: "09:00", ParamTo: "18:00", ParamDays: "5", ParamOldStart: "2026-02-23",
		ParamOldEnd: "2026-02-27", ParamRoom: "Auditorium", ParamOption: "true", ParamPeriodStart: "2026-01-01", ParamPeriodEnd: "2026-03-31", ParamAmount: "1234.50",
		ParamReference: "D-2026-00012 v2", ParamValidUntil: "2026-12-31", ParamName: "Claire Martin", ParamDueDate: "2026-12-31"}
	for _, k := range db.AllNotificationKinds {
		for _, lang := range []string{"fr", "en"} {
			tx := Texts(k, lang, params)
			all := tx.Subject + " " + tx.Title + " " + tx.Body + " " + tx.Action
			if tx.Title == "" || tx.Body == "" || tx.Action == "" || tx.Subject == "" {
				t.Errorf("%s %s: empty part %+v", k, lang, tx)
			}
			// A document's number ("D-2026-00012 v2") is not an ISO date.
			all = strings.ReplaceAll(all, params[ParamReference], "")
			for _, raw := range []string{string(k), "RIGHTS_HOLDER", "2026-", "1234.50", "true"} {
				if strings.Contains(all, raw) {
					t.Errorf("%s %s shows %q: %s", k, lang, raw, all)
				}
			}
		}
	}
	if b := Texts(db.NotificationStatementIssued, "fr", params).Body; !strings.Contains(b, "1\u202f234,50\u00a0€") || !strings.Contains(b, "du 1er janvier 2026 au 31 mars 2026") {
		t.Errorf("French statement: %s", b)
	}
	if b := Texts(db.NotificationBookingMoved, "en", params).Body; !strings.Contains(b, "from 2 March 2026 to 6 March 2026, from 09:00 to 18:00 (5 days), room “Auditorium”") ||
		!strings.Contains(b, "It was planned from 23 February 2026 to 27 February 2026") || !strings.Contains(b, "option") {
		t.Errorf("English move: %s", b)
	}
	if b := Texts(db.NotificationSlipRejected, "fr", params).Body; !strings.Contains(b, "lundi 2 mars 2026") {
		t.Errorf("French rejection: %s", b)
	}
}
