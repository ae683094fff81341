package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db/pgserver"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/platform/backup"
)

// fileAndForce reads `FILE [--force]` with the flag before or after the file.
func fileAndForce(name string, args []string) (string, bool, error) {
	fset := flag.NewFlagSet(name, flag.ContinueOnError)
	force := fset.Bool("force", false, "")
	usage := fmt.Errorf("usage: postprod %s FILE [--force]", name)
	if err := fset.Parse(args); err != nil {
		return "", false, usage
	}
	rest := fset.Args()
	if len(rest) == 0 {
		return "", false, usage
	}
	if err := fset.Parse(rest[1:]); err != nil || fset.NArg() > 0 {
		return "", false, usage
	}
	return rest[0], *force, nil
}

// databaseURL is the database in use, starting the private cluster when
// there is no DATABASE_URL, exactly as serve would.
func databaseURL(ctx context.Context) (string, func(), error) {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return "", nil, err
	}
	bdb, url, stop, err := database(ctx, cfg)
	if err != nil {
		return "", nil, err
	}
	_ = bdb.Close()
	return url, stop, nil
}

func backupCmd(ctx context.Context, args []string) error {
	file, force, err := fileAndForce("backup", args)
	if err != nil {
		return err
	}
	url, stop, err := databaseURL(ctx)
	if err != nil {
		return err
	}
	defer stop()
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	w, err := backup.Dump(ctx, url, file, force)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Printf("backup written: %s (%s, %.1f s)\n", w.File, size(w.Size), w.Duration.Seconds())
	return nil
}

func restoreCmd(ctx context.Context, args []string) error {
	file, force, err := fileAndForce("restore", args)
	if err != nil {
		return err
	}
	// Check the file before starting anything, so a typo says so at once.
	if err := backup.Check(ctx, file); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	url, stop, err := databaseURL(ctx)
	if err != nil {
		return err
	}
	defer stop()
	r, err := backup.Restore(ctx, url, file, force)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	fmt.Printf("restored %s: %d tables (%.1f s)\n", file, r.Tables, r.Duration.Seconds())
	switch {
	case len(r.Unknown) > 0:
		fmt.Printf("warning: the backup comes from a newer postprod (migrations %s): run that version or newer\n", strings.Join(r.Unknown, ", "))
	case len(r.Pending) > 0:
		fmt.Printf("migrations: %d pending (%s); `postprod serve` applies them at start, or run `postprod migrate up`\n", len(r.Pending), strings.Join(r.Pending, ", "))
	default:
		fmt.Println("migrations: current")
	}
	return nil
}

// startBackups starts the scheduled backups when POSTPROD_BACKUP_DIR is set,
// after checking now what would otherwise fail at the first backup.
func startBackups(ctx context.Context, cfg *config.Config, bdb *bun.DB, url string) error {
	if cfg.BackupDir == "" {
		return nil
	}
	if _, err := pgserver.Tool("pg_dump"); err != nil {
		return fmt.Errorf("POSTPROD_BACKUP_DIR: %w", err)
	}
	if err := os.MkdirAll(cfg.BackupDir, 0o700); err != nil {
		return fmt.Errorf("POSTPROD_BACKUP_DIR: %w", err)
	}
	f, err := os.CreateTemp(cfg.BackupDir, ".write-test-*")
	if err != nil {
		return fmt.Errorf("POSTPROD_BACKUP_DIR %s is not writable: %w", cfg.BackupDir, errors.Unwrap(err))
	}
	_ = f.Close()
	_ = os.Remove(f.Name())
	s := &backup.Schedule{DB: bdb, URL: url, Dir: cfg.BackupDir, Every: cfg.BackupEvery, Keep: cfg.BackupKeep}
	go s.Run(ctx)
	return nil
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
