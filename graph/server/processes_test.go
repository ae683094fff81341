package server_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/uptrace/bun"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/db/testdb"
	"github.com/postprod/postprod/internal/demo"
)

// startProcess runs the real binary against the database and returns its
// base URL once it listens.
func startProcess(t *testing.T, bin, dbURL string) string {
	t.Helper()
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(), "DATABASE_URL="+dbURL, "POSTPROD_ADDR=127.0.0.1:0", "POSTPROD_JWT_SECRET="+secret)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() })
	re := regexp.MustCompile(`running: (http://[0-9.:]+)/`)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case u := <-found:
		return u
	case <-time.After(60 * time.Second):
		t.Fatal("the server process did not start")
		return ""
	}
}

// Two processes of the real binary on one database: a slip submitted through
// one reaches a subscriber of the other, and a subscriber reconnecting with
// its last event id misses nothing.
func TestSlipEventsAcrossTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "postprod")
	build := exec.Command("go", "build", "-o", bin, "github.com/postprod/postprod/cmd/postprod")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	bdb, url := testdb.New(t)
	ctx := context.Background()
	if err := db.InTx(ctx, bdb, func(tx bun.Tx) error { _, err := demo.Seed(ctx, tx); return err }); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, DB: bdb, URL: url}
	a, b := startProcess(t, bin, url), startProcess(t, bin, url)
	e.API = nil

	login := func(base, email string) string {
		var d struct{ Login struct{ AccessToken string } }
		e.doAt(base, "", loginMutation, map[string]any{"e": email, "p": demo.Password}).decode(t, &d)
		return d.Login.AccessToken
	}
	coord, tech := login(b, "coordinator@demo.test"), login(a, "tech@demo.test")
	in, _ := e.techSlip()
	sub := `subscription($after:String){ slipEvents(after:$after){ id kind slip { id } } }`

	ws, err := e.dialWS(b, map[string]any{"Authorization": "Bearer " + coord})
	if err != nil {
		t.Fatal(err)
	}
	ws.subscribe("1", sub, nil)
	e.waitSubscribers(b, 1)
	var d struct{ SubmitSlip slipOut }
	e.doAt(a, tech, submitSlip, map[string]any{"in": in}).decode(t, &d)
	ev := ws.next(10 * time.Second)["slipEvents"].(map[string]any)
	if ev["slip"].(map[string]any)["id"] != d.SubmitSlip.ID {
		t.Fatalf("process B relayed %v", ev)
	}
	last := ev["id"].(string)
	ws.conn.CloseNow()

	// While nobody listens, two more slips through process A.
	var ids []string
	for _, times := range [][2]string{{"15:00", "16:00"}, {"16:30", "17:30"}} {
		e.doAt(a, tech, submitSlip, map[string]any{"in": with(in, "clientId", uuid.NewString(), "start", times[0], "end", times[1])}).decode(t, &d)
		ids = append(ids, d.SubmitSlip.ID)
	}
	ws2, err := e.dialWS(b, map[string]any{"Authorization": "Bearer " + coord})
	if err != nil {
		t.Fatal(err)
	}
	ws2.subscribe("1", sub, map[string]any{"after": last})
	var got []string
	for range 2 {
		ev := ws2.next(10 * time.Second)["slipEvents"].(map[string]any)
		got = append(got, ev["slip"].(map[string]any)["id"].(string))
	}
	if strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Fatalf("after reconnecting: %v, want %v", got, ids)
	}
}
