package facturx

// Build makes an issued invoice's or credit note's documents: the
// factur-x.xml (CII D16B, EN 16931) and the French PDF/A-3 that carries it
// (Factur-X 1.0, EN 16931). It refuses a document whose figures are not
// pricing's or that misses what the XML requires (see check); nothing is
// made then. The same document always gives the same bytes.
func Build(d Document) (pdf []byte, xml []byte, err error) {
	if xml, err = XML(d); err != nil {
		return nil, nil, err
	}
	p := render(d)
	m := meta{Title: title(d), Author: d.Seller.legalName(), Date: d.IssueDate.Time(), Factur: true}
	archival(p, m)
	raw, err := p.Bytes()
	if err != nil {
		return nil, nil, err
	}
	if pdf, err = finish(raw, m, xml); err != nil {
		return nil, nil, err
	}
	return pdf, xml, nil
}
