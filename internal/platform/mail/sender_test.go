package mail_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/platform/live"
	"github.com/postprod/postprod/internal/platform/mail"
	"github.com/postprod/postprod/internal/platform/mail/mailtest"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var outbox = &mail.Outbox{From: mail.Address{Name: "Studio Éclair", Email: "postprod@eclair.test"}}

// enqueue queues msgs in one committed transaction.
func enqueue(t *testing.T, bdb *bun.DB, msgs ...mail.Message) {
	t.Helper()
	err := bdb.RunInTx(context.Background(), nil, func(ctx context.Context, tx bun.Tx) error {
		for _, m := range msgs {
			if err := outbox.Enqueue(ctx, tx, mail.Queued{Kind: db.NotificationInvitation}, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func plain(i int, to string) mail.Message {
	return mail.Message{To: mail.Address{Email: to}, Subject: fmt.Sprintf("Message %d", i), Text: "Bonjour"}
}

// sender is a Sender to srv with the test's short waits.
func sender(t *testing.T, bdb *bun.DB, srv *mailtest.Server, workers int) *mail.Sender {
	t.Helper()
	server, err := mail.ParseSMTPURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	return &mail.Sender{DB: bdb, SMTP: &mail.Dialer{Server: server, Timeout: 5 * time.Second}, Workers: workers,
		Backoff: 100 * time.Millisecond, MaxBackoff: time.Second, Poll: time.Second}
}

// run runs s until the test ends.
func run(t *testing.T, s *mail.Sender) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
}

func rows(t *testing.T, bdb *bun.DB) []db.MailMessage {
	t.Helper()
	var out []db.MailMessage
	if err := bdb.NewSelect().Model(&out).Order("created_at").Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	return out
}

// exactlyOnce checks that srv received each queued message once, and that
// every row is SENT.
func exactlyOnce(t *testing.T, bdb *bun.DB, srv *mailtest.Server, want int) {
	t.Helper()
	time.Sleep(300 * time.Millisecond) // a duplicate would have time to arrive
	got := srv.Messages(t)
	seen := map[string]int{}
	for _, m := range got {
		seen["<"+m.MessageID+">"]++
	}
	for _, r := range rows(t, bdb) {
		if r.Status != db.MailSent || r.SentAt == nil {
			t.Errorf("%s: %s (%s), want SENT", r.MessageID, r.Status, r.LastError)
		}
		if seen[r.MessageID] != 1 {
			t.Errorf("%s received %d times", r.MessageID, seen[r.MessageID])
		}
	}
	if len(got) != want || len(seen) != want {
		t.Errorf("received %d messages (%d distinct), want %d", len(got), len(seen), want)
	}
}

func TestSenderDeliversEachMessageOnceWhenNotified(t *testing.T) {
	t.Parallel()
	bdb, url := testdb.New(t)
	srv := mailtest.Start(t)
	s := sender(t, bdb, srv, 2)
	s.Poll = time.Hour // only the NOTIFY at commit, through the live listener, wakes it
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go (&live.Listener{URL: url, Broker: live.NewBroker(bdb), Signals: []live.Signal{s.Signal()}}).Run(ctx)
	run(t, s)
	time.Sleep(300 * time.Millisecond) // the workers are idle, the listener listening

	var msgs []mail.Message
	for i := range 5 {
		msgs = append(msgs, mail.Message{
			To:      mail.Address{Name: "Zoé Lefèvre", Email: fmt.Sprintf("zoe%d@eclair.test", i)},
			Subject: fmt.Sprintf("Réservation n°%d — montage été", i),
			Text:    "Bonjour Zoé,\nvotre réservation est confirmée.",
			HTML:    "<p>Bonjour Zoé,</p><p>votre réservation est <b>confirmée</b>.</p>",
			Attachments: []mail.Attachment{{Filename: "réservation.ics", ContentType: "text/calendar; method=REQUEST",
				Data: []byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")}},
		})
	}
	enqueue(t, bdb, msgs...)
	start := time.Now()
	srv.Wait(t, 5, 10*time.Second)
	t.Logf("5 messages delivered %s after the commit", time.Since(start).Round(time.Millisecond))
	exactlyOnce(t, bdb, srv, 5)

	stored := map[string]db.MailMessage{}
	for _, r := range rows(t, bdb) {
		stored[r.MessageID] = r
	}
	for _, sum := range srv.Messages(t) {
		row, ok := stored["<"+sum.MessageID+">"]
		if !ok {
			t.Fatalf("received %q, which is not in the outbox", sum.MessageID)
		}
		raw := srv.Raw(t, sum.ID)
		checkMessage(t, raw, row)
		if at := srv.Message(t, sum.ID).Attachments; len(at) != 1 || at[0].FileName != "réservation.ics" {
			t.Errorf("Mailpit reads the attachments as %+v", at)
		}
	}
}

// checkMessage parses what the server received as a mail client would.
func checkMessage(t *testing.T, raw []byte, row db.MailMessage) {
	t.Helper()
	m, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Get("Message-Id"); got != row.MessageID {
		t.Errorf("Message-ID %q, stored %q", got, row.MessageID)
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil || !strings.HasPrefix(subject, "Réservation n°") || !strings.HasSuffix(subject, "— montage été") {
		t.Errorf("subject %q (%v)", subject, err)
	}
	to, err := m.Header.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Name != "Zoé Lefèvre" || to[0].Address != row.Recipient {
		t.Errorf("To %v (%v), want Zoé Lefèvre <%s>", to, err, row.Recipient)
	}
	from, err := m.Header.AddressList("From")
	if err != nil || from[0].Name != "Studio Éclair" {
		t.Errorf("From %v (%v)", from, err)
	}
	parts := map[string]string{} // content type → decoded body
	var walk func(ct string, body io.Reader)
	walk = func(ct string, body io.Reader) {
		mt, params, err := mime.ParseMediaType(ct)
		if err != nil {
			t.Fatalf("%q: %v", ct, err)
		}
		if strings.HasPrefix(mt, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextPart() // decodes quoted-printable itself
				if errors.Is(err, io.EOF) {
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				var r io.Reader = p
				if p.Header.Get("Content-Transfer-Encoding") == "base64" {
					r = base64Reader(p)
				}
				if fn := p.FileName(); fn != "" && fn != "réservation.ics" {
					t.Errorf("attachment name %q", fn)
				}
				walk(p.Header.Get("Content-Type"), r)
			}
		}
		b, err := io.ReadAll(body)
		if err != nil {
			t.Fatal(err)
		}
		parts[mt] = string(b)
	}
	walk(m.Header.Get("Content-Type"), m.Body)
	if !strings.Contains(parts["text/plain"], "Bonjour Zoé,\r\nvotre réservation est confirmée.") {
		t.Errorf("text part %q", parts["text/plain"])
	}
	if !strings.Contains(parts["text/html"], "<b>confirmée</b>") {
		t.Errorf("html part %q", parts["text/html"])
	}
	if !strings.Contains(parts["text/calendar"], "METHOD:REQUEST") {
		t.Errorf("calendar part %q", parts["text/calendar"])
	}
}

func TestRolledBackMailIsNeverSent(t *testing.T) {
	t.Parallel()
	bdb, _ := testdb.New(t)
	srv := mailtest.Start(t)
	run(t, sender(t, bdb, srv, 2))
	errUndo := errors.New("undo")
	err := bdb.RunInTx(context.Background(), nil, func(ctx context.Context, tx bun.Tx) error {
		if err := outbox.Enqueue(ctx, tx, mail.Queued{Kind: db.NotificationInvitation}, plain(1, "lost@eclair.test")); err != nil {
			return err
		}
		return errUndo
	})
	if !errors.Is(err, errUndo) {
		t.Fatal(err)
	}
	enqueue(t, bdb, plain(2, "kept@eclair.test"))
	srv.Wait(t, 1, 10*time.Second)
	exactlyOnce(t, bdb, srv, 1)
	if got := srv.To(t, "lost@eclair.test"); len(got) != 0 {
		t.Fatalf("a rolled-back message was sent: %v", got)
	}
}

// The SMTP server is down while 50 messages are queued, and back 30 s
// later: all 50 arrive, once each.
func TestSMTPOutageLosesNothing(t *testing.T) {
	t.Parallel()
	bdb, _ := testdb.New(t)
	srv := mailtest.Start(t)
	srv.Stop()
	s := sender(t, bdb, srv, 2)
	run(t, s)
	for i := range 50 {
		enqueue(t, bdb, plain(i, fmt.Sprintf("tech%d@eclair.test", i)))
	}
	time.Sleep(30 * time.Second)
	var attempted int
	if err := bdb.NewSelect().Model((*db.MailMessage)(nil)).Where("attempts > 1 AND status = ?", db.MailPending).ColumnExpr("count(*)").Scan(context.Background(), &attempted); err != nil {
		t.Fatal(err)
	}
	if attempted != 50 {
		t.Errorf("%d messages retried during the outage, want all 50", attempted)
	}
	srv.Start(t)
	back := time.Now()
	srv.Wait(t, 50, 15*time.Second)
	t.Logf("50 messages delivered %s after the SMTP server came back", time.Since(back).Round(time.Millisecond))
	exactlyOnce(t, bdb, srv, 50)
}

// Two replicas, several workers each, drain the same outbox: each message
// goes out once.
func TestTwoReplicasSendEachMessageOnce(t *testing.T) {
	t.Parallel()
	bdb, _ := testdb.New(t)
	srv := mailtest.Start(t)
	var msgs []mail.Message
	for i := range 50 {
		msgs = append(msgs, plain(i, fmt.Sprintf("prod%d@eclair.test", i)))
	}
	enqueue(t, bdb, msgs...)
	run(t, sender(t, bdb, srv, 4))
	run(t, sender(t, bdb, srv, 4))
	srv.Wait(t, 50, 20*time.Second)
	exactlyOnce(t, bdb, srv, 50)
}

// A permanent refusal (5xx) fails that message at once, with the reason;
// the others go out.
func TestRejectedRecipientFails(t *testing.T) {
	t.Parallel()
	bdb, _ := testdb.New(t)
	srv := mailtest.Start(t, mailtest.Args("--smtp-allowed-recipients", `@ok\.test$`))
	run(t, sender(t, bdb, srv, 2))
	enqueue(t, bdb, plain(1, "a@ok.test"), plain(2, "nobody@refused.test"), plain(3, "b@ok.test"))
	srv.Wait(t, 2, 10*time.Second)
	deadline := time.Now().Add(10 * time.Second)
	for {
		var failed db.MailMessage
		err := bdb.NewSelect().Model(&failed).Where("recipient = 'nobody@refused.test'").Scan(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if failed.Status == db.MailFailed {
			if failed.Attempts != 1 || !strings.Contains(failed.LastError, "RCPT refused: 5") {
				t.Errorf("failed after %d attempts with %q, want 1 and the server's RCPT refusal", failed.Attempts, failed.LastError)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the refused message is %s (%q), want FAILED", failed.Status, failed.LastError)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := srv.Messages(t); len(got) != 2 {
		t.Fatalf("received %d, want the 2 allowed", len(got))
	}
}

// A message still failing three days after it was queued is given up.
func TestOldMessageIsGivenUp(t *testing.T) {
	t.Parallel()
	bdb, _ := testdb.New(t)
	srv := mailtest.Start(t)
	srv.Stop()
	enqueue(t, bdb, plain(1, "late@eclair.test"), plain(2, "recent@eclair.test"))
	if _, err := bdb.NewUpdate().Model((*db.MailMessage)(nil)).Set("created_at = now() - interval '3 days 1 minute'").
		Where("recipient = 'late@eclair.test'").Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	run(t, sender(t, bdb, srv, 1))
	deadline := time.Now().Add(10 * time.Second)
	for {
		byTo := map[string]db.MailMessage{}
		for _, r := range rows(t, bdb) {
			byTo[r.Recipient] = r
		}
		late, recent := byTo["late@eclair.test"], byTo["recent@eclair.test"]
		if late.Status == db.MailFailed && recent.Attempts > 0 {
			if recent.Status != db.MailPending || late.LastError == "" {
				t.Fatalf("recent %s, late's reason %q", recent.Status, late.LastError)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("late %s after %d attempts, recent %s", late.Status, late.Attempts, recent.Status)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
