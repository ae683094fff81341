package demo

// The demo house's sale price list: what it charges, per operation, room
// kind and function, from 1 January 2026. Paris post-production prices
// (HT, a day of 8 hours unless said): what the quotes are priced from,
// distinct from the technicians' cost rates.

import (
	"maps"
	"slices"

	"github.com/google/uuid"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// pricesFrom is when the demo's price list took effect.
var pricesFrom = dates.Date{Year: 2026, Month: 1, Day: 1}

type priceRow struct {
	Unit  db.QuoteUnit
	Price money.Cents
}

// operationPrices: room and operator together, by operation code.
var operationPrices = map[string]priceRow{
	"INGEST":       {db.QuoteUnitDay, 38000},
	"OFFLINE_EDIT": {db.QuoteUnitDay, 55000},
	"CONFORM":      {db.QuoteUnitDay, 62000},
	"GRADING":      {db.QuoteUnitDay, 120000},
	"VFX":          {db.QuoteUnitDay, 75000},
	"CREDITS":      {db.QuoteUnitDay, 65000},
	"TITLES":       {db.QuoteUnitDay, 65000},
	"FOLEY":        {db.QuoteUnitDay, 72000},
	"SOUND_EDIT":   {db.QuoteUnitDay, 52000},
	"MUSIC_EDIT":   {db.QuoteUnitDay, 52000},
	"ADR":          {db.QuoteUnitHour, 18000},
	"DUBBING":      {db.QuoteUnitDay, 95000},
	"MIX":          {db.QuoteUnitDay, 130000},
	"SUBTITLES":    {db.QuoteUnitUnit, 45000}, // per programme or episode
	"AUDIO_DESC":   {db.QuoteUnitUnit, 110000},
	"MASTERING":    {db.QuoteUnitDay, 85000},
	"QC":           {db.QuoteUnitHour, 9500},
}

// roomPrices: a room without an operator, by kind.
var roomPrices = map[db.RoomKind]money.Cents{
	db.RoomKindEditSuite:  30000,
	db.RoomKindGrading:    90000,
	db.RoomKindMixStage:   100000,
	db.RoomKindFoleyStage: 65000,
	db.RoomKindSoundEdit:  22000,
	db.RoomKindVFX:        28000,
	db.RoomKindScreening:  45000,
	db.RoomKindOther:      40000,
}

// functionPrices: a technician alone, by function (the functions of the
// demo's technicians and teams).
var functionPrices = map[string]money.Cents{
	"Chef monteur":                   48000,
	"Cheffe monteuse":                48000,
	"Monteur":                        42000,
	"Monteuse":                       42000,
	"Assistante monteuse":            30000,
	"Étalonneur":                     65000,
	"Truquiste VFX":                  55000,
	"Compositeur":                    55000,
	"Graphiste":                      45000,
	"Motion designer":                48000,
	"Conformatrice":                  45000,
	"Opératrice PAD":                 45000,
	"Monteur son":                    48000,
	"Sound designer":                 55000,
	"Monteuse son dialogues":         48000,
	"Ingénieure du son post-synchro": 50000,
	"Bruiteuse":                      52000,
	"Mixeuse":                        70000,
	"Sous-titreuse":                  38000,
	"Adaptatrice":                    38000,
	"Audiodescripteur":               42000,
	"Technicien contrôle qualité":    38000,
	"Opérateur de numérisation":      32000,
}

// salePriceRows is the list as rows of the organisation, in a stable order.
func salePriceRows(orgID uuid.UUID, ops map[string]uuid.UUID) []db.SalePrice {
	var out []db.SalePrice
	for _, code := range slices.Sorted(maps.Keys(operationPrices)) {
		p := operationPrices[code]
		opID := ops[code]
		out = append(out, db.SalePrice{OrganisationID: orgID, Target: db.PriceOperation, OperationID: &opID,
			Unit: p.Unit, HoursPerDay: 8, UnitPrice: p.Price, EffectiveFrom: pricesFrom})
	}
	for _, k := range db.AllRoomKinds {
		kind := k
		out = append(out, db.SalePrice{OrganisationID: orgID, Target: db.PriceRoomKind, RoomKind: &kind,
			Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: roomPrices[k], EffectiveFrom: pricesFrom})
	}
	for _, f := range slices.Sorted(maps.Keys(functionPrices)) {
		fn := f
		out = append(out, db.SalePrice{OrganisationID: orgID, Target: db.PriceFunction, Function: &fn,
			Unit: db.QuoteUnitDay, HoursPerDay: 8, UnitPrice: functionPrices[f], EffectiveFrom: pricesFrom})
	}
	return out
}
