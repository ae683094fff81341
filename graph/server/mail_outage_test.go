package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
)

// TestSMTPOutageDelaysNotificationMailAndLosesNone: 50 rejections are
// notified while the SMTP server is down; it comes back 30 s later, and two
// replicas are sending: each of the 50 mails arrives exactly once (e.mails
// checks every outbox row against what the server received), none lost.
func TestSMTPOutageDelaysNotificationMailAndLosesNone(t *testing.T) {
	t.Parallel()
	e := newMailEnv(t)
	e.startServerOpts(serverOptions{vars: map[string]string{"POSTPROD_SMTP_URL": e.smtp.URL()}})
	fx := e.newOrg("Studio Panne")
	coord := fx.as(db.RoleCoordinator)
	tech := fx.member(db.RoleTechnician).Email
	prod := fx.production()
	slips := make([]string, 50)
	for i := range slips {
		slips[i] = fx.slip(prod, "date", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly))
	}
	before := len(e.mailsTo(t, tech))

	e.smtp.Stop()
	for i, id := range slips {
		e.call(coord, `mutation($id:ID!, $r:String!){ rejectSlip(id:$id, reason:$r){ id } }`, map[string]any{"id": id, "r": fmt.Sprintf("Motif n° %d", i)}, &struct{}{})
	}
	time.Sleep(30 * time.Second)
	var sent int
	if err := e.DB.NewSelect().Model((*db.MailMessage)(nil)).ColumnExpr("count(*)").Where("status = ?", db.MailSent).
		Where("kind = ?", db.NotificationSlipRejected).Scan(context.Background(), &sent); err != nil {
		t.Fatal(err)
	}
	if sent != 0 {
		t.Fatalf("%d rejection mails marked sent while the SMTP server was down", sent)
	}
	e.smtp.Start(t)

	// The sender retries with a backoff capped at a minute.
	deadline := time.Now().Add(90 * time.Second)
	for {
		n, err := e.DB.NewSelect().Model((*db.MailMessage)(nil)).Where("status <> ?", db.MailSent).Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d mails still unsent 90 s after the SMTP server came back", n)
		}
		time.Sleep(200 * time.Millisecond)
	}
	ms := e.mailsTo(t, tech)[before:]
	if len(ms) != 50 {
		t.Fatalf("%d rejection mails, want 50", len(ms))
	}
	seen := map[string]bool{}
	for _, m := range ms {
		for i := range 50 {
			if strings.Contains(m.Text, fmt.Sprintf("Motif n° %d.", i)) {
				seen[fmt.Sprint(i)] = true
			}
		}
	}
	if len(seen) != 50 {
		t.Fatalf("the 50 mails carry %d distinct reasons", len(seen))
	}
}
