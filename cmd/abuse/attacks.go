package main

import (
	"fmt"
	"strings"
)

// attack is a document an anonymous client sends; allowed documents are
// the costliest the limits let through, the others break one limit each.
type attack struct {
	name    string
	allowed bool
	doc     string
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

// attacks are built against graph.DefaultLimits: 1,000 tokens, 80 fields
// in one selection set, a response name 10 times, 20 aliases, 500 fields
// expanded.
func attacks() []attack {
	var aliases20, aliases21 strings.Builder
	for i := range 20 {
		fmt.Fprintf(&aliases20, "a%d: me { role user { id name email locale } organisation { id name } } ", i)
	}
	for i := range 21 {
		fmt.Fprintf(&aliases21, "a%d: role ", i)
	}
	var typos strings.Builder // unknown fields close to real ones: suggestions to compute
	for i := range 80 {
		fmt.Fprintf(&typos, "rol%c ", 'a'+i%26)
	}
	wide := "{ me { " + repeat("user { id name email locale } ", 10) + repeat("organisation { id name legalName siret } ", 10) +
		repeat("technician { id name } ", 10) + repeat("client { id name } ", 10) + repeat("role ", 10) + "} }"
	return []attack{
		{"wide selection, 10 repeats per name (allowed)", true, wide},
		{"20 aliases of me (allowed)", true, "{ " + aliases20.String() + "}"},
		{"80 unknown fields, suggestions (allowed)", true, "{ me { " + typos.String() + "} }"},
		{"fragments doubling one selection 3 times (allowed)", true, doubling(3, true)},
		{"fragments doubling fields 7 times (allowed)", true, doubling(7, false)},
		{"{me{role ×20,000}} (100 KB)", false, "{me{" + repeat("role ", 20000) + "}}"},
		{"1,001 tokens", false, "{ me { " + repeat("user { id } ", 249) + "} }"},
		{"81 fields in one selection", false, "{ me { " + repeat("user { id } ", 10) + repeat("role ", 71) + "} }"},
		{"a field 11 times", false, "{ me { " + repeat("role ", 11) + "} }"},
		{"21 aliases", false, "{ me { " + aliases21.String() + "} }"},
		{"fragments doubling 40 times", false, doubling(40, false)},
	}
}

// doubling chains fragments that spread the previous one twice, side by
// side (wide) or under two fields.
func doubling(levels int, wide bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ me { ...F%d } }\n", levels)
	if wide {
		b.WriteString("fragment F0 on Me { role user { id } organisation { id } technician { id } client { id } }\n")
	} else {
		b.WriteString("fragment F0 on Me { role }\n")
	}
	for i := 1; i <= levels; i++ {
		if wide {
			fmt.Fprintf(&b, "fragment F%d on Me { ...F%d ...F%d }\n", i, i-1, i-1)
		} else {
			fmt.Fprintf(&b, "fragment F%d on Me { user { ...F%d } client { ...F%d } }\n", i, i-1, i-1)
		}
	}
	return b.String()
}

// normalQueries are a light query (who am I) and the app's home page
// query, as graphcache sends them.
var normalQueries = [2]string{`query Me { me { role user { id name __typename } organisation { id name __typename } __typename } }`,
	`query Home { me { role user { id name __typename } organisation { id name __typename } __typename }
  productions(first: 50) { totalCount edges { node { id title kind status director client { id name __typename }
  spec { deliveryDeadline __typename } __typename } __typename } __typename } }`}
