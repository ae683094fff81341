package facturx

import "errors"

// Build makes an issued invoice's or credit note's documents: the Factur-X
// PDF/A-3 and the factur-x.xml it carries.
func Build(d Document) (pdf []byte, xml []byte, err error) {
	return nil, nil, errors.New("facturx: not yet implemented")
}
