package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/postprod/postprod/db"
	"github.com/postprod/postprod/internal/auth"
)

// TestAnonymousRequestsTakeTurns: with its one slot taken by an anonymous
// request, the gate makes the next anonymous one wait, then refuses it as
// RATE_LIMITED, while a signed-in request goes straight through.
func TestAnonymousRequestsTakeTurns(t *testing.T) {
	release, entered := make(chan struct{}), make(chan struct{}, 1)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("hold") != "" {
			entered <- struct{}{}
			<-release
		}
		w.WriteHeader(http.StatusOK)
	})
	gate := newAnonymousGate(slow, 1, 50*time.Millisecond)
	held := make(chan int)
	go func() {
		w := httptest.NewRecorder()
		gate.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/graphql?hold=1", nil))
		held <- w.Code
	}()
	<-entered

	w := httptest.NewRecorder()
	gate.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/graphql", nil))
	var body struct {
		Errors []struct{ Extensions map[string]any }
	}
	_ = json.Unmarshal(w.Body.Bytes(), &body)
	if w.Code != http.StatusTooManyRequests || len(body.Errors) != 1 || body.Errors[0].Extensions["code"] != "RATE_LIMITED" {
		t.Fatalf("second anonymous request: %d %s", w.Code, w.Body)
	}

	signedIn := httptest.NewRequest(http.MethodPost, "/graphql", nil)
	signedIn = signedIn.WithContext(auth.WithPrincipal(signedIn.Context(), &auth.Principal{Role: db.RoleCoordinator}))
	w = httptest.NewRecorder()
	gate.ServeHTTP(w, signedIn)
	if w.Code != http.StatusOK {
		t.Fatalf("signed-in request: %d", w.Code)
	}
	close(release)
	if code := <-held; code != http.StatusOK {
		t.Fatalf("held request: %d", code)
	}
	w = httptest.NewRecorder()
	gate.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/graphql", nil))
	if w.Code != http.StatusOK {
		t.Fatalf("anonymous request after the slot is free: %d", w.Code)
	}
}

// TestAnonymousDocumentsDoNotEvictMembers: a flood of new anonymous
// documents leaves the members' cached documents in place.
func TestAnonymousDocumentsDoNotEvictMembers(t *testing.T) {
	c := newDocCache(2, 2)
	member := auth.WithPrincipal(context.Background(), &auth.Principal{Role: db.RoleCoordinator})
	anon := context.Background()
	c.Add(member, "{ me { role } }", &ast.QueryDocument{})
	for i := range 100 {
		c.Add(anon, fmt.Sprintf("# %d\n{ me { role } }", i), &ast.QueryDocument{})
	}
	if _, ok := c.Get(member, "{ me { role } }"); !ok {
		t.Fatal("the member's document was evicted")
	}
	if _, ok := c.Get(anon, "{ me { role } }"); ok {
		t.Fatal("an anonymous caller read the members' part")
	}
}
