package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// pair is one question asked of both servers, each in its own schema.
// body(i) is the i-th request's body: queries by id walk through the
// productions so that both servers read the same rows in the same order.
type pair struct {
	name                string
	postprod, pgraphile func(i int) []byte
	samples             int // requests compared by check
}

func request(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

func fixed(query string) func(int) []byte {
	b := request(query, nil)
	return func(int) []byte { return b }
}

func byID(query string, ids []string) func(int) []byte {
	bodies := make([][]byte, len(ids))
	for i, id := range ids {
		bodies[i] = request(query, map[string]any{"id": id})
	}
	return func(i int) []byte { return bodies[i%len(bodies)] }
}

// The orders are postprod's: productions most recent first then by id,
// episodes by number, team members in the order they joined, tasks in
// calendar order. PostGraphile reads the same organisation (its only one)
// through a condition, as postprod scopes every read to the caller's.
const (
	ppList   = `{ productions(first: 50) { edges { node { id title status } } } }`
	ppTotal  = `{ productions(first: 50) { totalCount edges { node { id title status } } } }`
	ppNested = `{ productions(first: 50) { edges { node { id title status client { id name }
  episodes { id number title } team { id function technician { id name } } } } } }`
	ppByID = `query($id: ID!) { production(id: $id) { id title status
  tasks { id title status startDate endDate } } }`

	pgList = `query { allProductions(first: 50, orderBy: [CREATED_AT_DESC, ID_ASC], condition: {organisationId: "%s"}) {
  nodes { id title status } } }`
	pgNested = `query { allProductions(first: 50, orderBy: [CREATED_AT_DESC, ID_ASC], condition: {organisationId: "%s"}) {
  nodes { id title status clientByOrganisationIdAndClientId { id name }
    episodesByOrganisationIdAndProductionId(orderBy: [NUMBER_ASC]) { nodes { id number title } }
    teamMembersByOrganisationIdAndProductionId(orderBy: [CREATED_AT_ASC, ID_ASC]) {
      nodes { id function technicianByOrganisationIdAndTechnicianId { id name } } } } } }`
	pgByID = `query($id: UUID!) { productionById(id: $id) { id title status
  tasksByOrganisationIdAndProductionId(orderBy: [START_DATE_ASC, END_DATE_ASC, ID_ASC]) {
    nodes { id title status startDate endDate } } } }`
)

func pairs(org string, ids []string) []pair {
	return []pair{
		{"list 50: id, title, status", fixed(ppList), fixed(fmt.Sprintf(pgList, org)), 1},
		{"nested 50: client, episodes, team+technician", fixed(ppNested), fixed(fmt.Sprintf(pgNested, org)), 1},
		{"by id, with its tasks", byID(ppByID, ids), byID(pgByID, ids), 30},
	}
}

// aliases are PostGraphile's names for postprod's, once "all…" and
// "…By<columns>" are taken off.
var aliases = map[string]string{"teamMembers": "team"}

// fieldName maps a field of either schema to postprod's name.
func fieldName(k string) string {
	if len(k) > 3 && strings.HasPrefix(k, "all") && unicode.IsUpper(rune(k[3])) {
		k = strings.ToLower(k[3:4]) + k[4:]
	}
	for i := 1; i+2 < len(k); i++ {
		if k[i:i+2] == "By" && unicode.IsUpper(rune(k[i+2])) {
			k = k[:i]
			break
		}
	}
	if a, ok := aliases[k]; ok {
		return a
	}
	return k
}

// normalise makes both answers comparable: connections become plain
// lists (`edges { node }` and `nodes` alike), fields take postprod's names.
func normalise(v any) any {
	switch v := v.(type) {
	case map[string]any:
		if edges, ok := v["edges"].([]any); ok && len(v) == 1 {
			out := make([]any, len(edges))
			for i, e := range edges {
				out[i] = normalise(e.(map[string]any)["node"])
			}
			return out
		}
		if nodes, ok := v["nodes"].([]any); ok && len(v) == 1 {
			return normalise(nodes)
		}
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[fieldName(k)] = normalise(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalise(x)
		}
		return out
	default:
		return v
	}
}

// answer decodes a response's data, refusing errors.
func answer(status int, body []byte) (any, error) {
	var r struct {
		Data   any               `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("HTTP %d, not JSON: %.300s", status, body)
	}
	if status != 200 || len(r.Errors) > 0 || r.Data == nil {
		return nil, fmt.Errorf("HTTP %d: %.500s", status, body)
	}
	return normalise(r.Data), nil
}

// check asks both servers the i-th request of each pair for a few i and
// stops at the first difference: the figures compare only equal work.
func check(pp, pg *server, ps []pair) error {
	for _, p := range ps {
		rows := 0
		for i := 0; i < p.samples; i++ {
			var got [2][]byte
			for k, s := range []*server{pp, pg} {
				body := p.postprod(i)
				if s == pg {
					body = p.pgraphile(i)
				}
				status, b, err := s.post(body)
				if err != nil {
					return fmt.Errorf("%s, %s: %w", p.name, s.name, err)
				}
				v, err := answer(status, b)
				if err != nil {
					return fmt.Errorf("%s, %s: %w", p.name, s.name, err)
				}
				got[k], _ = json.Marshal(v) // map keys sorted: canonical
			}
			if !bytes.Equal(got[0], got[1]) {
				return fmt.Errorf("%s: the servers disagree (request %d)\n  postprod:     %.600s\n  PostGraphile: %.600s\n  first difference at byte %d",
					p.name, i, got[0], got[1], firstDiff(got[0], got[1]))
			}
			rows += strings.Count(string(got[0]), `"id":`)
		}
		if rows == 0 {
			return fmt.Errorf("%s: both servers answer nothing: the comparison would mean nothing", p.name)
		}
		fmt.Printf("  same answers: %-46s %d request(s), %d objects\n", p.name, p.samples, rows)
	}
	return nil
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
