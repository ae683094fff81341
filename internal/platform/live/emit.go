// Package live carries changes to subscribers: an outbox row written in the
// changing transaction, a NOTIFY wake-up delivered at commit, one listener
// per process reading new rows by id, and an in-process broker fanning them
// out. Subscribers resume from the last id they saw.
package live

import (
	"context"
	"strconv"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
)

// Channel is the NOTIFY channel; its payload is only the event id.
const Channel = "postprod_events"

// Emit records an event in the caller's transaction. PostgreSQL delivers the
// NOTIFY only if that transaction commits, so a rolled-back change is never
// announced.
func Emit(ctx context.Context, idb bun.IDB, orgID uuid.UUID, productionID *uuid.UUID, kind string, entityID *uuid.UUID, actorID *uuid.UUID, payload map[string]any) error {
	if payload == nil {
		payload = map[string]any{}
	}
	ev := &db.Event{OrganisationID: orgID, ProductionID: productionID, Kind: kind, EntityID: entityID, ActorID: actorID, Payload: payload}
	if _, err := idb.NewInsert().Model(ev).Returning("id, created_at").Exec(ctx); err != nil {
		return err
	}
	_, err := idb.ExecContext(ctx, "SELECT pg_notify(?, ?)", Channel, strconv.FormatInt(ev.ID, 10))
	return err
}
