package planning

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
	"github.com/postprod/postprod/internal/kernel/apperr"
	"github.com/postprod/postprod/internal/notifications"
)

// Service plans tasks and bookings; policy.go says who may see and change
// what.
type Service struct {
	DB     *bun.DB
	Notify *notifications.Notifier
}

const minutesPerDay = 8 * 60

// lockPlan serialises changes to one organisation's plan: a shift reads
// the whole dependency graph, so two concurrent shifts must not interleave.
func lockPlan(ctx context.Context, tx bun.Tx, org uuid.UUID) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtextextended(?, 42))", "plan:"+org.String())
	return err
}

// visibleTask loads a task whose production the caller may see.
func visibleTask(ctx context.Context, idb bun.IDB, p *auth.Principal, id uuid.UUID) (*db.Task, error) {
	t := new(db.Task)
	if err := ScopeTasks(idb.NewSelect().Model(t), p).Where("task.id = ?", id).Scan(ctx); err != nil {
		return nil, apperr.Missing(err, "tâche")
	}
	return t, nil
}

// Task returns a task of a production the caller may see.
func (s *Service) Task(ctx context.Context, id uuid.UUID) (*db.Task, error) {
	p, err := auth.Require(ctx)
	if err != nil {
		return nil, err
	}
	return visibleTask(ctx, s.DB, p, id)
}

// ParseClock reads "HH:MM" (24:00 allowed as an end) into minutes.
func ParseClock(field, s string) (int, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || hh > 24 || mm < 0 || mm > 59 || (hh == 24 && mm != 0) {
		return 0, apperr.Invalid(field, "Heure attendue au format HH:MM.", "Time expected as HH:MM.")
	}
	return hh*60 + mm, nil
}

// FormatClock writes minutes since midnight as "HH:MM".
func FormatClock(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }
