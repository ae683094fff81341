package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/graph/server"
	"github.com/postprod/postprod/internal/demo"
)

// The demo's quotes as its producer and coordinator find them: the series
// accepted in version 2 (version 1 superseded), the magazine sent, the
// feature's draft; every sent PDF served as frozen, its SHA-256 the one
// accepted; a sale price list from 1 January 2026. Seeding again writes
// nothing.
func TestDemoQuotes(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var vs []struct {
		ID             string
		Title          string
		Version        int
		Status         db.QuoteStatus
		Number         *int64
		DocumentSHA256 *string `bun:"document_sha256"`
		AcceptedSHA256 *string `bun:"accepted_sha256"`
		Document       []byte
	}
	if err := e.DB.NewSelect().TableExpr("quote_versions AS qv").Join("JOIN quotes q ON q.id = qv.quote_id").
		ColumnExpr("qv.id, p.title, qv.version, qv.status, q.number, qv.document_sha256, qv.accepted_sha256, qv.document").
		Join("JOIN productions p ON p.id = qv.production_id").OrderExpr("q.number NULLS LAST, qv.version").Scan(ctx, &vs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range vs {
		got = append(got, v.Title+" v"+string(rune('0'+v.Version))+" "+string(v.Status))
	}
	want := []string{"Brigade des marées v1 SUPERSEDED", "Brigade des marées v2 ACCEPTED", "Terres d'ici v1 SENT", "Les Enfants du canal v1 DRAFT"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Fatalf("demo quotes: %v, want %v", got, want)
	}
	if *vs[0].Number != 1 || *vs[1].Number != 1 || *vs[2].Number != 2 || vs[3].Number != nil {
		t.Errorf("numbers %v %v %v %v", *vs[0].Number, *vs[1].Number, *vs[2].Number, vs[3].Number)
	}
	producer, coordinator := e.login("producer@demo.test").Access, e.login("coordinator@demo.test").Access
	for _, v := range vs[:3] {
		sum := sha256.Sum256(v.Document)
		if hex.EncodeToString(sum[:]) != *v.DocumentSHA256 {
			t.Errorf("%s v%d: the stored SHA-256 is not the document's", v.Title, v.Version)
		}
		code, h, body := download(t, e, producer, "/documents/quotes/"+v.ID+".pdf")
		if code != 200 || string(body) != string(v.Document) || h.Get(server.DigestHeader) != *v.DocumentSHA256 {
			t.Errorf("%s v%d as the producer: %d", v.Title, v.Version, code)
		}
	}
	if *vs[1].AcceptedSHA256 != *vs[1].DocumentSHA256 {
		t.Error("the accepted SHA-256 is not the document's")
	}
	text := pdfText(t, vs[1].Document, "demo-devis-accepte.pdf")
	for _, w := range []string{"Devis D-", "-00001 v2", "Studio Lumière Post SAS", "SIRET 84215637400014", "Hirondelle Télévision SAS",
		"Brigade des marées", "Grande Marée", "Étalonnage", "Mixage", "Total TTC", "Bon pour accord"} {
		if !strings.Contains(text, w) {
			t.Errorf("the accepted quote's PDF lacks %q", w)
		}
	}
	draft := "/documents/quotes/" + vs[3].ID + ".pdf"
	if code, _, _ := download(t, e, producer, draft); code != 404 {
		t.Errorf("the draft as the producer: %d", code)
	}
	if code, _, body := download(t, e, coordinator, draft); code != 200 || !strings.Contains(pdfText(t, body, "demo-brouillon.pdf"), "BROUILLON") {
		t.Errorf("the draft's preview as the coordinator: %d", code)
	}
	var prices []db.SalePrice
	if err := e.DB.NewSelect().Model(&prices).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	kinds := map[db.SalePriceTarget]int{}
	for _, p := range prices {
		kinds[p.Target]++
		if p.EffectiveFrom.String() != "2026-01-01" || p.UnitPrice <= 0 {
			t.Errorf("sale price %+v", p)
		}
	}
	if kinds[db.PriceOperation] != 17 || kinds[db.PriceRoomKind] != len(db.AllRoomKinds) || kinds[db.PriceFunction] < 15 {
		t.Errorf("sale prices by target: %v", kinds)
	}
	// Seeding again writes nothing.
	if err := db.InTx(ctx, e.DB, func(tx bun.Tx) error {
		created, err := demo.Seed(ctx, tx)
		if created {
			t.Error("the demo was seeded twice")
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if n, _ := e.DB.NewSelect().TableExpr("quote_versions").Count(ctx); n != 4 {
		t.Errorf("%d versions after seeding again", n)
	}
}
