package invoicing

// The organisation's invoicing settings: a missing row reads as the
// defaults (the migration's), so an organisation invoices from day one and
// completes its legal details when it wants.

import (
	"context"
	"math/big"
	"regexp"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/kernel/money"
	"github.com/postprod/postprod/internal/kernel/validate"
	"github.com/postprod/postprod/internal/platform/service"
)

// Limits of the payment terms (Code de commerce L441-10): 60 days from
// issue, or 45 days end of month.
const (
	MaxPaymentDays           = 60
	MaxPaymentDaysEndOfMonth = 45
	// MinRecoveryIndemnity is the fixed indemnity of D441-5: 40 €.
	MinRecoveryIndemnity money.Cents = 4000
)

// DefaultSettings are what an organisation without a settings row uses;
// they match the column defaults of invoicing_settings.
func DefaultSettings(org uuid.UUID) *db.InvoicingSettings {
	return &db.InvoicingSettings{OrganisationID: org, PaymentDays: 30, LatePenaltyRate: 1215, RecoveryIndemnity: MinRecoveryIndemnity,
		EarlyPaymentTerms: "Pas d'escompte pour paiement anticipé.", AccountSales: "706000", AccountVat: "445710", AccountClient: "411000"}
}

// LoadSettings reads org's settings, the defaults when it has none.
func LoadSettings(ctx context.Context, idb bun.IDB, org uuid.UUID) (*db.InvoicingSettings, error) {
	s := new(db.InvoicingSettings)
	err := idb.NewSelect().Model(s).Where("organisation_id = ?", org).Scan(ctx)
	if apperr.NoRows(err) {
		return DefaultSettings(org), nil
	}
	return s, err
}

// Settings are the caller's organisation's settings (staff only).
func (s *Service) Settings(ctx context.Context) (*db.InvoicingSettings, error) {
	p, err := auth.Authorize(ctx, CanReadSettings)
	if err != nil {
		return nil, err
	}
	return LoadSettings(ctx, s.DB, p.OrganisationID)
}

// Organisation is the caller's organisation (its SIRET and VAT number
// complete the settings).
func (s *Service) Organisation(ctx context.Context) (*db.Organisation, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	o := new(db.Organisation)
	return o, s.DB.NewSelect().Model(o).Where("id = ?", p.OrganisationID).Scan(ctx)
}

var (
	sirenRe = regexp.MustCompile(`^[0-9]{9}$`)
	bicRe   = regexp.MustCompile(`^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$`)
	ibanRe  = regexp.MustCompile(`^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$`)
	acctRe  = regexp.MustCompile(`^[0-9A-Z]{3,12}$`)
)

