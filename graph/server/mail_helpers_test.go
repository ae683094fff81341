package server_test

// The mail the tests read. Every assertion on a message goes through
// e.mails: in an env made by newMailEnv, what a real SMTP server received
// from the server's sender; otherwise the rows of mail_outbox.

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/platform/mail/mailtest"
)

// sentMail is one message as a recipient reads it.
type sentMail struct {
	To, Subject, Text, HTML, MessageID string
	Attachments                        []mailFile
}

type mailFile struct {
	Filename, ContentType string
	Data                  []byte
}

// newMailEnv is newEmptyEnv whose server sends its mail to a real SMTP
// server (Mailpit, started for the test): e.mails then reads what that
// server received.
func newMailEnv(t *testing.T) *env {
	t.Helper()
	bdb, url := testdb.New(t)
	e := &env{t: t, DB: bdb, URL: url, smtp: mailtest.Start(t)}
	e.API = e.startServerOpts(serverOptions{vars: map[string]string{"POSTPROD_SMTP_URL": e.smtp.URL()}})
	return e
}

// mails are the messages written so far, oldest first. With a mail server
// (newMailEnv) they are what it received, once the sender has drained the
// outbox: each outbox row must have arrived exactly once, and nothing else.
// Without one, they are the outbox rows themselves, the bytes the sender
// would transmit.
func (e *env) mails(t *testing.T) []sentMail {
	t.Helper()
	ctx := context.Background()
	if e.smtp != nil {
		deadline := time.Now().Add(20 * time.Second)
		for {
			n, err := e.DB.NewSelect().Model((*db.MailMessage)(nil)).Where("status <> ?", db.MailSent).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d messages still unsent after 20 s", n)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	var rows []db.MailMessage
	if err := e.DB.NewSelect().Model(&rows).Order("created_at", "id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	out := make([]sentMail, 0, len(rows))
	if e.smtp == nil {
		for _, r := range rows {
			out = append(out, parseMail(t, r.Message))
		}
		return out
	}
	received := map[string][]string{} // Message-ID → Mailpit ids
	for _, m := range e.smtp.Messages(t) {
		id := "<" + strings.Trim(m.MessageID, "<>") + ">"
		received[id] = append(received[id], m.ID)
	}
	for _, r := range rows {
		got := received[r.MessageID]
		if len(got) != 1 {
			t.Fatalf("message %s to %s arrived %d times, want once", r.MessageID, r.Recipient, len(got))
		}
		delete(received, r.MessageID)
		out = append(out, parseMail(t, e.smtp.Raw(t, got[0])))
	}
	if len(received) > 0 {
		t.Fatalf("the mail server received %d messages the outbox never held", len(received))
	}
	return out
}

// mailsTo are the messages to one address.
func (e *env) mailsTo(t *testing.T, address string) []sentMail {
	t.Helper()
	var out []sentMail
	for _, m := range e.mails(t) {
		if strings.EqualFold(m.To, address) {
			out = append(out, m)
		}
	}
	return out
}

func parseMail(t *testing.T, raw []byte) sentMail {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("unreadable message: %v", err)
	}
	var m sentMail
	if to, err := mail.ParseAddress(msg.Header.Get("To")); err == nil {
		m.To = to.Address
	}
	dec := new(mime.WordDecoder)
	if m.Subject, err = dec.DecodeHeader(msg.Header.Get("Subject")); err != nil {
		t.Fatalf("subject: %v", err)
	}
	m.MessageID = msg.Header.Get("Message-ID")
	walkPart(t, &m, msg.Header.Get("Content-Type"), "", "", msg.Body)
	return m
}

// walkPart reads a part: multiparts recursively, text bodies into Text and
// HTML, anything with a file name (or not text) as an attachment.
func walkPart(t *testing.T, m *sentMail, contentType, disposition, encoding string, body io.Reader) {
	t.Helper()
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		t.Fatalf("content type %q: %v", contentType, err)
	}
	if strings.HasPrefix(mt, "multipart/") {
		r := multipart.NewReader(body, params["boundary"])
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			walkPart(t, m, p.Header.Get("Content-Type"), p.Header.Get("Content-Disposition"), p.Header.Get("Content-Transfer-Encoding"), p)
		}
	}
	switch strings.ToLower(encoding) {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body) // skips line ends
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	}
	data, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	_, dparams, _ := mime.ParseMediaType(disposition)
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if name != "" {
		name, _ = new(mime.WordDecoder).DecodeHeader(name)
	}
	switch {
	case name == "" && mt == "text/plain":
		m.Text = strings.ReplaceAll(string(data), "\r\n", "\n")
	case name == "" && mt == "text/html":
		m.HTML = string(data)
	default:
		m.Attachments = append(m.Attachments, mailFile{Filename: name, ContentType: contentType, Data: data})
	}
}
