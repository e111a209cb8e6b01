package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"pledgereview/data"
)

// MaxPartSize bounds what one part of a .docx may unpack to. The largest
// real report's document.xml is under 1 MB; 64 MB leaves room for pictures'
// neighbours while refusing a zip bomb before it is unpacked.
const MaxPartSize = 64 << 20

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// oleMagic starts every Word 97–2003 (.doc) file.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func readDocx(raw []byte) (*Document, error) {
	if bytes.HasPrefix(raw, oleMagic[:4]) {
		return nil, ErrWordDoc
	}
	if !bytes.HasPrefix(raw, []byte("PK")) {
		return nil, fmt.Errorf("%w (not a Word .docx file: damaged, or another kind of file)", ErrDamaged)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	body := parts["word/document.xml"]
	if body == nil {
		return nil, fmt.Errorf("%w (no word/document.xml: not a Word document)", ErrDamaged)
	}
	w := &docxWalker{styles: map[string]docxStyle{}}
	if f := parts["word/styles.xml"]; f != nil {
		if err := readPart(f, w.readStyles); err != nil {
			return nil, err
		}
	}
	if err := readPart(body, w.readBody); err != nil {
		return nil, err
	}
	d := &Document{Format: "docx", Encoding: "utf-8", Paragraphs: rejoinParagraphs(w.paras, w.indented)}
	d.SetAside = append(d.SetAside, w.aside...)
	// Headers, footers and notes are kept out of the body; whatever text
	// they hold is listed as set aside so that nothing is lost silently.
	var names []string
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		base := path.Base(name)
		if path.Dir(name) != "word" || !strings.HasSuffix(base, ".xml") {
			continue
		}
		var reason string
		switch {
		case strings.HasPrefix(base, "header"):
			reason = data.AsideHeader
		case strings.HasPrefix(base, "footer"):
			reason = data.AsideFooter
		case base == "footnotes.xml" || base == "endnotes.xml":
			reason = data.AsideFootnote
		default:
			continue
		}
		nw := &docxWalker{styles: w.styles}
		if err := readPart(parts[name], nw.readBody); err != nil {
			return nil, err
		}
		for _, p := range nw.paras {
			r := reason
			if isPageNumber(p.Text) {
				r = data.AsidePageNumber // a PAGE field's last shown value
			}
			d.SetAside = append(d.SetAside, data.SetAside{Text: p.Text, Reason: r})
		}
	}
	if len(d.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return d, nil
}

// readPart unpacks one zip member through fn, refusing it as soon as it
// would pass MaxPartSize (its declared size first, then the bytes read,
// since a declared size can lie).
func readPart(f *zip.File, fn func(io.Reader) error) error {
	if f.UncompressedSize64 > MaxPartSize {
		return fmt.Errorf("%s: %w (%d MB unpacked, the limit is %d MB)", f.Name, ErrZipBomb, f.UncompressedSize64>>20, MaxPartSize>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	defer rc.Close()
	lr := &limitReader{r: rc, left: MaxPartSize}
	if err := fn(lr); err != nil {
		if lr.over {
			return fmt.Errorf("%s: %w (more than %d MB unpacked)", f.Name, ErrZipBomb, MaxPartSize>>20)
		}
		if errors.Is(err, ErrZipBomb) || errors.Is(err, ErrDamaged) {
			return err
		}
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	// The XML may end before the member does: drain it so that a bad
	// checksum or a cut-off archive is still seen.
	if _, err := io.Copy(io.Discard, lr); err != nil {
		if lr.over {
			return fmt.Errorf("%s: %w (more than %d MB unpacked)", f.Name, ErrZipBomb, MaxPartSize>>20)
		}
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	return nil
}

type limitReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.over = true
		return 0, ErrZipBomb
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

type docxStyle struct {
	level int // outline level 1-9, 0 none
	bold  bool
}

// docxWalker collects paragraphs from the WordprocessingML of one part.
type docxWalker struct {
	styles map[string]docxStyle
	paras  []Paragraph
	// indented tells, for each paragraph, whether its text began with
	// spaces: the first-line indent of lines pasted from a PDF.
	indented []bool
	aside    []data.SetAside
}

func (w *docxWalker) readStyles(r io.Reader) error {
	dec := xml.NewDecoder(r)
	var id string
	var st docxStyle
	in := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "style":
				in, id, st = true, attr(t, "styleId"), docxStyle{}
			case "name":
				if in {
					st.level = headingLevel(attr(t, "val"))
				}
			case "outlineLvl":
				if in {
					st.level = outlineLevel(attr(t, "val"))
				}
			case "b":
				if in && on(t) {
					st.bold = true
				}
			}
		case xml.EndElement:
			if t.Name.Space == wordNS && t.Name.Local == "style" && in {
				w.styles[id] = st
				in = false
			}
		}
	}
}

// headingLevel reads "heading 2" or "标题 2" as 2.
func headingLevel(name string) int {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && n >= 1 && n <= 9 {
				return n
			}
		}
	}
	return 0
}

