// Package validate gathers the checks that every input shares: trimmed
// required text, bounded lengths, non-negative money, email shape.
package validate

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
)

// Required trims s and refuses it when empty or longer than max runes.
func Required(field, s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", apperr.Invalid(field, "Ce champ est obligatoire.", "This field is required.")
	}
	return Optional(field, s, max)
}

// Optional trims s and bounds its length.
func Optional(field, s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if len([]rune(s)) > max {
		return "", apperr.Invalid(field, "Texte trop long.", "Text too long.")
	}
	return s, nil
}

func Email(field, s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 {
		return "", apperr.Invalid(field, "Adresse e-mail invalide.", "Invalid email address.")
	}
	return s, nil
}

func OptionalEmail(field, s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return Email(field, s)
}

func NonNegative(field string, c money.Cents) error {
	if c < 0 {
		return apperr.Invalid(field, "Le montant ne peut pas être négatif.", "The amount cannot be negative.")
	}
	return nil
}

var siretRe = regexp.MustCompile(`^[0-9]{14}$`)

// Siret accepts an empty value or 14 digits passing the Luhn check.
func Siret(field, s string) (string, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return "", nil
	}
	if !siretRe.MatchString(s) || !luhn(s) {
		return "", apperr.Invalid(field, "SIRET invalide (14 chiffres).", "Invalid SIRET (14 digits).")
	}
	return s, nil
}

func luhn(s string) bool {
	sum := 0
	for i := range len(s) {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

func Password(field, s string) error {
	if len([]rune(s)) < 10 {
		return apperr.Invalid(field, "Le mot de passe doit faire au moins 10 caractères.", "The password must be at least 10 characters long.")
	}
	if len(s) > 200 {
		return apperr.Invalid(field, "Mot de passe trop long.", "Password too long.")
	}
	return nil
}

// Str reads an optional input string, "" when absent.
func Str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Text refuses what no text input may hold: a null character (PostgreSQL's
// text cannot store it, and no person types one) and invalid UTF-8 (which
// would otherwise be stored with replacement characters). Every String of
// the API passes here (graph/scalars.UnmarshalString).
func Text(field, s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return apperr.Invalid(field, "Caractère nul refusé.", "Null character refused.")
	}
	if !utf8.ValidString(s) {
		return apperr.Invalid(field, "Texte mal encodé (UTF-8 attendu).", "Badly encoded text (UTF-8 expected).")
	}
	return nil
}
