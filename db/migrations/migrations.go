// Package migrations embeds the SQL schema history; files run in name order.
package migrations

import "embed"

//go:embed *.sql
var FS embed.FS