// ValidIBAN checks an IBAN's form and its ISO 13616 check digits (mod 97).
func ValidIBAN(iban string) bool {
	if !ibanRe.MatchString(iban) {
		return false
	}
	r := iban[4:] + iban[:4]
	var b strings.Builder
	for _, c := range r {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		} else {
			b.WriteRune(c)
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func compact(s string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
}

// UpdateSettings changes the settings (ADMIN, ACCOUNTANT): nil keeps.
func (s *Service) UpdateSettings(ctx context.Context, in SettingsInput) (*db.InvoicingSettings, error) {
	return service.Do(ctx, s.DB, CanEditSettings, func(c *service.Call) (*db.InvoicingSettings, error) {
		st, err := LoadSettings(c.Ctx, c.Tx, c.P.OrganisationID)
		if err != nil {
			return nil, err
		}
		org := new(db.Organisation)
		if err := c.Tx.NewSelect().Model(org).Where("id = ?", c.P.OrganisationID).Scan(c.Ctx); err != nil {
			return nil, err
		}
		if err := applySettings(st, in, org); err != nil {
			return nil, err
		}
		if _, err := c.Tx.NewInsert().Model(st).On("CONFLICT (organisation_id) DO UPDATE").
			Set("legal_form = EXCLUDED.legal_form, share_capital_cents = EXCLUDED.share_capital_cents, rcs_city = EXCLUDED.rcs_city").
			Set("siren = EXCLUDED.siren, iban = EXCLUDED.iban, bic = EXCLUDED.bic, payment_days = EXCLUDED.payment_days").
			Set("payment_end_of_month = EXCLUDED.payment_end_of_month, late_penalty_bp = EXCLUDED.late_penalty_bp").
			Set("recovery_indemnity_cents = EXCLUDED.recovery_indemnity_cents, early_payment_terms = EXCLUDED.early_payment_terms").
			Set("vat_on_debits = EXCLUDED.vat_on_debits, footer = EXCLUDED.footer, account_sales = EXCLUDED.account_sales").
			Set("account_vat = EXCLUDED.account_vat, account_client = EXCLUDED.account_client, updated_at = now()").
			Returning("*").Exec(c.Ctx); err != nil {
			return nil, err
		}
		return st, nil
	})
}

// applySettings checks in and writes it over st.
func applySettings(st *db.InvoicingSettings, in SettingsInput, org *db.Organisation) error {
	text := func(field string, v *string, max int, dst *string) error {
		if v == nil {
			return nil
		}
		t, err := validate.Optional(field, *v, max)
		if err != nil {
			return err
		}
		*dst = t
		return nil
	}
	for _, f := range []struct {
		field string
		v     *string
		max   int
		dst   *string
	}{{"legalForm", in.LegalForm, 50, &st.LegalForm}, {"rcsCity", in.RcsCity, 100, &st.RcsCity},
		{"earlyPaymentTerms", in.EarlyPaymentTerms, 500, &st.EarlyPaymentTerms}, {"footer", in.Footer, 2000, &st.Footer}} {
		if err := text(f.field, f.v, f.max, f.dst); err != nil {
			return err
		}
	}
	if in.ShareCapital != nil {
		if *in.ShareCapital < 0 {
			return apperr.Invalid("shareCapital", "Le capital ne peut pas être négatif.", "The share capital cannot be negative.")
		}
		st.ShareCapital = *in.ShareCapital
	}
	if in.Siren != nil {
		v := compact(*in.Siren)
		if v != "" && !sirenRe.MatchString(v) {
			return apperr.Invalid("siren", "SIREN invalide (9 chiffres).", "Invalid SIREN (9 digits).")
		}
		st.Siren = v
	}
	if siret := compact(org.Siret); st.Siren != "" && siret != "" && !strings.HasPrefix(siret, st.Siren) {
		return apperr.Invalid("siren", "Le SIREN doit être le début du SIRET de l'organisation ("+siret+").",
			"The SIREN must be the start of the organisation's SIRET ("+siret+").")
	}
	if in.Iban != nil {
		v := compact(*in.Iban)
		if v != "" && !ValidIBAN(v) {
			return apperr.Invalid("iban", "IBAN invalide (clé de contrôle).", "Invalid IBAN (check digits).")
		}
		st.Iban = v
	}
	if in.Bic != nil {
		v := compact(*in.Bic)
		if v != "" && !bicRe.MatchString(v) {
			return apperr.Invalid("bic", "BIC invalide (8 ou 11 caractères).", "Invalid BIC (8 or 11 characters).")
		}
		st.Bic = v
	}
	if in.PaymentDays != nil {
		st.PaymentDays = *in.PaymentDays
	}
	if in.PaymentEndOfMonth != nil {
		st.PaymentEndOfMonth = *in.PaymentEndOfMonth
	}
	if err := CheckTerms("paymentDays", st.PaymentDays, st.PaymentEndOfMonth); err != nil {
		return err
	}
	if in.LatePenaltyRate != nil {
		if *in.LatePenaltyRate <= 0 || *in.LatePenaltyRate > 10000 {
			return apperr.Invalid("latePenaltyRate", "Le taux des pénalités de retard est compris entre 0 et 100 %.",
				"The late-penalty rate is between 0 and 100%.")
		}
		st.LatePenaltyRate = *in.LatePenaltyRate
	}
	if in.RecoveryIndemnity != nil {
		if *in.RecoveryIndemnity < MinRecoveryIndemnity {
			return apperr.Invalid("recoveryIndemnity", "L'indemnité forfaitaire de recouvrement est d'au moins 40 €.",
				"The fixed recovery indemnity is at least €40.")
		}
		st.RecoveryIndemnity = *in.RecoveryIndemnity
	}
	if in.VatOnDebits != nil {
		st.VatOnDebits = *in.VatOnDebits
	}
	for _, a := range []struct {
		field string
		v     *string
		dst   *string
	}{{"accountSales", in.AccountSales, &st.AccountSales}, {"accountVat", in.AccountVat, &st.AccountVat}, {"accountClient", in.AccountClient, &st.AccountClient}} {
		if a.v == nil {
			continue
		}
		v := compact(*a.v)
		if !acctRe.MatchString(v) {
			return apperr.Invalid(a.field, "Compte comptable attendu : 3 à 12 chiffres ou lettres.", "Account expected: 3 to 12 digits or letters.")
		}
		*a.dst = v
	}
	return nil
}

// CheckTerms checks payment terms: at most 60 days, or 45 days end of month.
func CheckTerms(field string, days int, endOfMonth bool) error {
	switch {
	case days < 0:
		return apperr.Invalid(field, "Le délai de paiement ne peut pas être négatif.", "The payment term cannot be negative.")
	case endOfMonth && days > MaxPaymentDaysEndOfMonth:
		return apperr.Invalid(field, "Fin de mois : 45 jours au plus.", "End of month: 45 days at most.")
	case days > MaxPaymentDays:
		return apperr.Invalid(field, "Le délai de paiement est de 60 jours au plus.", "The payment term is 60 days at most.")
	}
	return nil
}
