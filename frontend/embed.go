// Package frontend holds the built single-page app, embedded into the server binary.
package frontend

import "embed"

// Dist is the output of `npm run build`; the server serves it and falls back to
// index.html for app routes. `all:` keeps files whose names start with . or _.
//
//go:embed all:dist
var Dist embed.FS
