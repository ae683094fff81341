package server_test

// Reading the mail the server queued (mail_outbox), as a recipient would:
// what the API tests need from a message without depending on how its
// texts are worded.

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

// outbox is the mail queued for recipient of kind, oldest first.
func (e *env) outbox(recipient string, kind db.NotificationKind) []*db.MailMessage {
	e.t.Helper()
	var ms []*db.MailMessage
	err := e.DB.NewSelect().Model(&ms).Where("recipient = ? AND kind = ?", recipient, kind).
		Order("created_at", "id").Scan(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return ms
}

// mailTexts are the decoded text parts (plain and HTML) of a whole RFC 5322
// message, in the order they appear.
func mailTexts(t *testing.T, raw []byte) []string {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("reading a queued message: %v", err)
	}
	var out []string
	collectTexts(t, m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body, &out)
	return out
}

func collectTexts(t *testing.T, contentType, encoding string, body io.Reader, out *[]string) {
	t.Helper()
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		t.Fatalf("content type %q: %v", contentType, err)
	}
	if strings.HasPrefix(mt, "multipart/") {
		r := multipart.NewReader(body, params["boundary"])
		for {
			p, err := r.NextRawPart() // raw: the encoding is decoded below, the same way at every level
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("reading a part: %v", err)
			}
			collectTexts(t, p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, out)
		}
	}
	if !strings.HasPrefix(mt, "text/") {
		return
	}
	switch strings.ToLower(encoding) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatalf("decoding a %s part: %v", mt, err)
	}
	*out = append(*out, string(b))
}
