// Command postprod serves the postprod API and app, and administers its
// database: serve, migrate, seed, token, backup, restore.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/pgserver"
	"github.com/postprod/postprod/frontend"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/config"
	"github.com/postprod/postprod/internal/demo"
)

const usage = `postprod — post-production coordination

Usage:
  postprod serve [--demo]          serve the API and the app (--demo: seed demo data once)
  postprod migrate up|down|status  manage the database schema
  postprod seed --demo             load the demo data (idempotent)
  postprod token create --name N [--org ID]
                                   create an API token for an integration
  postprod backup FILE [--force]   write a backup of the database to FILE (--force: replace FILE)
  postprod restore FILE [--force]  restore a backup into an empty database
                                   (--force: replace everything the database holds)

Configuration (environment):
  DATABASE_URL              PostgreSQL URL; empty: a private cluster under $POSTPROD_DATA_DIR/pg
  POSTPROD_ADDR             listen address (default 127.0.0.1:8080)
  POSTPROD_ENV              development | production (default development)
  POSTPROD_JWT_SECRET       signing secret, ≥ 32 chars (required in production)
  POSTPROD_ALLOWED_ORIGINS  comma-separated origins allowed to call the API cross-origin
  POSTPROD_ALLOW_SIGNUP     true | false (default: true in development, false in production)
  POSTPROD_INTROSPECTION    true | false (default: true in development, false in production)
  POSTPROD_DATA_DIR         where development data lives (default ./.data)
  POSTPROD_BACKUP_DIR       serve writes a backup there on a schedule (default: none)
  POSTPROD_BACKUP_EVERY     how often, e.g. 24h or 6h (default 24h)
  POSTPROD_BACKUP_KEEP      how many scheduled backups to keep (default 14)
  POSTPROD_PG_BIN           folder of the PostgreSQL programs (default: the newest installed)
  POSTPROD_PUBLIC_URL       how users reach the server, for links in mail (default http://POSTPROD_ADDR)
  POSTPROD_SMTP_URL         smtp://user:password@host:587 (STARTTLS) or smtps://…:465 (TLS);
                            empty: in development a local Mailpit, in production mail waits
  POSTPROD_MAIL_FROM        sender of every email (default "postprod <postprod@localhost>")
  POSTPROD_MAILPIT_BIN      the Mailpit program for development (default: bin/mailpit)
`

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch os.Args[1] {
	case "serve":
		err = serve(ctx, os.Args[2:])
	case "migrate":
		err = migrate(ctx, os.Args[2:])
	case "seed":
		err = seed(ctx, os.Args[2:])
	case "token":
		err = token(ctx, os.Args[2:])
	case "backup":
		err = backupCmd(ctx, os.Args[2:])
	case "restore":
		err = restoreCmd(ctx, os.Args[2:])
	case "help", "-h", "--help":
		fmt.Print(usage)
		return
	default:
		err = fmt.Errorf("unknown command %q\n\n%s", os.Args[1], usage)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "postprod:", err)
		os.Exit(1)
	}
}

// database opens DATABASE_URL, or starts the private development cluster
// and creates its database. stop shuts down what was started here.
func database(ctx context.Context, cfg *config.Config) (bdb *bun.DB, url string, stop func(), err error) {
	stop = func() {}
	url = cfg.DatabaseURL
	if url == "" {
		pg, err := pgserver.New(filepath.Join(cfg.DataDir, "pg"), pgserver.Options{})
		if err != nil {
			return nil, "", stop, err
		}
		if pg.Moved {
			fmt.Printf("PostgreSQL data in %s (the postgres user cannot reach %s)\n", pg.Dir, cfg.DataDir)
		}
		wasRunning := pg.Running()
		if err := pg.Start(); err != nil {
			return nil, "", stop, err
		}
		if !wasRunning {
			stop = func() { _ = pg.Stop() }
		}
		admin, err := db.Open(ctx, pg.URL("postgres"))
		if err != nil {
			stop()
			return nil, "", func() {}, err
		}
		var exists bool
		err = admin.NewRaw("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'postprod')").Scan(ctx, &exists)
		if err == nil && !exists {
			_, err = admin.ExecContext(ctx, "CREATE DATABASE postprod")
		}
		_ = admin.Close()
		if err != nil {
			stop()
			return nil, "", func() {}, err
		}
		url = pg.URL("postprod")
	}
	bdb, err = db.OpenPool(ctx, url, cfg.DBPool)
	if err != nil {
		stop()
		return nil, "", func() {}, err
	}
	return bdb, url, stop, nil
}

