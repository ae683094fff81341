package documents

import (
	"bytes"
	_ "embed"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// DejaVu covers French typography (€, « », œ, narrow spaces) in PDFs; the
// core PDF fonts do not.
//
//go:embed fonts/DejaVuSans.ttf
var fontRegular []byte

//go:embed fonts/DejaVuSans-Bold.ttf
var fontBold []byte

// Font is the family every document is set in.
const Font = "DejaVu"

// PDF is an A4 portrait document in millimetres, set in the embedded font.
// The fpdf methods stay reachable for what the helpers do not cover.
type PDF struct {
	*fpdf.Fpdf
}

// NewPDF starts a document: DejaVu 9 pt, pages breaking 15 mm above the
// bottom edge. No page is added yet: Header adds the first.
func NewPDF() *PDF {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(Font, "", fontRegular)
	pdf.AddUTF8FontFromBytes(Font, "B", fontBold)
	pdf.SetAutoPageBreak(true, 15)
	pdf.SetFont(Font, "", 9)
	return &PDF{pdf}
}

// Organisation is who issues a document: what its legal header shows.
type Organisation struct {
	Name      string // trading name, shown when there is no legal name
	LegalName string
	Address   string
	Siret     string
	VatNumber string
	// Extra lines under the identifiers (RCS, share capital, the VAT option
	// of an invoice...), in the order given.
	Extra []string
}

// Header adds a page with the issuer's legal block (name, address, SIRET,
// intra-community VAT number) and the document's title. The block stays in
// French: it carries the French legal mentions whatever the reader's
// language.
func (p *PDF) Header(org Organisation, title string) {
	p.AddPage()
	p.Bold(11)
	name := org.LegalName
	if name == "" {
		name = org.Name
	}
	p.TextLine(5, name)
	p.Regular(8)
	if org.Address != "" {
		p.TextLine(4, org.Address)
	}
	var ids []string
	if org.Siret != "" {
		ids = append(ids, "SIRET "+org.Siret)
	}
	if org.VatNumber != "" {
		ids = append(ids, "TVA intracommunautaire "+org.VatNumber)
	}
	p.TextLine(4, strings.Join(ids, " · "))
	for _, l := range org.Extra {
		p.TextLine(4, l)
	}
	p.Ln(6)
	p.Bold(14)
	p.TextLine(8, title)
	p.Regular(9)
}

// Footer prints text and "page n/N" at the foot of every page (French
// "page", English "page": the word is the same). Call it before the first
// Header.
func (p *PDF) Footer(text string) {
	p.AliasNbPages("{nb}")
	p.SetFooterFunc(func() {
		p.SetY(-12)
		p.SetFont(Font, "", 7)
		p.CellFormat(150, 4, text, "T", 0, "L", false, 0, "")
		p.CellFormat(0, 4, "page "+strconv.Itoa(p.PageNo())+"/{nb}", "T", 0, "R", false, 0, "")
	})
}

// Regular and Bold switch the font's weight and size (points).
func (p *PDF) Regular(size float64) { p.SetFont(Font, "", size) }
func (p *PDF) Bold(size float64)    { p.SetFont(Font, "B", size) }

// TextLine writes s across the page, left aligned, h millimetres high, and
// moves to the next line.
func (p *PDF) TextLine(h float64, s string) { p.CellFormat(0, h, s, "", 1, "L", false, 0, "") }

// Paragraph writes s wrapped to the page's width, h millimetres a line.
func (p *PDF) Paragraph(h float64, s string) { p.MultiCell(0, h, s, "", "L", false) }

// Total writes a label right aligned over labelW millimetres and an amount
// in the next amountW, with an optional border ("T" rules a line above),
// and moves to the next line.
func (p *PDF) Total(labelW, amountW, h float64, border, label, amount string) {
	p.CellFormat(labelW, h, label, border, 0, "R", false, 0, "")
	p.CellFormat(amountW, h, amount, border, 1, "R", false, 0, "")
}

// Column is one column of a Table: its heading, width in millimetres and
// alignment ("L", "C" or "R").
type Column struct {
	Title string
	Width float64
	Align string
}

// Table is a ruled list: a bold heading row underlined, then plain rows.
type Table struct {
	Columns []Column
	Size    float64 // font size, points
	HeadH   float64 // heading row height, millimetres
	RowH    float64 // row height, millimetres
}

// Head writes the heading row and leaves the regular font set for rows.
func (p *PDF) Head(t Table) {
	p.Bold(t.Size)
	for _, c := range t.Columns {
		p.CellFormat(c.Width, t.HeadH, c.Title, "B", 0, c.Align, false, 0, "")
	}
	p.Ln(-1)
	p.Regular(t.Size)
}

// Row writes one row; values beyond the columns are ignored.
func (p *PDF) Row(t Table, values ...string) {
	for i, c := range t.Columns {
		v := ""
		if i < len(values) {
			v = values[i]
		}
		p.CellFormat(c.Width, t.RowH, v, "", 0, c.Align, false, 0, "")
	}
	p.Ln(-1)
}

// WrapRow writes one row whose cells wrap their text to their column's
// width, so that a long title or label never runs into the next column:
// every cell starts at the row's top and the row is as tall as its tallest
// cell (RowH a line). A row is never split across pages: when it does not
// fit, the page breaks first and the heading row is written again.
func (p *PDF) WrapRow(t Table, values ...string) {
	cells := make([][]string, len(t.Columns))
	lines := 1
	for i, c := range t.Columns {
		v := ""
		if i < len(values) {
			v = values[i]
		}
		cells[i] = p.Wrap(v, c.Width)
		lines = max(lines, len(cells[i]))
	}
	h := float64(lines) * t.RowH
	if p.KeepWithNext(h) {
		p.Head(t)
	}
	x, y := p.GetX(), p.GetY()
	for i, c := range t.Columns {
		for j, l := range cells[i] {
			p.SetXY(x, y+float64(j)*t.RowH)
			p.CellFormat(c.Width, t.RowH, l, "", 0, c.Align, false, 0, "")
		}
		x += c.Width
	}
	left, _, _, _ := p.GetMargins()
	p.SetXY(left, y+h)
}

// KeepWithNext starts a new page when less than h millimetres are left
// above the page's foot, so that what must stay together (a row, a heading
// and the first lines under it) is not split; it reports whether it did.
func (p *PDF) KeepWithNext(h float64) bool {
	_, pageH := p.GetPageSize()
	_, bottom := p.GetAutoPageBreak()
	if p.GetY()+h <= pageH-bottom {
		return false
	}
	p.AddPage()
	return true
}

// Wrap cuts s into the lines that fit a cell w millimetres wide in the
// current font, breaking at ordinary spaces (never at the no-break spaces
// that hold an amount to its currency sign), and inside a word only when
// the word alone is wider than the cell. Line breaks in s are kept.
func (p *PDF) Wrap(s string, w float64) []string {
	room := w - 2*p.GetCellMargin()
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if p.GetStringWidth(try) <= room {
				line = try
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			line = ""
			for _, r := range word { // a word wider than the cell
				if line != "" && p.GetStringWidth(line+string(r)) > room {
					out = append(out, line)
					line = ""
				}
				line += string(r)
			}
		}
		out = append(out, line)
	}
	return out
}

// Bytes finishes the document.
func (p *PDF) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
