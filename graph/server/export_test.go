package server

import "github.com/postprod/postprod/internal/platform/documents"

// CSVRoutes lists the path of every CSV document the server serves, so the
// API tests can hold each one to the formula rule.
func CSVRoutes() []string {
	var out []string
	for _, r := range append(documentRoutes(nil, nil, nil), invoiceDocumentRoutes(nil)...) {
		if r.contentType == documents.CSVType {
			out = append(out, r.path)
		}
	}
	return out
}