func serve(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("serve", flag.ContinueOnError)
	withDemo := fset.Bool("demo", false, "seed the demo data when absent")
	if err := fset.Parse(args); err != nil {
		return err
	}
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return err
	}
	mailWeb, stopMail := setUpMail(ctx, cfg)
	defer stopMail() // last: after the server and its sender stopped
	bdb, url, stopDB, err := database(ctx, cfg)
	if err != nil {
		return err
	}
	defer stopDB()
	defer bdb.Close()
	applied, err := db.Migrate(ctx, bdb)
	if err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	if len(applied) > 0 {
		slog.Info("migrations applied", "names", applied)
	}
	if *withDemo {
		if err := seedDemo(ctx, bdb); err != nil {
			return err
		}
	}
	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		return err
	}
	srv, err := server.New(cfg, bdb, url, server.SPA(dist))
	if err != nil {
		return err
	}
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go srv.Listen(lctx)
	if err := startBackups(lctx, cfg, bdb, url); err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("POSTPROD_ADDR %s: %w", cfg.Addr, err)
	}
	hs := &http.Server{Handler: srv.Handler, ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("\npostprod is running: http://%s/\n", ln.Addr())
	if !cfg.Production() {
		fmt.Printf("GraphiQL:            http://%s/graphiql\n", ln.Addr())
	}
	if mailWeb != "" {
		fmt.Printf("Mailpit:             %s  (courriels de développement / development email)\n", mailWeb)
	}
	if *withDemo {
		fmt.Printf("Demo logins (password %q):\n", demo.Password)
		for _, l := range demo.Logins {
			fmt.Printf("  %-24s %s\n", l.Email, l.Role)
		}
	}
	fmt.Println()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer scancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func seedDemo(ctx context.Context, bdb *bun.DB) error {
	var created bool
	err := db.InTx(ctx, bdb, func(tx bun.Tx) error {
		var err error
		created, err = demo.Seed(ctx, tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("seeding demo data: %w", err)
	}
	if created {
		slog.Info("demo data seeded")
	}
	return nil
}

func openForAdmin(ctx context.Context) (*bun.DB, func(), error) {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return nil, nil, err
	}
	bdb, _, stop, err := database(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return bdb, func() { bdb.Close(); stop() }, nil
}

func migrate(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return errors.New("usage: postprod migrate up|down|status")
	}
	bdb, done, err := openForAdmin(ctx)
	if err != nil {
		return err
	}
	defer done()
	switch args[0] {
	case "up":
		names, err := db.Migrate(ctx, bdb)
		if err != nil {
			return err
		}
		fmt.Printf("applied %d migration(s) %v\n", len(names), names)
	case "down":
		names, err := db.Rollback(ctx, bdb)
		if err != nil {
			return err
		}
		fmt.Printf("rolled back %v\n", names)
	case "status":
		st, err := db.Status(ctx, bdb)
		if err != nil {
			return err
		}
		for _, s := range st {
			state := "pending"
			if s.Applied {
				state = "applied"
			}
			fmt.Printf("%-8s %s\n", state, s.Name)
		}
	default:
		return fmt.Errorf("unknown migrate command %q (up, down, status)", args[0])
	}
	return nil
}

func seed(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("seed", flag.ContinueOnError)
	withDemo := fset.Bool("demo", false, "load the demo organisation")
	if err := fset.Parse(args); err != nil {
		return err
	}
	if !*withDemo {
		return errors.New("usage: postprod seed --demo")
	}
	bdb, done, err := openForAdmin(ctx)
	if err != nil {
		return err
	}
	defer done()
	if _, err := db.Migrate(ctx, bdb); err != nil {
		return err
	}
	return seedDemo(ctx, bdb)
}

func token(ctx context.Context, args []string) error {
	if len(args) < 1 || args[0] != "create" {
		return errors.New("usage: postprod token create --name NAME [--org ORGANISATION_ID]")
	}
	fset := flag.NewFlagSet("token create", flag.ContinueOnError)
	name := fset.String("name", "", "what the token is for")
	org := fset.String("org", "", "organisation id (default: the only organisation)")
	if err := fset.Parse(args[1:]); err != nil {
		return err
	}
	if *name == "" {
		return errors.New("--name is required")
	}
	bdb, done, err := openForAdmin(ctx)
	if err != nil {
		return err
	}
	defer done()
	var orgID uuid.UUID
	if *org != "" {
		if orgID, err = uuid.Parse(*org); err != nil {
			return fmt.Errorf("--org: %w", err)
		}
	} else {
		var ids []uuid.UUID
		if err := bdb.NewSelect().Model((*db.Organisation)(nil)).Column("id").Limit(2).Scan(ctx, &ids); err != nil {
			return err
		}
		if len(ids) != 1 {
			return errors.New("--org is required when there is not exactly one organisation")
		}
		orgID = ids[0]
	}
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return err
	}
	srv, err := server.New(cfg, bdb, "", nil)
	if err != nil {
		return err
	}
	tok, err := srv.Accounts.CreateAPITokenFor(ctx, orgID, *name)
	if err != nil {
		return err
	}
	fmt.Println(tok)
	return nil
}
