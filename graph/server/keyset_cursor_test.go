package server_test

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

func cursorOf(raw string) string { return base64.RawURLEncoding.EncodeToString([]byte(raw)) }

// A cursor is opaque, but a client can send anything: whatever it sends
// that is not a cursor this list gave, the answer is VALIDATION on the
// argument "after", never an internal error nor another list's rows.
func TestKeysetTamperedCursors(t *testing.T) {
	e := newEmptyEnv(t)
	_, tok, _ := keysetProductions(t, e)
	title := listOf(`productions(first:$n, after:$a, sort:TITLE)`)
	var p idPage
	e.call(tok, title, map[string]any{"n": 2}, &p)
	good := *p.List.PageInfo.EndCursor
	raw, err := base64.RawURLEncoding.DecodeString(good)
	if err != nil || !strings.HasPrefix(string(raw), "k:") {
		t.Fatalf("a keyset cursor was expected, got %q", raw)
	}
	body := strings.TrimPrefix(string(raw), "k:")
	cases := []struct{ name, query, after string }{
		{"not base64", title, "nope!"},
		{"base64 of nothing known", title, cursorOf("x:1")},
		{"a negative offset", title, cursorOf("o:-3")},
		{"broken JSON", title, cursorOf("k:" + body[:len(body)-2])},
		{"an unknown field", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","2026-01-01T00:00:00Z","00000000-0000-4000-8000-000000000000"],"x":1}`)},
		{"too few values", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","2026-01-01T00:00:00Z"]}`)},
		{"a date that is not one", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","yesterday","00000000-0000-4000-8000-000000000000"]}`)},
		{"an id that is not one", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","2026-01-01T00:00:00Z","42"]}`)},
		{"no id", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","2026-01-01T00:00:00Z",null]}`)},
		{"SQL in a value", title, cursorOf(`k:{"o":"productions.TITLE","v":["a","2026-01-01T00:00:00Z'; DROP TABLE productions; --","00000000-0000-4000-8000-000000000000"]}`)},
		{"another order's cursor", listOf(`productions(first:$n, after:$a, sort:DEADLINE)`), good},
		{"the same order reversed", listOf(`productions(first:$n, after:$a, sort:TITLE, descending:true)`), good},
		{"another list's cursor", listOf(`clients(first:$n, after:$a)`), good},
		{"a keyset cursor on a list computed in memory", listOf(`flaggedSlips(first:$n, after:$a)`), good},
	}
	for _, c := range cases {
		r := e.do(tok, c.query, map[string]any{"n": 2, "a": c.after})
		if r.code() != "VALIDATION" || len(r.Errors) == 0 || r.Errors[0].Extensions["field"] != "after" {
			t.Errorf("%s: code %q, errors %+v; want VALIDATION on after", c.name, r.code(), r.Errors)
		}
	}
	// A string value is bound, never spliced: a title with a quote is a
	// title like any other.
	e.call(tok, title, map[string]any{"n": 2, "a": cursorOf(`k:{"o":"productions.TITLE","v":["b'a","2026-01-01T00:00:00Z","00000000-0000-4000-8000-000000000000"]}`)}, &p)
	if len(p.List.Edges) != 2 {
		t.Errorf("after a title with a quote: %d rows", len(p.List.Edges))
	}
}

// Before keyset pagination every list gave offset cursors ("o:<n>"), and a
// phone's cache may still hold one: it is still read, by offset, once; the
// page it answers carries keyset cursors, so the next page reads by key.
func TestKeysetOldOffsetCursorStillRead(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Anciens curseurs")
	tok := fx.as(db.RoleCoordinator)
	for i := range 7 {
		fx.production("title", fmt.Sprintf("Film %02d", i))
	}
	q := listOf(`productions(first:$n, after:$a, sort:TITLE)`)
	whole := e.all(tok, q)
	var p idPage
	e.call(tok, q, map[string]any{"n": 3, "a": cursorOf("o:1")}, &p) // after the second row
	if got := p.ids(); !slices.Equal(got, whole[2:5]) {
		t.Fatalf("after the offset cursor o:1: %v, want %v", got, whole[2:5])
	}
	raw, _ := base64.RawURLEncoding.DecodeString(*p.List.PageInfo.EndCursor)
	if !strings.HasPrefix(string(raw), "k:") {
		t.Fatalf("the page read by offset gives the cursor %q, want a keyset one", raw)
	}
	e.call(tok, q, map[string]any{"n": 3, "a": *p.List.PageInfo.EndCursor}, &p)
	if got := p.ids(); !slices.Equal(got, whole[5:]) {
		t.Fatalf("the next page: %v, want %v", got, whole[5:])
	}
}
