package db

// The outbox: every state change a subscriber cares about.

import (
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

type Event struct {
	bun.BaseModel  `bun:"table:events"`
	ID             int64      `bun:",pk,autoincrement"`
	OrganisationID uuid.UUID  `bun:"type:uuid"`
	ProductionID   *uuid.UUID `bun:"type:uuid"`
	Kind           string
	EntityID       *uuid.UUID     `bun:"type:uuid"`
	ActorID        *uuid.UUID     `bun:"type:uuid"`
	Payload        map[string]any `bun:"type:jsonb"`
	CreatedAt      time.Time      `bun:",nullzero,default:now()"`
}
