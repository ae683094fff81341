// Package documents is what every document the product issues is made
// with: PDFs set in an embedded UTF-8 font under the organisation's legal
// header, CSV files that no spreadsheet can turn into formulas, XLSX
// workbooks with typed cells, and the French and English formatting of
// money, dates, percentages and plurals. Domains gather the data and call
// these; they never import fpdf, excelize or encoding/csv themselves.
package documents

// Media types of the files made here, for the routes that serve them.
const (
	PDFType  = "application/pdf"
	CSVType  = "text/csv; charset=utf-8"
	XLSXType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)
