package quotes

// Where a quote version or an amendment stands, and the moves it may make.
// EXPIRED is never stored: a SENT document past its validity date (Europe/
// Paris) reads as EXPIRED, through EffectiveStatus in Go and StatusExpr in
// SQL, the two written side by side so that they never disagree.

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/schema"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/platform/numbering"
)

// ExpiresSoonDays: a SENT document with this many days of validity left or
// fewer is flagged.
const ExpiresSoonDays = 7

// EffectiveStatusOn is the status read on day today: SENT past validUntil is
// EXPIRED (valid until the evening of validUntil).
func EffectiveStatusOn(stored db.QuoteStatus, validUntil, today dates.Date) db.QuoteStatus {
	if stored == db.QuoteSent && validUntil.Before(today) {
		return db.QuoteExpired
	}
	return stored
}

// EffectiveStatus is EffectiveStatusOn today in Europe/Paris.
func EffectiveStatus(stored db.QuoteStatus, validUntil dates.Date) db.QuoteStatus {
	return EffectiveStatusOn(stored, validUntil, dates.Today())
}

// ExpiresSoonOn: SENT, still valid on today, and valid for ExpiresSoonDays
// days or fewer.
func ExpiresSoonOn(stored db.QuoteStatus, validUntil, today dates.Date) bool {
	return EffectiveStatusOn(stored, validUntil, today) == db.QuoteSent && !today.AddDays(ExpiresSoonDays).Before(validUntil)
}

// ExpiresSoon is ExpiresSoonOn today in Europe/Paris.
func ExpiresSoon(stored db.QuoteStatus, validUntil dates.Date) bool {
	return ExpiresSoonOn(stored, validUntil, dates.Today())
}

// StatusExpr is EffectiveStatus in SQL for the table aliased alias
// ("qv", "am"), on day today: use it to filter or sort by status.
func StatusExpr(alias string, today dates.Date) schema.QueryWithArgs {
	return bun.SafeQuery("(CASE WHEN ?.status = ? AND ?.valid_until < ? THEN ? ELSE ?.status END)",
		bun.Ident(alias), db.QuoteSent, bun.Ident(alias), today, db.QuoteExpired, bun.Ident(alias))
}

// WhereStatus keeps the rows of q (table aliased alias) whose effective
// status is s today.
func WhereStatus(q *bun.SelectQuery, alias string, s db.QuoteStatus) *bun.SelectQuery {
	return q.Where("? = ?", StatusExpr(alias, dates.Today()), s)
}

// WhereExpiringWithin keeps the SENT rows still valid today whose validity
// ends within days.
func WhereExpiringWithin(q *bun.SelectQuery, alias string, days int) *bun.SelectQuery {
	today := dates.Today()
	return q.Where("?.status = ? AND ?.valid_until >= ? AND ?.valid_until <= ?",
		bun.Ident(alias), db.QuoteSent, bun.Ident(alias), today, bun.Ident(alias), today.AddDays(days))
}

// Doc says which document a message speaks of.
type Doc int

const (
	DocQuote Doc = iota
	DocAmendment
)

func (d Doc) words() (fr, en string) {
	if d == DocAmendment {
		return "Cet avenant", "This amendment"
	}
	return "Ce devis", "This quote"
}

var statusLabels = map[db.QuoteStatus][2]string{
	db.QuoteDraft:      {"brouillon", "draft"},
	db.QuoteSent:       {"envoyé", "sent"},
	db.QuoteAccepted:   {"accepté", "accepted"},
	db.QuoteRefused:    {"refusé", "refused"},
	db.QuoteExpired:    {"expiré", "expired"},
	db.QuoteSuperseded: {"remplacé par une version plus récente", "superseded by a newer version"},
}

// StatusLabel is the status as a user reads it, in French ("fr") or English.
func StatusLabel(s db.QuoteStatus, lang string) string {
	l, ok := statusLabels[s]
	switch {
	case !ok:
		return string(s)
	case strings.HasPrefix(lang, "en"):
		return l[1]
	}
	return l[0]
}

func conflict(d Doc, status db.QuoteStatus, frTail, enTail string) error {
	fr, en := d.words()
	return apperr.New(apperr.Conflict, "id",
		fmt.Sprintf("%s est %s : %s", fr, StatusLabel(status, "fr"), frTail),
		fmt.Sprintf("%s is %s: %s", en, StatusLabel(status, "en"), enTail))
}

// CheckEditable: only a DRAFT changes (lines, header) or is discarded;
// status is the effective status.
func CheckEditable(d Doc, status db.QuoteStatus) error {
	if status == db.QuoteDraft {
		return nil
	}
	if d == DocQuote && (status == db.QuoteSent || status == db.QuoteRefused || status == db.QuoteExpired) {
		return conflict(d, status, "il ne change plus. Créez une nouvelle version.", "it no longer changes. Make a new version.")
	}
	if d == DocQuote && status == db.QuoteAccepted {
		return conflict(d, status, "il ne change plus. Faites un avenant.", "it no longer changes. Make an amendment.")
	}
	return conflict(d, status, "il ne change plus.", "it no longer changes.")
}

