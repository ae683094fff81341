package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/postprod/postprod/internal/kernel/apperr"
)

// checkText refuses a request whose text is not valid Unicode: invalid
// UTF-8, or a lone UTF-16 surrogate escape (`"\ud800"`). Go's JSON decoder
// would silently turn either into U+FFFD, stored as such; here, before
// anything is decoded, it is a VALIDATION error (HTTP 400) whose
// extensions name the innermost key holding it (`field`: an input field,
// or a variable's name) and its whole `path` ("variables.in.name"). Null characters decode faithfully and are
// refused later, on their field, by the String scalar (graph/scalars).
func checkText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if path, bad := badQuery(r); bad {
			refuseText(w, r, path)
			return
		}
		if r.Method == http.MethodPost && r.Body != nil && r.Header.Get("Upgrade") == "" {
			body, err := io.ReadAll(r.Body)
			if err != nil { // too large: limitBody's reader says so
				writeError(w, r, http.StatusRequestEntityTooLarge, string(apperr.Validation), "body",
					"Requête trop volumineuse (1 Mo au plus).", "Request body too large (1 MB at most).")
				return
			}
			if path, bad := badJSONText(body); bad {
				refuseText(w, r, path)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

func refuseText(w http.ResponseWriter, r *http.Request, path []string) {
	ae := apperr.Invalid("", "Texte mal encodé (UTF-8 attendu).", "Badly encoded text (UTF-8 expected).")
	ext := map[string]any{"code": string(ae.Code), "field": "", "path": strings.Join(path, ".")}
	if len(path) > 0 {
		ext["field"] = path[len(path)-1]
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": ae.Message(language(r.Header.Get("Accept-Language"))), "extensions": ext,
	}}})
}

// badQuery checks a GET request's parameters (query, operationName,
// variables, extensions).
func badQuery(r *http.Request) ([]string, bool) {
	if r.URL.RawQuery == "" {
		return nil, false
	}
	for k, vs := range r.URL.Query() {
		if !utf8.ValidString(k) {
			return nil, true
		}
		for _, v := range vs {
			if k == "variables" || k == "extensions" {
				if path, bad := badJSONText([]byte(v)); bad {
					return append([]string{k}, path...), true
				}
			}
			if !utf8.ValidString(v) {
				return []string{k}, true
			}
		}
	}
	return nil, false
}

// badJSONText walks a JSON document's strings, keys and values, and
// reports the first one that is not valid Unicode, with the path of keys
// (and list positions) leading to it. A document that is not JSON is left
// to the transport, unless its bytes are not UTF-8 at all.
func badJSONText(body []byte) (path []string, bad bool) {
	if utf8.Valid(body) && !bytes.Contains(body, []byte(`\u`)) {
		return nil, false // the common case, decided in one pass
	}
	type frame struct {
		object  bool
		wantKey bool
		key     string
		index   int
	}
	var stack []frame
	pathTo := func() []string {
		var p []string
		for _, f := range stack {
			if f.object {
				p = append(p, f.key)
			} else {
				p = append(p, strconv.Itoa(f.index))
			}
		}
		return p
	}
	valueDone := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	prev := int64(0)
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, err != io.EOF && !utf8.Valid(body)
		}
		off := dec.InputOffset()
		raw := body[prev:off]
		prev = off
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{object: true, wantKey: true})
			case '[':
				stack = append(stack, frame{})
			default:
				stack = stack[:len(stack)-1]
				valueDone()
			}
		case string:
			isKey := len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].wantKey
			if isKey {
				stack[len(stack)-1].key = t
				stack[len(stack)-1].wantKey = false
			}
			if q := bytes.IndexByte(raw, '"'); q >= 0 && !validJSONString(raw[q+1:len(raw)-1]) {
				return pathTo(), true
			}
			if !isKey {
				valueDone()
			}
		default:
			valueDone()
		}
	}
}

// validJSONString checks the inside of a JSON string literal: UTF-8, and
// every \u escape of a surrogate in a proper pair.
func validJSONString(s []byte) bool {
	if !utf8.Valid(s) {
		return false
	}
	hex := func(i int) (rune, bool) {
		if i+6 > len(s) || s[i] != '\\' || s[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(s[i+2:i+6]), 16, 16)
		return rune(n), err == nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		if i+1 < len(s) && s[i+1] != 'u' {
			i++ // a two-character escape
			continue
		}
		r, ok := hex(i)
		if !ok {
			return true // malformed: the decoder refuses it
		}
		switch {
		case r >= 0xD800 && r < 0xDC00:
			lo, ok := hex(i + 6)
			if !ok || lo < 0xDC00 || lo >= 0xE000 {
				return false
			}
			i += 11
		case r >= 0xDC00 && r < 0xE000:
			return false
		default:
			i += 5
		}
	}
	return true
}
