// Command benchdata migrates a database and fills it with the API
// benchmark's organisation (see internal/benchdata): the sizes of issue 13
// by default, each one a flag. `make bench-api` runs the same generator
// itself; this command is for looking at the data set on its own.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/benchdata"
)

func main() {
	s := benchdata.Issue13
	url := flag.String("db", os.Getenv("DATABASE_URL"), "PostgreSQL URL of a database without any organisation (default $DATABASE_URL)")
	seed := flag.Uint64("seed", 13, "seed of the generator: the same seed gives the same rows")
	s.Flags(flag.CommandLine)
	flag.Parse()
	if err := run(*url, s, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "benchdata:", err)
		os.Exit(1)
	}
}

func run(url string, s benchdata.Sizes, seed uint64) error {
	if url == "" {
		return fmt.Errorf("no database: pass -db or set DATABASE_URL")
	}
	ctx := context.Background()
	bdb, err := db.Open(ctx, url)
	if err != nil {
		return err
	}
	defer bdb.Close()
	if _, err := db.Migrate(ctx, bdb); err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	t0 := time.Now()
	res, err := benchdata.Generate(ctx, conn, s, seed)
	if err != nil {
		return err
	}
	fmt.Printf("organisation %s: %+v in %s; log in as %s / %s\n", res.OrganisationID, s, time.Since(t0).Round(time.Millisecond),
		benchdata.CoordinatorEmail, benchdata.CoordinatorPassword)
	return nil
}
