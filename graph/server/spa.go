package server

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

// SPA serves the built single-page app: hashed assets cached for a year,
// index.html (never cached) for every app route so deep links work, all
// under the app's Content-Security-Policy (appCSP). Text files go out
// gzipped to a browser that accepts it: the app's first screen on a phone is
// measured in gzipped bytes (issue 13), and the embedded files never change
// while the server runs, so each is compressed once, on first request.
func SPA(dist fs.FS) http.Handler {
	files := http.FileServerFS(dist)
	var gz gzipCache
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Security-Policy", appCSP)
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(dist, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					w.Header().Set("Cache-Control", "no-cache")
				}
				if gz.serve(w, r, dist, name) {
					return
				}
				files.ServeHTTP(w, r)
				return
			}
			if path.Ext(name) != "" { // a missing file, not an app route
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-cache")
		if gz.serve(w, r, dist, "index.html") {
			return
		}
		index, err := fs.ReadFile(dist, "index.html")
		if err != nil {
			http.Error(w, "the app is not built (run make build)", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(index)
	})
}

// compressible: the text files of a Vite build (images and fonts are compressed already).
var compressible = map[string]bool{".js": true, ".mjs": true, ".css": true, ".html": true, ".svg": true, ".json": true, ".webmanifest": true}

// gzipCache holds each compressible file of dist gzipped, made on first request.
type gzipCache struct{ m sync.Map } // name → gzipped

type gzipped struct {
	body  []byte // nil: not worth it, the file goes out as it is
	ctype string // as http.FileServer would say it
}

// serve answers with the gzipped file when the browser accepts gzip and the
// file gains from it; false leaves the answer to the caller.
func (c *gzipCache) serve(w http.ResponseWriter, r *http.Request, dist fs.FS, name string) bool {
	ext := path.Ext(name)
	if !compressible[ext] {
		return false
	}
	w.Header().Add("Vary", "Accept-Encoding")
	if !acceptsGzip(r.Header.Get("Accept-Encoding")) || r.Header.Get("Range") != "" {
		return false
	}
	v, ok := c.m.Load(name)
	if !ok {
		raw, err := fs.ReadFile(dist, name)
		if err != nil {
			return false
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(raw)
		_ = zw.Close()
		g := gzipped{ctype: mime.TypeByExtension(ext)}
		if g.ctype == "" {
			g.ctype = http.DetectContentType(raw)
		}
		if buf.Len() < len(raw) {
			g.body = buf.Bytes()
		}
		v, _ = c.m.LoadOrStore(name, g)
	}
	g := v.(gzipped)
	if g.body == nil {
		return false
	}
	w.Header().Set("Content-Type", g.ctype)
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Set("Content-Length", strconv.Itoa(len(g.body)))
	if r.Method == http.MethodHead {
		return true
	}
	_, _ = w.Write(g.body)
	return true
}

// acceptsGzip reads Accept-Encoding: gzip listed, and not refused with q=0.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}
