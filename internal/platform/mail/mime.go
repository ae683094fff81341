package mail

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
)

// render writes the RFC 5322 message: multipart/mixed around a
// multipart/alternative (plain text first, HTML last, as clients prefer the
// last they can show), then the attachments in base64.
func render(from Address, m Message, messageID string) ([]byte, error) {
	if strings.ContainsAny(m.Subject, "\r\n") {
		return nil, fmt.Errorf("mail: a subject on two lines")
	}
	var buf bytes.Buffer
	h := func(k, v string) { fmt.Fprintf(&buf, "%s: %s\r\n", k, v) }
	h("From", (&mail.Address{Name: from.Name, Address: from.Email}).String())
	h("To", (&mail.Address{Name: m.To.Name, Address: m.To.Email}).String())
	h("Subject", mime.QEncoding.Encode("utf-8", m.Subject))
	h("Date", time.Now().Format(time.RFC1123Z))
	h("Message-ID", messageID)
	h("MIME-Version", "1.0")
	// RFC 3834: no vacation replies to a robot.
	h("Auto-Submitted", "auto-generated")

	mixed := multipart.NewWriter(&buf)
	h("Content-Type", `multipart/mixed; boundary="`+mixed.Boundary()+`"`)
	buf.WriteString("\r\n")

	alt := new(bytes.Buffer)
	altW := multipart.NewWriter(alt)
	if err := textPart(altW, "text/plain; charset=utf-8", m.Text); err != nil {
		return nil, err
	}
	if m.HTML != "" {
		if err := textPart(altW, "text/html; charset=utf-8", m.HTML); err != nil {
			return nil, err
		}
	}
	if err := altW.Close(); err != nil {
		return nil, err
	}
	pw, err := mixed.CreatePart(textproto.MIMEHeader{"Content-Type": {`multipart/alternative; boundary="` + altW.Boundary() + `"`}})
	if err != nil {
		return nil, err
	}
	if _, err := pw.Write(alt.Bytes()); err != nil {
		return nil, err
	}
	for _, a := range m.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		// RFC 2231 (filename*=utf-8''r%C3%A9servation.ics) for a name with
		// accents: what mail readers, and mime.ParseMediaType, decode.
		disposition := mime.FormatMediaType("attachment", map[string]string{"filename": a.Filename})
		if mt, params, err := mime.ParseMediaType(ct); err == nil {
			params["name"] = a.Filename
			ct = mime.FormatMediaType(mt, params)
		}
		if disposition == "" || ct == "" {
			return nil, fmt.Errorf("mail: attachment %q: bad name or content type", a.Filename)
		}
		pw, err := mixed.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {ct},
			"Content-Disposition":       {disposition},
			"Content-Transfer-Encoding": {"base64"},
		})
		if err != nil {
			return nil, err
		}
		if err := base64Lines(pw, a.Data); err != nil {
			return nil, err
		}
	}
	if err := mixed.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func textPart(w *multipart.Writer, contentType, body string) error {
	pw, err := w.CreatePart(textproto.MIMEHeader{"Content-Type": {contentType}, "Content-Transfer-Encoding": {"quoted-printable"}})
	if err != nil {
		return err
	}
	qp := quotedprintable.NewWriter(pw)
	if _, err := qp.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n"))); err != nil {
		return err
	}
	return qp.Close()
}

// base64Lines writes data in base64 lines of 76 characters (RFC 2045).
func base64Lines(w interface{ Write([]byte) (int, error) }, data []byte) error {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		if _, err := w.Write([]byte(enc[:76] + "\r\n")); err != nil {
			return err
		}
		enc = enc[76:]
	}
	_, err := w.Write([]byte(enc + "\r\n"))
	return err
}
