package notifications

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/platform/documents"
)

// The params a notice carries. Dates travel as ISO days ("2026-03-02") and
// amounts as decimals ("1234.56"): they are written in the reader's
// language when the texts are rendered, for the email now and for the
// inbox later, in whatever language the reader then uses.
const (
	ParamOrganisation = "organisation" // the organisation's name (invitation)
	ParamRole         = "role"         // a db.Role (invitation)
	ParamExpires      = "expires"      // ISO day the link stops working (invitation)
	ParamProduction   = "production"   // the production's title
	ParamOperationFR  = "operationFr"  // the operation's French label
	ParamOperationEN  = "operationEn"  // the operation's English label
	ParamDay          = "day"          // ISO day (a slip's)
	ParamReason       = "reason"       // why a slip was rejected
	ParamStart        = "start"        // ISO first day (a booking's)
	ParamEnd          = "end"          // ISO last day
	ParamFrom         = "from"         // HH:MM, the daily start
	ParamTo           = "to"           // HH:MM, the daily end
	ParamDays         = "days"         // how many days are worked
	ParamOldStart     = "oldStart"     // a moved booking's previous first day
	ParamOldEnd       = "oldEnd"       // and last day
	ParamRoom         = "room"         // the room's name, if any
	ParamOption       = "option"       // "true": a pencilled booking (an option)
	ParamPeriodStart  = "periodStart"  // ISO, a statement's period
	ParamPeriodEnd    = "periodEnd"
	ParamAmount       = "amount"     // decimal euros, a statement's amount; a quote's TTC
	ParamReference    = "reference"  // a quote's "D-2026-00012 v2" or an amendment's "D-2026-00012-A1"
	ParamValidUntil   = "validUntil" // ISO day a quote or amendment may be accepted until
	ParamName         = "name"       // who accepted (as they signed)
	ParamDueDate      = "dueDate"    // ISO day an invoice is due
)

// Text is what a notification says in one language.
type Text struct {
	Subject string // the email's subject
	Title   string // one line (the inbox, the email's heading)
	Body    string // the details, a paragraph or a few
	Action  string // the label of the email's button
}

// Texts renders kind in lang ("fr", anything else English-or-French by
// documents.ParseLang) from its params. A missing param renders as empty:
// a text never shows a raw enum value or a key.
func Texts(kind db.NotificationKind, lang string, p map[string]string) Text {
	l := documents.ParseLang(lang)
	fr := l == documents.FR
	pick := func(f, e string) string {
		if fr {
			return f
		}
		return e
	}
	prod := p[ParamProduction]
	op := pick(p[ParamOperationFR], p[ParamOperationEN])
	switch kind {
	case db.NotificationInvitation:
		org := p[ParamOrganisation]
		role := roleLabel(db.Role(p[ParamRole]), l)
		t := Text{
			Title: pick("Invitation à rejoindre "+org+" sur postprod", "Invitation to join "+org+" on postprod"),
			Body: pick(fmt.Sprintf("%s vous invite à rejoindre son espace postprod %s. Choisissez votre nom et votre mot de passe pour activer votre compte.", org, role),
				fmt.Sprintf("%s invites you to join its postprod workspace %s. Choose your name and password to activate your account.", org, role)),
			Action: pick("Accepter l'invitation", "Accept the invitation"),
		}
		if d, ok := day(p[ParamExpires]); ok {
			t.Body += pick(" Cette invitation est valable jusqu'au "+documents.DateLong(d, l)+".", " This invitation is valid until "+documents.DateLong(d, l)+".")
		}
		t.Subject = t.Title
		return t
	case db.NotificationPasswordReset:
		t := Text{
			Title: pick("Réinitialisation de votre mot de passe", "Resetting your password"),
			Body: pick("Quelqu'un (sans doute vous) a demandé à changer le mot de passe de votre compte postprod. Ce lien est valable une heure et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
				"Someone (probably you) asked to change the password of your postprod account. This link is valid for one hour and works once. If you did not ask for it, ignore this message: your password stays as it is."),
			Action: pick("Choisir un nouveau mot de passe", "Choose a new password"),
		}
		t.Subject = t.Title
		return t
	case db.NotificationSlipRejected:
		when := ""
		if d, ok := day(p[ParamDay]); ok {
			when = weekdayLong(d, l)
		}
		t := Text{
			Title: pick("Bon de séance refusé : "+prod, "Session slip rejected: "+prod),
			Body: pick(fmt.Sprintf("Votre bon de séance du %s sur « %s » a été refusé. Motif : %s Corrigez-le puis renvoyez-le.", when, prod, sentence(p[ParamReason])),
				fmt.Sprintf("Your session slip of %s on “%s” was rejected. Reason: %s Correct it and send it again.", when, prod, sentence(p[ParamReason]))),
			Action: pick("Corriger le bon", "Correct the slip"),
		}
		t.Subject = t.Title + pick(" ("+when+")", " ("+when+")")
		return t
	case db.NotificationBookingCreated, db.NotificationBookingMoved, db.NotificationBookingCancelled:
		return bookingTexts(kind, l, p, prod, op)
	case db.NotificationStatementIssued:
		period := ""
		if s, ok := day(p[ParamPeriodStart]); ok {
			if e, ok := day(p[ParamPeriodEnd]); ok {
				period = span(s, e, l)
			}
		}
		amount := p[ParamAmount]
		if c, err := money.Parse(amount); err == nil {
			amount = documents.Money(c, l)
		}
		t := Text{
			Title: pick("Nouveau relevé de redevances", "New royalty statement"),
			Body: pick(fmt.Sprintf("Votre relevé de redevances %s est disponible : %s vous reviennent. Retrouvez-le, avec son détail en PDF et CSV, dans votre espace.", period, amount),
				fmt.Sprintf("Your royalty statement %s is available: %s is due to you. Find it, with its details as PDF and CSV, in your portal.", period, amount)),
			Action: pick("Voir mes relevés", "See my statements"),
		}
		t.Subject = t.Title + " " + period
		return t
	case db.NotificationQuoteSent, db.NotificationQuoteAccepted, db.NotificationQuoteRefused,
		db.NotificationAmendmentSent, db.NotificationAmendmentAccepted, db.NotificationAmendmentRefused:
		return quoteTexts(kind, l, p, prod)
	case db.NotificationInvoiceIssued, db.NotificationCreditNoteIssued, db.NotificationInvoiceOverdue:
		return invoiceTexts(kind, l, p, prod)
	}
	return Text{Subject: "postprod", Title: "postprod"}
}

