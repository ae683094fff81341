package documents

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/postprod/postprod/internal/kernel/dates"
	"github.com/postprod/postprod/internal/kernel/money"
)

// XLSX builds a workbook of simple sheets: a bold, frozen heading row, then
// rows of typed cells. Text is always written as text, never as a formula,
// so a title such as "=HYPERLINK(...)" stays inert here too.
type XLSX struct {
	f       *excelize.File
	sheet   *Sheet
	sheets  int
	head    int // style ids
	amount  int
	day     int
	instant int
}

// Number formats are written with the placeholders Excel localises: a French
// reader sees "1 234,56 €", an English one "1,234.56 €".
const (
	amountFormat  = `#,##0.00\ "€";\-#,##0.00\ "€"`
	dayFormat     = "dd/mm/yyyy"
	instantFormat = "dd/mm/yyyy hh:mm"
)

// NewXLSX starts an empty workbook.
func NewXLSX() (*XLSX, error) {
	x := &XLSX{f: excelize.NewFile()}
	var err error
	styles := []struct {
		id *int
		s  excelize.Style
	}{
		{&x.head, excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&x.amount, excelize.Style{CustomNumFmt: ptr(amountFormat)}},
		{&x.day, excelize.Style{CustomNumFmt: ptr(dayFormat)}},
		{&x.instant, excelize.Style{CustomNumFmt: ptr(instantFormat)}},
	}
	for _, s := range styles {
		if *s.id, err = x.f.NewStyle(&s.s); err != nil {
			return nil, err
		}
	}
	return x, nil
}

func ptr[T any](v T) *T { return &v }

// Sheet is one worksheet being written, row after row.
type Sheet struct {
	x   *XLSX
	sw  *excelize.StreamWriter
	row int
}

// Sheet adds a worksheet with its heading row; the previous sheet is
// finished and can no longer be written.
func (x *XLSX) Sheet(name string, headings ...string) (*Sheet, error) {
	if err := x.finish(); err != nil {
		return nil, err
	}
	if x.sheets == 0 {
		if err := x.f.SetSheetName("Sheet1", name); err != nil {
			return nil, err
		}
	} else if _, err := x.f.NewSheet(name); err != nil {
		return nil, err
	}
	x.sheets++
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, h := range headings {
		w := float64(len([]rune(h)) + 2)
		if w < 12 {
			w = 12
		}
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	s := &Sheet{x: x, sw: sw}
	x.sheet = s
	cells := make([]any, len(headings))
	for i, h := range headings {
		cells[i] = excelize.Cell{StyleID: x.head, Value: h}
	}
	return s, s.write(cells)
}

// Row writes one row. A cell is a string, an int or int64, a float64, a
// bool, money.Cents (an amount in euros), dates.Date or *dates.Date (a
// day), time.Time (shown at its Europe/Paris wall-clock time), or nil
// (empty).
func (s *Sheet) Row(values ...any) error {
	cells := make([]any, len(values))
	for i, v := range values {
		switch v := v.(type) {
		case nil, string, int, int64, float64, bool:
			cells[i] = v
		case money.Cents:
			// A double holds every amount up to 90 billion euros exactly to the cent.
			cells[i] = excelize.Cell{StyleID: s.x.amount, Value: float64(v) / 100}
		case dates.Date:
			cells[i] = excelize.Cell{StyleID: s.x.day, Value: v.Time()}
		case *dates.Date:
			if v != nil {
				cells[i] = excelize.Cell{StyleID: s.x.day, Value: v.Time()}
			}
		case time.Time:
			p := v.In(dates.Paris)
			wall := time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), p.Second(), 0, time.UTC)
			cells[i] = excelize.Cell{StyleID: s.x.instant, Value: wall}
		default:
			return fmt.Errorf("documents: no spreadsheet cell for %T", v)
		}
	}
	return s.write(cells)
}

func (s *Sheet) write(cells []any) error {
	if s.x.sheet != s {
		return fmt.Errorf("documents: the sheet was finished when the next one began")
	}
	s.row++
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, cells)
}

func (x *XLSX) finish() error {
	if x.sheet == nil {
		return nil
	}
	err := x.sheet.sw.Flush()
	x.sheet = nil
	return err
}

// Bytes finishes the workbook.
func (x *XLSX) Bytes() ([]byte, error) {
	if err := x.finish(); err != nil {
		return nil, err
	}
	defer x.f.Close()
	buf, err := x.f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
