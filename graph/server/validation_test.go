package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/postprod/postprod/db"
)

func TestBadInputGetsTypedErrorsAndChangesNothing(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	tok := fx.as(db.RoleCoordinator)
	id, client := fx.production(), fx.clientID
	tech := fx.technician()
	before := e.snapshot(productionTables...)
	update := `mutation($id:ID!,$in:ProductionInput!){ updateProduction(id:$id, input:$in){ id } }`
	in := func(mut func(map[string]any)) map[string]any {
		m := map[string]any{"title": "Titre", "kind": "DOCUMENTARY", "clientId": client}
		mut(m)
		return map[string]any{"id": id, "in": m}
	}
	cases := []struct {
		name, query string
		vars        map[string]any
		code, field string
	}{
		{"empty title", update, in(func(m map[string]any) { m["title"] = "   " }), "VALIDATION", "title"},
		{"unknown enum", update, in(func(m map[string]any) { m["kind"] = "OPERA" }), "VALIDATION", ""},
		{"malformed id", update, map[string]any{"id": "42", "in": in(func(map[string]any) {})["in"]}, "VALIDATION", ""},
		{"unknown client", update, in(func(m map[string]any) { m["clientId"] = "00000000-0000-4000-8000-000000000000" }), "VALIDATION", "clientId"},
		{"bad frame rate", update, in(func(m map[string]any) { m["frameRate"] = "26" }), "VALIDATION", "frameRate"},
		{"bad ISAN", update, in(func(m map[string]any) { m["isan"] = "0000-0000-D07A-0090-R" }), "VALIDATION", "isan"},
		{"negative runtime", update, in(func(m map[string]any) { m["runtimeMinutes"] = -5 }), "VALIDATION", "runtimeMinutes"},
		{"bad date", update, in(func(m map[string]any) { m["deliveryDeadline"] = "2026-02-30" }), "VALIDATION", ""},
		{"negative rate", `mutation($id:ID!,$t:ID!){ addTeamMember(productionId:$id, input:{technicianId:$t, function:"Monteur", dailyRate:"-10.00"}){ id } }`,
			map[string]any{"id": id, "t": tech}, "VALIDATION", "dailyRate"},
		{"money with three decimals", `mutation{ createRoom(input:{name:"Salle Z", kind:OTHER, dailyRate:"10.005"}){ id } }`, nil, "VALIDATION", ""},
		{"empty technician name", `mutation{ createTechnician(input:{name:"", functions:["Monteur"], employment:INTERMITTENT, hourlyRate:"30", dailyRate:"250"}){ id } }`, nil, "VALIDATION", "name"},
		{"unknown skill", `mutation{ createTechnician(input:{name:"Zoé", functions:["Monteuse"], skills:["JUGGLING"], employment:INTERMITTENT, hourlyRate:"30", dailyRate:"250"}){ id } }`, nil, "VALIDATION", "skills"},
		{"duplicate episode", `mutation($id:ID!){ a: addEpisode(productionId:$id, input:{number:1}){ id } }`, map[string]any{"id": id}, "", ""},
		{"page too large", `{ productions(first: 1000) { totalCount } }`, nil, "VALIDATION", "first"},
		{"bad cursor", `{ productions(after: "nope") { totalCount } }`, nil, "VALIDATION", "after"},
		{"syntax error", `{ productions( }`, nil, "VALIDATION", ""},
	}
	for _, c := range cases {
		if c.code == "" {
			continue // exercised below
		}
		r := e.do(tok, c.query, c.vars)
		if r.code() != c.code {
			t.Errorf("%s: code %q, errors %+v", c.name, r.code(), r.Errors)
			continue
		}
		if c.field != "" && r.Errors[0].Extensions["field"] != c.field {
			t.Errorf("%s: field %v, want %s", c.name, r.Errors[0].Extensions["field"], c.field)
		}
		if r.Errors[0].Message == "" {
			t.Errorf("%s: empty message", c.name)
		}
	}
	if after := e.snapshot(productionTables...); after != before {
		t.Fatal("bad input changed the data")
	}
}

func TestErrorsSpeakTheCallersLanguage(t *testing.T) {
	e := newEmptyEnv(t)
	body, _ := json.Marshal(map[string]any{"query": `mutation{ login(email:"x@y.z", password:"nope"){ accessToken } }`})
	for lang, want := range map[string]string{"en-GB,en;q=0.8": "Wrong email or password.", "fr-FR": "E-mail ou mot de passe incorrect.", "": "E-mail ou mot de passe incorrect."} {
		req, _ := http.NewRequest(http.MethodPost, e.API.URL+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if lang != "" {
			req.Header.Set("Accept-Language", lang)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var r result
		_ = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if len(r.Errors) == 0 || r.Errors[0].Message != want {
			t.Errorf("Accept-Language %q: %+v", lang, r.Errors)
		}
	}
}

func TestOversizedBodyIsRefused(t *testing.T) {
	e := newEmptyEnv(t)
	big := `{"query":"{ me { role } }","variables":{"x":"` + strings.Repeat("a", 2<<20) + `"}}`
	resp, err := http.Post(e.API.URL+"/graphql", "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r result
	_ = json.NewDecoder(resp.Body).Decode(&r)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || r.code() != "VALIDATION" {
		t.Fatalf("status %d, errors %+v", resp.StatusCode, r.Errors)
	}
}

func TestDuplicateEpisodeIsAConflict(t *testing.T) {
	e := newEmptyEnv(t)
	fx := e.newOrg("Notre Post")
	tok := fx.as(db.RoleCoordinator)
	id := fx.production()
	add := `mutation($id:ID!){ addEpisode(productionId:$id, input:{number:41, title:"Pilote"}){ id number } }`
	e.do(tok, add, map[string]any{"id": id}).decode(t, &struct{}{})
	before := e.snapshot(productionTables...)
	if r := e.do(tok, add, map[string]any{"id": id}); r.code() != "CONFLICT" {
		t.Fatalf("duplicate episode: %+v", r.Errors)
	}
	if e.snapshot(productionTables...) != before {
		t.Fatal("the refused episode changed the data")
	}
}

func TestTooDeepQueryIsRefused(t *testing.T) {
	e := newEmptyEnv(t)
	tok := e.newOrg("Notre Post").as(db.RoleCoordinator)
	q := `{ productions { edges { node { team { technician { id } } client { id } } } } }`
	if r := e.do(tok, q, nil); len(r.Errors) > 0 {
		t.Fatalf("a normal query was refused: %+v", r.Errors)
	}
	// Eleven levels: __schema types fields type ofType×6 name.
	deep := "{ __schema { types { fields { type { " + strings.Repeat("ofType { ", 6) + "name" + strings.Repeat(" }", 6) + " } } } } }"
	if r := e.do(tok, deep, nil); r.code() != "VALIDATION" {
		t.Fatalf("deep query: %+v", r.Errors)
	}
}