func bookingTexts(kind db.NotificationKind, l documents.Lang, p map[string]string, prod, op string) Text {
	fr := l == documents.FR
	pick := func(f, e string) string {
		if fr {
			return f
		}
		return e
	}
	when := ""
	if s, ok := day(p[ParamStart]); ok {
		if e, ok := day(p[ParamEnd]); ok {
			when = span(s, e, l)
		}
	}
	hours := pick("de "+p[ParamFrom]+" à "+p[ParamTo], "from "+p[ParamFrom]+" to "+p[ParamTo])
	detail := when + ", " + hours
	if n, err := strconv.Atoi(p[ParamDays]); err == nil && n > 1 {
		detail += " (" + workedDays.Count(int64(n), l) + ")"
	}
	if r := p[ParamRoom]; r != "" {
		detail += pick(", salle « "+r+" »", ", room “"+r+"”")
	}
	option := ""
	if p[ParamOption] == "true" {
		option = pick(" Il s'agit d'une option, pas encore confirmée.", " It is an option, not confirmed yet.")
	}
	what := op + pick(" sur « "+prod+" »", " on “"+prod+"”")
	var t Text
	switch kind {
	case db.NotificationBookingCreated:
		t = Text{
			Title: pick("Nouvelle réservation : ", "New booking: ") + prod,
			Body:  pick("Vous êtes réservé(e) pour "+what+" "+detail+"."+option, "You are booked for "+what+" "+detail+"."+option),
		}
	case db.NotificationBookingMoved:
		before := ""
		if s, ok := day(p[ParamOldStart]); ok {
			if e, ok := day(p[ParamOldEnd]); ok {
				before = span(s, e, l)
			}
		}
		t = Text{
			Title: pick("Réservation modifiée : ", "Booking changed: ") + prod,
			Body:  pick("Votre réservation pour "+what+" a changé : désormais "+detail+".", "Your booking for "+what+" has changed: now "+detail+"."),
		}
		if before != "" && before != when {
			t.Body += pick(" Elle était prévue "+before+".", " It was planned "+before+".")
		}
		t.Body += option
	default:
		t = Text{
			Title: pick("Réservation annulée : ", "Booking cancelled: ") + prod,
			Body:  pick("Votre réservation pour "+what+" "+detail+" est annulée.", "Your booking for "+what+" "+detail+" is cancelled."),
		}
	}
	t.Action = pick("Voir mon planning", "See my schedule")
	t.Subject = t.Title + " (" + when + ")"
	return t
}

var workedDays = documents.Noun{FR: "jour", FRPlural: "jours", EN: "day", ENPlural: "days"}

// span writes one day ("le 2 mars 2026") or a range ("du 2 mars 2026 au 6
// mars 2026").
func span(s, e dates.Date, l documents.Lang) string {
	if s == e {
		if l == documents.EN {
			return "on " + documents.DateLong(s, l)
		}
		return "le " + documents.DateLong(s, l)
	}
	if l == documents.EN {
		return "from " + documents.DateLong(s, l) + " to " + documents.DateLong(e, l)
	}
	return "du " + documents.DateLong(s, l) + " au " + documents.DateLong(e, l)
}

var weekdaysFR = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}

// weekdayLong writes "lundi 2 mars 2026" / "Monday 2 March 2026".
func weekdayLong(d dates.Date, l documents.Lang) string {
	if l == documents.EN {
		return d.Weekday().String() + " " + documents.DateLong(d, l)
	}
	return weekdaysFR[d.Weekday()] + " " + documents.DateLong(d, l)
}

func day(s string) (dates.Date, bool) {
	d, err := dates.Parse(s)
	return d, err == nil && s != ""
}

// roleLabel says as what someone joins ("en tant que technicien", "as a technician").
func roleLabel(r db.Role, l documents.Lang) string {
	labels := map[db.Role][2]string{
		db.RoleAdmin:        {"en tant qu'administrateur", "as an administrator"},
		db.RoleCoordinator:  {"en tant que chargé(e) de post-production", "as a post-production coordinator"},
		db.RoleProducer:     {"en tant que producteur", "as a producer"},
		db.RoleTechnician:   {"en tant que technicien", "as a technician"},
		db.RoleAccountant:   {"en tant que comptable", "as an accountant"},
		db.RoleRightsHolder: {"en tant qu'ayant droit", "as a rights holder"},
		db.RoleIntegration:  {"pour une intégration", "for an integration"},
	}
	lab, ok := labels[r]
	if !ok {
		lab = [2]string{"comme membre", "as a member"}
	}
	if l == documents.EN {
		return lab[1]
	}
	return lab[0]
}

// sentence ends a typed text with a full stop unless it already ends with
// one (or another closing mark): "pause oubliée" and "pause oubliée." both
// read "pause oubliée." in the body, never "pause oubliée..".
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
