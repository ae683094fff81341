package server_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/postprod/postprod/graph/server"
)

// The app's chunks go out gzipped to a browser that accepts it, with the
// same caching and type as plain; a browser that does not gets them plain.
func TestSPAGzipsTextFiles(t *testing.T) {
	js := strings.Repeat("export const page = 'Ma journée';\n", 200)
	dist := fstest.MapFS{
		"index.html":               {Data: []byte("<!doctype html><title>postprod</title>" + strings.Repeat(" ", 600))},
		"assets/MyDayPage-3f2a.js": {Data: []byte(js)},
		"assets/logo-1b2c.png":     {Data: []byte("\x89PNG\r\n\x1a\n" + strings.Repeat("x", 600))},
		"sw.js":                    {Data: []byte("self.x = 1;")}, // too small to gain
	}
	h := server.SPA(dist)
	get := func(method, path, accept string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(method, path, nil)
		if accept != "" {
			r.Header.Set("Accept-Encoding", accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	gunzip := func(t *testing.T, body io.Reader) string {
		t.Helper()
		zr, err := gzip.NewReader(body)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	for range 2 { // the second answer comes from the cache
		w := get(http.MethodGet, "/assets/MyDayPage-3f2a.js", "gzip, deflate, br")
		if w.Code != 200 || w.Header().Get("Content-Encoding") != "gzip" || w.Header().Get("Vary") != "Accept-Encoding" ||
			w.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") {
			t.Fatalf("gzipped chunk: %d %v", w.Code, w.Header())
		}
		if w.Body.Len() >= len(js)/4 || w.Header().Get("Content-Length") == "" {
			t.Errorf("gzipped chunk: %d bytes for %d, Content-Length %q", w.Body.Len(), len(js), w.Header().Get("Content-Length"))
		}
		if got := gunzip(t, w.Body); got != js {
			t.Errorf("gzipped chunk does not unzip to the file: %.40q", got)
		}
	}
	if w := get(http.MethodGet, "/productions/123", "gzip"); w.Header().Get("Content-Encoding") != "gzip" ||
		w.Header().Get("Cache-Control") != "no-cache" || w.Header().Get("Content-Type") != "text/html; charset=utf-8" || !strings.HasPrefix(gunzip(t, w.Body), "<!doctype html>") {
		t.Errorf("app route: %v", w.Header())
	}
	for _, accept := range []string{"", "identity", "gzip;q=0", "br"} {
		w := get(http.MethodGet, "/assets/MyDayPage-3f2a.js", accept)
		if w.Header().Get("Content-Encoding") != "" || w.Body.String() != js || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") {
			t.Errorf("Accept-Encoding %q: %v, %d bytes", accept, w.Header(), w.Body.Len())
		}
	}
	if w := get(http.MethodHead, "/assets/MyDayPage-3f2a.js", "gzip"); w.Header().Get("Content-Encoding") != "gzip" || w.Body.Len() != 0 {
		t.Errorf("HEAD: %v, %d bytes", w.Header(), w.Body.Len())
	}
	// Images are compressed already; a file gzip would not shrink goes out as it is.
	for _, path := range []string{"/assets/logo-1b2c.png", "/sw.js"} {
		if w := get(http.MethodGet, path, "gzip"); w.Code != 200 || w.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: %d %v", path, w.Code, w.Header())
		}
	}
}
