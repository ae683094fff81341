package resolvers

// Conversions from generated GraphQL inputs to service inputs. They live
// here because gqlgen rewrites the *.resolvers.go files.

import (
	"github.com/postprod/postprod/graph/model"
	"github.com/postprod/postprod/internal/apperr"
	"github.com/postprod/postprod/internal/live"
	"github.com/postprod/postprod/internal/productions"
	"github.com/postprod/postprod/internal/resources"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func afterID(after *string) (*int64, error) {
	if after == nil || *after == "" {
		return nil, nil
	}
	id, err := live.ParseID(*after)
	if err != nil || id < 0 {
		return nil, apperr.Invalid("after", "Identifiant d'événement invalide.", "Invalid event id.")
	}
	return &id, nil
}

func clientInput(in model.ClientInput) productions.ClientInput {
	return productions.ClientInput{Name: in.Name, LegalName: in.LegalName, Siret: in.Siret, VatNumber: in.VatNumber, Address: in.Address, ContactEmail: in.ContactEmail}
}

func productionInput(in model.ProductionInput) productions.Input {
	return productions.Input{Title: in.Title, Kind: in.Kind, Status: in.Status, ClientID: in.ClientID, Director: in.Director,
		RuntimeMinutes: in.RuntimeMinutes, FrameRate: in.FrameRate, Resolution: in.Resolution, ColourSpace: in.ColourSpace,
		AudioLayout: in.AudioLayout, DeliveryDeadline: in.DeliveryDeadline, Isan: in.Isan, Notes: in.Notes}
}

func technicianInput(in model.TechnicianInput) resources.TechnicianInput {
	return resources.TechnicianInput{Name: in.Name, Functions: in.Functions, Skills: in.Skills, Employment: in.Employment,
		HourlyRate: in.HourlyRate, DailyRate: in.DailyRate, Email: in.Email, Phone: in.Phone}
}
