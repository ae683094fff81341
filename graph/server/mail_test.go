package server_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/platform/mail"
	"github.com/postprod/postprod/internal/platform/mail/mailtest"
)

// TestReplicasSendTheMailOutbox: with POSTPROD_SMTP_URL set, each replica
// sends the mail outbox, woken by the commit; two replicas send each
// message once, and postprod_mail_pending falls back to zero.
func TestReplicasSendTheMailOutbox(t *testing.T) {
	t.Parallel()
	smtp := mailtest.Start(t)
	bdb, url := testdb.New(t)
	e := &env{t: t, DB: bdb, URL: url}
	opts := serverOptions{vars: map[string]string{"POSTPROD_SMTP_URL": smtp.URL(), "POSTPROD_MAIL_FROM": "Studio Éclair <studio@eclair.test>"}}
	a, _ := e.startServerOpts(opts), e.startServerOpts(opts)

	outbox := &mail.Outbox{From: mail.Address{Name: "Studio Éclair", Email: "studio@eclair.test"}}
	err := db.InTx(context.Background(), bdb, func(tx bun.Tx) error {
		for i := range 20 {
			msg := mail.Message{To: mail.Address{Email: fmt.Sprintf("tech%d@eclair.test", i)}, Subject: "Bon refusé", Text: "Bonjour"}
			if err := outbox.Enqueue(context.Background(), tx, mail.Queued{Kind: db.NotificationSlipRejected}, msg); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The replicas poll every 30 s: 10 s is the NOTIFY at work.
	got := smtp.Wait(t, 20, 10*time.Second)
	time.Sleep(300 * time.Millisecond)
	if got = smtp.Messages(t); len(got) != 20 {
		t.Fatalf("received %d messages, want 20", len(got))
	}
	distinct := map[string]bool{}
	for _, m := range got {
		distinct[m.MessageID] = true
	}
	if len(distinct) != 20 {
		t.Fatalf("%d distinct Message-IDs among 20 messages", len(distinct))
	}
	if !pollMetric(a.URL, "postprod_mail_pending", func(v float64) bool { return v == 0 }) {
		t.Fatal("postprod_mail_pending never fell to 0")
	}
}
