// Package service is the skeleton every domain service method shares, so
// that none repeats it: find the caller, apply the domain's policy check,
// run the change in one transaction, and record its events in that same
// transaction (the outbox).
//
//	func (s *Service) DeleteTask(ctx context.Context, id uuid.UUID) error {
//		return service.Run(ctx, s.DB, CanPlan, func(c *service.Call) error {
//			t, err := visibleTask(c.Ctx, c.Tx, c.P, id)
//			...
//			return c.Emit(&t.ProductionID, "task.deleted", &t.ID, nil)
//		})
//	}
package service

import (
	"context"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/platform/live"
)

// Call is one authorised change in progress: the request's context, the
// caller the policy let through, and the transaction.
type Call struct {
	Ctx context.Context
	P   *auth.Principal
	Tx  bun.Tx
}

// Emit records an event of the caller's organisation, by the caller, in the
// call's transaction; subscribers hear it only once the change commits.
func (c *Call) Emit(productionID *uuid.UUID, kind string, entityID *uuid.UUID, payload map[string]any) error {
	return live.Emit(c.Ctx, c.Tx, c.P.OrganisationID, productionID, kind, entityID, c.P.ActorID(), payload)
}

// Do authorises the caller with check (UNAUTHENTICATED, FORBIDDEN), then
// runs fn in one transaction: all of it is written, or nothing.
func Do[T any](ctx context.Context, idb bun.IDB, check auth.Check, fn func(c *Call) (T, error)) (T, error) {
	var out T
	p, err := auth.Authorize(ctx, check)
	if err != nil {
		return out, err
	}
	err = db.InTx(ctx, idb, func(tx bun.Tx) error {
		var err error
		out, err = fn(&Call{Ctx: ctx, P: p, Tx: tx})
		return err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return out, nil
}

// Run is Do for a change that returns nothing.
func Run(ctx context.Context, idb bun.IDB, check auth.Check, fn func(c *Call) error) error {
	_, err := Do(ctx, idb, check, func(c *Call) (struct{}, error) { return struct{}{}, fn(c) })
	return err
}
