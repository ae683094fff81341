package notifications

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/postprod/postprod/internal/platform/documents"
	"github.com/postprod/postprod/internal/platform/mail"
)

// The email is one narrow column with inline styles (mail clients drop
// <style> blocks and external sheets), a table layout that Outlook keeps,
// and a button that is a plain link, so that every client shows it and a
// phone can tap it.
var layout = template.Must(template.New("mail").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#111827;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 24px;border-bottom:1px solid #e5e7eb;font-size:14px;color:#4b5563;">
<strong style="color:#111827;">{{.Organisation}}</strong>{{if .Organisation}} · {{end}}postprod
</td></tr>
<tr><td style="padding:24px;">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;color:#111827;">{{.Title}}</h1>
<p style="margin:0 0 24px;font-size:16px;line-height:1.5;">{{.Body}}</p>
{{if .URL}}<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="border-radius:6px;background:#1d4ed8;">
<a href="{{.URL}}" style="display:inline-block;padding:12px 20px;font-size:16px;color:#ffffff;text-decoration:none;font-weight:600;">{{.Action}}</a>
</td></tr></table>
<p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:#6b7280;">{{.Fallback}}<br><a href="{{.URL}}" style="color:#1d4ed8;word-break:break-all;">{{.URL}}</a></p>{{end}}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb;font-size:12px;line-height:1.5;color:#6b7280;">{{.Footer}}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`))

// compose writes the email of one text: HTML and a plain-text part saying
// the same, with the link in full.
// prefs says whether the recipient has preferences to choose their mail
// (a member, for a kind they may turn off): the footer then says where.
func compose(to mail.Address, org string, t Text, url string, lang documents.Lang, prefs bool) (mail.Message, error) {
	fr := lang == documents.FR
	pick := func(f, e string) string {
		if fr {
			return f
		}
		return e
	}
	footer := pick("Message automatique de postprod", "Automatic message from postprod")
	if org != "" {
		footer += pick(" pour "+org, " for "+org)
	}
	footer += "."
	if prefs {
		footer += pick(" Vous choisissez les notifications reçues par e-mail dans vos préférences de notification.",
			" You choose which notifications come by email in your notification preferences.")
	}
	data := struct {
		Lang, Organisation, Title, Body, Action, URL, Fallback, Footer string
	}{string(lang), org, t.Title, t.Body, t.Action, url,
		pick("Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :", "If the button does not work, copy this address into your browser:"), footer}
	var html bytes.Buffer
	if err := layout.Execute(&html, data); err != nil {
		return mail.Message{}, err
	}
	var text strings.Builder
	if org != "" {
		text.WriteString(org + " · postprod\n\n")
	}
	text.WriteString(t.Title + "\n\n" + t.Body + "\n")
	if url != "" {
		// French puts a no-break space before a colon.
		text.WriteString("\n" + t.Action + pick("\u00a0: ", ": ") + url + "\n")
	}
	text.WriteString("\n-- \n" + footer + "\n")
	// A subject is one line, whatever a title typed in holds.
	subject := strings.Join(strings.Fields(t.Subject), " ")
	return mail.Message{To: to, Subject: subject, Text: text.String(), HTML: html.String()}, nil
}
