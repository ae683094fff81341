package server

import "net/http"

// appCSP fits the embedded app as Vite builds it (frontend/dist/index.html):
// one module script and one stylesheet under /assets, the manifest and the
// icons, the service worker /sw.js, the API and its websocket on the same
// origin ('self' covers ws: and wss: to it); images from data: (the icons
// drawn in the CSS) and blob: (a downloaded statement). No inline script
// or style, no eval, no plugin, and no framing by any site.
const appCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// apiCSP is for everything that is not the app (JSON, documents, feeds,
// health): nothing there is meant to run or to be framed.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// securityHeaders sets, on every response, what keeps browsers from
// sniffing types, framing the app (clickjacking) and leaking the app's
// URLs (a calendar feed's token) as referrers. The app's pages replace
// the strict CSP by appCSP (SPA); GraphiQL, a development tool loading its
// scripts from a CDN, has none.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		if r.URL.Path != "/graphiql" {
			h.Set("Content-Security-Policy", apiCSP)
		}
		next.ServeHTTP(w, r)
	})
}
