package facturx

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	_ "embed"
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/postprod/postprod/internal/platform/documents"
)

// The ICC's sRGB profile, the output intent PDF/A requires (freely
// redistributable: icc/LICENSE.color.org).
//
//go:embed icc/sRGB2014.icc
var srgb []byte

// XMLName is the attachment's name the Factur-X specification fixes.
const XMLName = "factur-x.xml"

const producer = "postprod"

// meta is what the Info dictionary and the XMP both say, identically
// (PDF/A requires it).
type meta struct {
	Title, Author string
	Date          time.Time
	Factur        bool // the Factur-X extension schema and fx: properties
}

// archival makes p a PDF/A-3B document: the sRGB output intent, the XMP
// metadata, fixed dates (the same document gives the same bytes).
func archival(p *documents.PDF, m meta) {
	p.SetCatalogSort(true) // resources in a fixed order: the same bytes each time
	p.SetCreationDate(m.Date)
	p.SetModificationDate(m.Date)
	p.SetTitle(m.Title, true)
	p.SetAuthor(m.Author, true)
	p.SetCreator(producer, false)
	p.SetProducer(producer, false)
	p.SetLang("fr-FR")
	p.AddOutputIntent(fpdf.OutputIntentType{
		SubtypeIdent: fpdf.OutputIntent_GTS_PDFA1, OutputConditionIdentifier: "sRGB IEC61966-2.1",
		Info: "sRGB IEC61966-2.1", ICCProfile: srgb,
	})
	p.SetXmpMetadata(xmp(m))
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmp is the metadata packet: PDF/A-3B identification, Dublin Core, and
// for Factur-X the fx: properties with their extension schema.
func xmp(m meta) []byte {
	date := m.Date.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n" +
		`<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>` + "\n" +
		`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format>` +
		`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(m.Title) + `</rdf:li></rdf:Alt></dc:title>` +
		`<dc:creator><rdf:Seq><rdf:li>` + esc(m.Author) + `</rdf:li></rdf:Seq></dc:creator></rdf:Description>` + "\n" +
		`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>` + producer + `</pdf:Producer></rdf:Description>` + "\n" +
		`<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>` + producer + `</xmp:CreatorTool>` +
		`<xmp:CreateDate>` + date + `</xmp:CreateDate><xmp:ModifyDate>` + date + `</xmp:ModifyDate></rdf:Description>` + "\n")
	if m.Factur {
		b.WriteString(`<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">` +
			`<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>` + XMLName + `</fx:DocumentFileName>` +
			`<fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>` + "\n" +
			`<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">` +
			`<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">` +
			`<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>` +
			`<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>` +
			`<pdfaSchema:prefix>fx</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>`)
		for _, p := range [][2]string{
			{"DocumentFileName", "The name of the embedded XML document"},
			{"DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"},
			{"Version", "The actual version of the standard applying to the embedded XML document"},
			{"ConformanceLevel", "The conformance level of the embedded XML document"},
		} {
			b.WriteString(`<rdf:li rdf:parseType="Resource"><pdfaProperty:name>` + p[0] + `</pdfaProperty:name>` +
				`<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>` +
				`<pdfaProperty:description>` + p[1] + `</pdfaProperty:description></rdf:li>`)
		}
		b.WriteString(`</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>` + "\n")
	}
	b.WriteString("</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

var (
	trailerRe = regexp.MustCompile(`trailer\s*<<\s*/Size (\d+)\s*/Root (\d+) 0 R\s*/Info (\d+) 0 R\s*>>\s*startxref\s*(\d+)\s*%%EOF\s*$`)
	headerRe  = regexp.MustCompile(`^%PDF-1\.\d`)
)

// pdfDate is a PDF date string in UTC.
func pdfDate(t time.Time) string { return "D:" + t.UTC().Format("20060102150405") + "Z" }

// pdfText is a PDF text string in UTF-16BE with its byte-order mark, hex.
func pdfText(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, r := range s {
		if r > 0xFFFF {
			r -= 0x10000
			fmt.Fprintf(&b, "%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			continue
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String() + ">"
}

// finish completes what fpdf cannot write, as one incremental update
// (ISO 19005-3 allows them): the header version 1.7, the factur-x.xml
// file specification with AFRelationship and its MIME subtype (fpdf's
// attachments have neither), the catalog's /AF array and embedded-files
// name tree, an Info dictionary matching the XMP, and the trailer /ID.
// attachment nil: only the Info and /ID (the reminder letter).
func finish(raw []byte, m meta, attachment []byte) ([]byte, error) {
	t := trailerRe.FindSubmatch(raw)
	if t == nil || !headerRe.Match(raw) {
		return nil, fmt.Errorf("facturx: unexpected fpdf output (no trailer)")
	}
	size, _ := strconv.Atoi(string(t[1]))
	root, _ := strconv.Atoi(string(t[2]))
	info, _ := strconv.Atoi(string(t[3]))
	prev := string(t[4])
	catStart := bytes.Index(raw, []byte(fmt.Sprintf("\n%d 0 obj\n<<\n", root)))
	if catStart < 0 {
		return nil, fmt.Errorf("facturx: no catalog object %d", root)
	}
	body := raw[catStart+len(fmt.Sprintf("\n%d 0 obj\n<<\n", root)):]
	end := bytes.Index(body, []byte("\n>>\nendobj"))
	names := bytes.Index(body, []byte("/Names <<"))
	if end < 0 || names < 0 || names > end {
		return nil, fmt.Errorf("facturx: unexpected catalog")
	}
	catalog := string(body[:names])

	out := bytes.NewBuffer(append([]byte{}, raw...))
	copy(out.Bytes()[:8], "%PDF-1.7")
	offsets := map[int]int{}
	obj := func(n int, s string) {
		offsets[n] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", n, s)
	}
	newSize := size
	if attachment != nil {
		file, spec := size, size+1
		newSize = size + 2
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		_, _ = zw.Write(attachment)
		_ = zw.Close()
		sum := md5.Sum(attachment)
		offsets[file] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length %d "+
			"/Params << /Size %d /CheckSum <%X> /ModDate (%s) >> >>\nstream\n", file, z.Len(), len(attachment), sum, pdfDate(m.Date))
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
		obj(spec, fmt.Sprintf("<< /Type /Filespec /F (%s) /UF %s /EF << /F %d 0 R /UF %d 0 R >> "+
			"/Desc (Factur-X EN 16931 invoice) /AFRelationship /Alternative >>", XMLName, pdfText(XMLName), file, file))
		catalog += fmt.Sprintf("/AF [%d 0 R]\n/Names << /EmbeddedFiles << /Names [(%s) %d 0 R] >> >>\n", spec, XMLName, spec)
	}
	obj(root, "<<\n"+catalog+">>")
	obj(info, fmt.Sprintf("<< /Title %s /Author %s /Creator (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>",
		pdfText(m.Title), pdfText(m.Author), producer, producer, pdfDate(m.Date), pdfDate(m.Date)))

	xref := out.Len()
	out.WriteString("xref\n")
	for n := 0; n < newSize; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(out, "%d 1\n%010d 00000 n \n", n, off)
		}
	}
	id := md5.Sum(raw)
	fmt.Fprintf(out, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %s /ID [<%X> <%X>] >>\nstartxref\n%d\n%%%%EOF\n",
		newSize, root, info, prev, id, id, xref)
	return out.Bytes(), nil
}