// CheckSendable: a DRAFT, with at least one line, valid today or later.
func CheckSendable(d Doc, status db.QuoteStatus, lines int, validUntil dates.Date) error {
	if status != db.QuoteDraft {
		return conflict(d, status, "il est déjà envoyé.", "it was already sent.")
	}
	if lines == 0 {
		return apperr.Invalid("lines", "Ajoutez au moins une ligne avant d'envoyer.", "Add at least one line before sending.")
	}
	if validUntil.Before(dates.Today()) {
		return apperr.Invalid("validUntil", "La date de validité est passée : choisissez aujourd'hui ou une date à venir.",
			"The validity date is past: choose today or a later date.")
	}
	return nil
}

// CheckAnswerable: the producer accepts or refuses a SENT document still
// valid; an expired one is refused on "validUntil" (the rule decided), any
// other status is a CONFLICT. stored is the stored status.
func CheckAnswerable(d Doc, stored db.QuoteStatus, validUntil dates.Date) error {
	switch EffectiveStatus(stored, validUntil) {
	case db.QuoteSent:
		return nil
	case db.QuoteExpired:
		fr, en := d.words()
		return apperr.Invalid("validUntil",
			fmt.Sprintf("%s n'est plus valable depuis le %s : demandez une nouvelle version.", fr, validUntil.AddDays(1)),
			fmt.Sprintf("%s is no longer valid since %s: ask for a new version.", en, validUntil.AddDays(1)))
	case db.QuoteDraft:
		return apperr.NotFoundErr("devis") // a producer never sees a draft
	default:
		return conflict(d, stored, "il a déjà reçu une réponse ou a été remplacé.", "it was already answered or replaced.")
	}
}

// CheckRevisable: version n+1 is made from the latest version when it is
// SENT, REFUSED or EXPIRED (status is the effective status).
func CheckRevisable(status db.QuoteStatus, latest bool) error {
	if !latest {
		return conflict(DocQuote, db.QuoteSuperseded, "révisez la dernière version.", "revise the latest version.")
	}
	switch status {
	case db.QuoteSent, db.QuoteRefused, db.QuoteExpired:
		return nil
	case db.QuoteAccepted:
		return conflict(DocQuote, status, "il change par un avenant.", "it changes by an amendment.")
	case db.QuoteDraft:
		return conflict(DocQuote, status, "modifiez ce brouillon.", "edit the draft.")
	}
	return conflict(DocQuote, status, "révisez la dernière version.", "revise the latest version.")
}

// Immutable maps the database's refusal to change a sent document (the
// triggers of the migration) to CONFLICT; other errors pass unchanged. The
// Go checks come first: this only guards a race.
func Immutable(err error) error {
	var pg *pgconn.PgError
	if errors.As(err, &pg) && pg.Code == "23514" && strings.Contains(pg.Message, "sent quote") {
		return apperr.New(apperr.Conflict, "id", "Ce document a été envoyé : il ne change plus.", "This document was sent: it no longer changes.")
	}
	return err
}

// Number is the quote's number, "D-2026-00012", nil until first sent.
func Number(year *int, number *int64) *string {
	if year == nil || number == nil {
		return nil
	}
	s := numbering.Format(numbering.Quote, *year, *number)
	return &s
}

// Reference is a version's reference, "D-2026-00012 v2" (v1 too).
func Reference(year *int, number *int64, version int) *string {
	n := Number(year, number)
	if n == nil {
		return nil
	}
	s := fmt.Sprintf("%s v%d", *n, version)
	return &s
}

// AmendmentReference is an amendment's number, "D-2026-00012-A1".
func AmendmentReference(year *int, number *int64, amendment *int) *string {
	n := Number(year, number)
	if n == nil || amendment == nil {
		return nil
	}
	s := fmt.Sprintf("%s-A%d", *n, *amendment)
	return &s
}

// BonPourAccord is the mention an acceptance carries.
const BonPourAccord = "bon pour accord"

// CheckAcceptance checks the producer's acceptance: a name, and the
// mention "bon pour accord" (case, accents and spaces aside). It returns
// them trimmed.
func CheckAcceptance(in AcceptInput) (name, mention string, err error) {
	name = strings.TrimSpace(in.Name)
	if name == "" || len([]rune(name)) > 200 {
		return "", "", apperr.Invalid("name", "Indiquez votre nom (200 caractères au plus).", "Give your name (200 characters at most).")
	}
	mention = strings.TrimSpace(in.Mention)
	if fold(mention) != BonPourAccord {
		return "", "", apperr.Invalid("mention", "Écrivez « bon pour accord » pour accepter.", "Write “bon pour accord” to accept.")
	}
	return name, mention, nil
}

// CheckRefusal trims and checks a refusal's reason.
func CheckRefusal(reason string) (string, error) {
	r := strings.TrimSpace(reason)
	if r == "" || len([]rune(r)) > 2000 {
		return "", apperr.Invalid("reason", "Indiquez le motif du refus (2000 caractères au plus).", "Give the reason for refusing (2000 characters at most).")
	}
	return r, nil
}

var unaccent = strings.NewReplacer("à", "a", "â", "a", "ä", "a", "á", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "í", "i", "ô", "o", "ö", "o", "ó", "o", "ò", "o", "ù", "u", "û", "u", "ü", "u", "ú", "u", "ÿ", "y")

// fold lowers, strips French accents and collapses spaces.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(unaccent.Replace(strings.ToLower(s)), unicode.IsSpace), " ")
}