// outlineLevel turns w:outlineLvl (0-based, 9 = body text) into Level.
func outlineLevel(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 8 {
		return 0
	}
	return n + 1
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// on reads a toggle property such as <w:b/> or <w:b w:val="0"/>.
func on(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// readBody walks a part in document order. Block content (paragraphs,
// tables, content controls, text boxes) may nest; the walk is a loop over
// tokens with a little state, never recursion on untrusted depth.
func (w *docxWalker) readBody(r io.Reader) error {
	dec := xml.NewDecoder(r)
	var (
		para      *docxPara   // the paragraph being read, nil between
		stack     []*docxPara // paragraphs interrupted by a text box
		skip      int         // depth inside deleted text or an mc:Fallback
		inText    bool
		runBold   bool
		inRunProp bool
		inParProp bool
		row       []string // cells of the table row being read
		cell      []string // paragraphs of the cell being read
		tableRows []int    // nesting of tables: depth of cells open
		footID    string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			if t.Name.Local == "Fallback" && t.Name.Space != wordNS {
				skip = 1 // mc:AlternateContent: the Choice holds the same text
				continue
			}
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "del", "moveFrom", "instrText", "delInstrText":
				skip = 1
			case "footnote", "endnote":
				footID = attr(t, "id")
				if n, err := strconv.Atoi(footID); err == nil && n <= 0 {
					skip = 1 // separator notes
				}
			case "p":
				if para != nil {
					stack = append(stack, para)
				}
				para = &docxPara{allBold: true}
			case "pPr":
				inParProp = true
			case "pStyle":
				if para != nil && inParProp {
					st := w.styles[attr(t, "val")]
					para.level, para.styleBold = st.level, st.bold
				}
			case "outlineLvl":
				if para != nil && inParProp {
					para.level = outlineLevel(attr(t, "val"))
				}
			case "r":
				runBold = false
			case "rPr":
				inRunProp = !inParProp
			case "rStyle":
				if inRunProp && w.styles[attr(t, "val")].bold {
					runBold = true
				}
			case "b":
				if inRunProp {
					runBold = on(t)
				}
			case "t":
				inText = true
			case "tab", "ptab":
				if para != nil && !inParProp {
					para.add("\t", runBold)
				}
			case "br", "cr":
				if para != nil && attr(t, "type") != "column" {
					para.lineBreak()
				}
			case "noBreakHyphen":
				if para != nil {
					para.add("-", runBold)
				}
			case "sym":
				if para != nil {
					// Symbol fonts' characters (F000–F0FF) have no meaning
					// outside their font: they are left out.
					if n, err := strconv.ParseUint(attr(t, "char"), 16, 32); err == nil && n >= 0x20 && (n < 0xF000 || n > 0xF0FF) && n <= unicode.MaxRune {
						para.add(string(rune(n)), runBold)
					}
				}
			case "footnoteReference", "endnoteReference":
				w.aside = append(w.aside, data.SetAside{Text: attr(t, "id"), Reason: data.AsideFootnote})
			case "tbl":
				tableRows = append(tableRows, 0)
			case "tr":
				if len(tableRows) == 1 {
					row = row[:0]
				}
			case "tc":
				if len(tableRows) == 1 {
					cell = cell[:0]
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			if t.Name.Space != wordNS {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "pPr":
				inParProp = false
			case "rPr":
				inRunProp = false
			case "p":
				if para == nil {
					continue
				}
				lines, indented := para.finish()
				if len(tableRows) > 0 {
					cell = append(cell, lines...)
				} else {
					for i, l := range lines {
						p := Paragraph{Text: l, Level: para.level, Bold: para.bold()}
						if footID != "" {
							p.Text = "[" + footID + "] " + p.Text
						}
						w.paras = append(w.paras, p)
						w.indented = append(w.indented, indented[i])
					}
				}
				para = nil
				if n := len(stack); n > 0 {
					para, stack = stack[n-1], stack[:n-1]
				}
			case "tc":
				if len(tableRows) == 1 {
					row = append(row, strings.Join(cell, " "))
				}
			case "tr":
				if len(tableRows) == 1 {
					text := strings.TrimRight(strings.Join(row, "\t"), "\t")
					if strings.TrimSpace(text) != "" {
						w.paras = append(w.paras, Paragraph{Text: text, Table: true})
						w.indented = append(w.indented, false)
					}
				}
			case "tbl":
				if n := len(tableRows); n > 0 {
					tableRows = tableRows[:n-1]
				}
			case "footnote", "endnote":
				footID = ""
			}
		case xml.CharData:
			if inText && para != nil && skip == 0 {
				para.add(string(t), runBold)
			}
		}
	}
	return nil
}

// docxPara gathers the text of one w:p; a line break inside it starts a
// new line, and each line becomes a paragraph of its own (data/parse reads
// lines).
type docxPara struct {
	lines     []string
	cur       strings.Builder
	level     int
	styleBold bool
	allBold   bool
	anyText   bool
}

func (p *docxPara) add(s string, bold bool) {
	if strings.TrimSpace(s) != "" {
		p.anyText = true
		if !bold && !p.styleBold {
			p.allBold = false
		}
	}
	p.cur.WriteString(s)
}

func (p *docxPara) lineBreak() {
	p.lines = append(p.lines, p.cur.String())
	p.cur.Reset()
}

// finish returns the paragraph's lines, trimmed, and whether each began
// with white space.
func (p *docxPara) finish() ([]string, []bool) {
	p.lineBreak()
	var out []string
	var indented []bool
	for _, l := range p.lines {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
			indented = append(indented, t != strings.TrimRightFunc(l, unicode.IsSpace))
		}
	}
	return out, indented
}

func (p *docxPara) bold() bool { return p.anyText && p.allBold }
