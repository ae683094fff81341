package server_test

// The mail the tests read. Every assertion on a message goes through
// e.mails: today it parses the rows of mail_outbox (their bytes are exactly
// what the sender will transmit); once the sender is merged it can read a
// real Mailpit instead, and no test changes.

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

	"github.com/postprod/postprod/db"
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

// mails are the messages written so far, oldest first.
func (e *env) mails(t *testing.T) []sentMail {
	t.Helper()
	var rows []db.MailMessage
	if err := e.DB.NewSelect().Model(&rows).Order("created_at", "id").Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	out := make([]sentMail, 0, len(rows))
	for _, r := range rows {
		out = append(out, parseMail(t, r.Message))
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
