package ingest

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// docxWalker collects paragraphs from the WordprocessingML of one part.
type docxWalker struct {
	styles map[string]docxStyle
	paras  []Paragraph
	// indented tells, for each paragraph, whether its text began with
	// spaces: the first-line indent of lines pasted from a PDF.
	indented []bool
	aside    []data.SetAside
	// textSize is the bytes of text met so far; past MaxTextSize the rest
	// is only walked, not kept, and the document is refused.
	textSize int
}

// readBody walks a part in document order. Block content (paragraphs,
// tables, content controls, text boxes) may nest; the walk is a loop over
// tokens with a little state, never recursion on untrusted depth.
func (w *docxWalker) readBody(r io.Reader) error {
	b := &bodyReader{w: w}
	return walkTokens(r, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			b.start(t)
		case xml.EndElement:
			b.end(t)
		case xml.CharData:
			b.text(t)
		}
	})
}

// bodyReader is the state of one walk over a part, one small struct per
// concern.
type bodyReader struct {
	w      *docxWalker
	skip   int // depth inside deleted text or an mc:Fallback
	para   paraState
	run    runState
	table  tableState
	footID string // the id of the footnote or endnote being read
}

// paraState is the paragraph being read, nil between paragraphs, and the
// paragraphs a text box interrupted.
type paraState struct {
	cur    *docxPara
	stack  []*docxPara
	inProp bool // inside w:pPr
}

// runState is the w:r being read.
type runState struct {
	inText bool // inside w:t
	bold   bool
	inProp bool // inside the run's own w:rPr
}

// tableState is the table row being read. Only the rows of an outermost
// table become paragraphs; a nested table's text joins its cell.
type tableState struct {
	depth int      // tables open
	row   []string // cells of the row being read
	cell  []string // paragraphs of the cell being read
}

// bodyStarts and bodyEnds dispatch the w: elements the walk cares about;
// any other element is walked through for its text.
var (
	bodyStarts = map[string]func(*bodyReader, xml.StartElement){
		"del":               (*bodyReader).skipElement,
		"moveFrom":          (*bodyReader).skipElement,
		"instrText":         (*bodyReader).skipElement,
		"delInstrText":      (*bodyReader).skipElement,
		"footnote":          (*bodyReader).startNote,
		"endnote":           (*bodyReader).startNote,
		"p":                 (*bodyReader).startPara,
		"pPr":               (*bodyReader).startParaProps,
		"pStyle":            (*bodyReader).paraStyle,
		"outlineLvl":        (*bodyReader).paraOutline,
		"r":                 (*bodyReader).startRun,
		"rPr":               (*bodyReader).startRunProps,
		"rStyle":            (*bodyReader).runStyle,
		"b":                 (*bodyReader).runBold,
		"t":                 (*bodyReader).startText,
		"tab":               (*bodyReader).tab,
		"ptab":              (*bodyReader).tab,
		"br":                (*bodyReader).lineBreak,
		"cr":                (*bodyReader).lineBreak,
		"noBreakHyphen":     (*bodyReader).noBreakHyphen,
		"sym":               (*bodyReader).symbol,
		"footnoteReference": (*bodyReader).noteReference,
		"endnoteReference":  (*bodyReader).noteReference,
		"tbl":               (*bodyReader).startTable,
		"tr":                (*bodyReader).startRow,
		"tc":                (*bodyReader).startCell,
	}
	bodyEnds = map[string]func(*bodyReader){
		"t":        (*bodyReader).endText,
		"pPr":      (*bodyReader).endParaProps,
		"rPr":      (*bodyReader).endRunProps,
		"p":        (*bodyReader).endPara,
		"tc":       (*bodyReader).endCell,
		"tr":       (*bodyReader).endRow,
		"tbl":      (*bodyReader).endTable,
		"footnote": (*bodyReader).endNote,
		"endnote":  (*bodyReader).endNote,
	}
)

func (b *bodyReader) start(t xml.StartElement) {
	switch {
	case b.skip > 0:
		b.skip++
	case t.Name.Local == "Fallback" && t.Name.Space != wordNS:
		b.skip = 1 // mc:AlternateContent: the Choice holds the same text
	case t.Name.Space == wordNS:
		if h := bodyStarts[t.Name.Local]; h != nil {
			h(b, t)
		}
	}
}

func (b *bodyReader) end(t xml.EndElement) {
	if b.skip > 0 {
		b.skip--
		return
	}
	if t.Name.Space != wordNS {
		return
	}
	if h := bodyEnds[t.Name.Local]; h != nil {
		h(b)
	}
}

func (b *bodyReader) text(t xml.CharData) {
	if b.run.inText && b.para.cur != nil && b.skip == 0 {
		if b.w.textSize += len(t); b.w.textSize > MaxTextSize {
			return
		}
		b.para.cur.add(string(t), b.run.bold)
	}
}

func (b *bodyReader) skipElement(xml.StartElement) { b.skip = 1 }

func (b *bodyReader) startNote(t xml.StartElement) {
	b.footID = attr(t, "id")
	if n, err := strconv.Atoi(b.footID); err == nil && n <= 0 {
		b.skip = 1 // separator notes
	}
}

func (b *bodyReader) endNote() { b.footID = "" }

func (b *bodyReader) noteReference(t xml.StartElement) {
	b.w.aside = append(b.w.aside, data.SetAside{Text: attr(t, "id"), Reason: data.AsideFootnote})
}

// Paragraphs and their properties.

func (b *bodyReader) startPara(xml.StartElement) {
	if b.para.cur != nil {
		b.para.stack = append(b.para.stack, b.para.cur)
	}
	b.para.cur = &docxPara{allBold: true}
}

func (b *bodyReader) startParaProps(xml.StartElement) { b.para.inProp = true }
func (b *bodyReader) endParaProps()                   { b.para.inProp = false }

// inParaProps tells whether the walk is in the properties of a paragraph.
func (b *bodyReader) inParaProps() bool { return b.para.cur != nil && b.para.inProp }

func (b *bodyReader) paraStyle(t xml.StartElement) {
	if b.inParaProps() {
		st := b.w.styles[attr(t, "val")]
		b.para.cur.level, b.para.cur.styleBold = st.level, st.bold
	}
}

func (b *bodyReader) paraOutline(t xml.StartElement) {
	if b.inParaProps() {
		b.para.cur.level = outlineLevel(attr(t, "val"))
	}
}

// endPara ends the paragraph being read: its lines go to the table cell
// being read or become paragraphs, and an interrupted paragraph resumes.
func (b *bodyReader) endPara() {
	p := b.para.cur
	if p == nil {
		return
	}
	lines, indented, runs := p.finish()
	if b.table.depth > 0 {
		b.table.cell = append(b.table.cell, lines...)
	} else {
		b.addLines(p, lines, indented, runs)
	}
	b.para.cur = nil
	if n := len(b.para.stack); n > 0 {
		b.para.cur, b.para.stack = b.para.stack[n-1], b.para.stack[:n-1]
	}
}

// addLines makes each line of p a paragraph; a note's lines start with
// the note's id.
func (b *bodyReader) addLines(p *docxPara, lines []string, indented []bool, runs []boldRuns) {
	for i, l := range lines {
		para := Paragraph{Text: l, Level: p.level, Bold: p.bold()}
		if b.footID != "" {
			para.Text = "[" + b.footID + "] " + para.Text
		} else if !para.Bold {
			para.BoldRuns = runs[i].partial(utf8.RuneCountInString(l))
		}
		b.w.paras = append(b.w.paras, para)
		b.w.indented = append(b.w.indented, indented[i])
	}
}

// Runs and what they hold.

func (b *bodyReader) startRun(xml.StartElement) { b.run.bold = false }

func (b *bodyReader) startRunProps(xml.StartElement) { b.run.inProp = !b.para.inProp }
func (b *bodyReader) endRunProps()                   { b.run.inProp = false }

func (b *bodyReader) runStyle(t xml.StartElement) {
	if b.run.inProp && b.w.styles[attr(t, "val")].bold {
		b.run.bold = true
	}
}

func (b *bodyReader) runBold(t xml.StartElement) {
	if b.run.inProp {
		b.run.bold = on(t)
	}
}

func (b *bodyReader) startText(xml.StartElement) { b.run.inText = true }
func (b *bodyReader) endText()                   { b.run.inText = false }

func (b *bodyReader) tab(xml.StartElement) {
	if b.para.cur != nil && !b.para.inProp {
		b.para.cur.add("\t", b.run.bold)
	}
}

func (b *bodyReader) lineBreak(t xml.StartElement) {
	if b.para.cur != nil && attr(t, "type") != "column" {
		b.para.cur.lineBreak()
	}
}

func (b *bodyReader) noBreakHyphen(xml.StartElement) {
	if b.para.cur != nil {
		b.para.cur.add("-", b.run.bold)
	}
}

func (b *bodyReader) symbol(t xml.StartElement) {
	if b.para.cur == nil {
		return
	}
	if r, ok := symbolChar(attr(t, "char")); ok {
		b.para.cur.add(string(r), b.run.bold)
	}
}

// symbolChar reads the hex char of a w:sym. Symbol fonts' characters
// (F000–F0FF) have no meaning outside their font: they are left out, as
// are control characters and what is not a character at all.
func symbolChar(hex string) (rune, bool) {
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || n < 0x20 || n > unicode.MaxRune {
		return 0, false
	}
	if n >= 0xF000 && n <= 0xF0FF {
		return 0, false
	}
	return rune(n), true
}

// Tables: each row of an outermost table becomes one paragraph, its cells
// joined by a tab.

func (b *bodyReader) startTable(xml.StartElement) { b.table.depth++ }

func (b *bodyReader) endTable() {
	if b.table.depth > 0 {
		b.table.depth--
	}
}

func (b *bodyReader) startRow(xml.StartElement) {
	if b.table.depth == 1 {
		b.table.row = b.table.row[:0]
	}
}

func (b *bodyReader) startCell(xml.StartElement) {
	if b.table.depth == 1 {
		b.table.cell = b.table.cell[:0]
	}
}

func (b *bodyReader) endCell() {
	if b.table.depth == 1 {
		b.table.row = append(b.table.row, strings.Join(b.table.cell, " "))
	}
}

func (b *bodyReader) endRow() {
	if b.table.depth != 1 {
		return
	}
	text := strings.TrimRight(strings.Join(b.table.row, "\t"), "\t")
	if strings.TrimSpace(text) != "" {
		b.w.paras = append(b.w.paras, Paragraph{Text: text, Table: true})
		b.w.indented = append(b.w.indented, false)
	}
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
	// runs are the bold stretches of the line being read (curLen runes so
	// far) and lineRuns those of the lines before it.
	runs     boldRuns
	curLen   int
	lineRuns []boldRuns
}

func (p *docxPara) add(s string, bold bool) {
	if strings.TrimSpace(s) != "" {
		p.anyText = true
		if !bold && !p.styleBold {
			p.allBold = false
		}
	}
	n := utf8.RuneCountInString(s)
	if bold || p.styleBold {
		p.runs = p.runs.add(p.curLen, p.curLen+n)
	}
	p.curLen += n
	p.cur.WriteString(s)
}

func (p *docxPara) lineBreak() {
	p.lines = append(p.lines, p.cur.String())
	p.lineRuns = append(p.lineRuns, p.runs)
	p.cur.Reset()
	p.runs, p.curLen = nil, 0
}

// finish returns the paragraph's lines, trimmed, whether each began with
// white space, and the bold runs of each line that is only partly bold.
func (p *docxPara) finish() ([]string, []bool, []boldRuns) {
	p.lineBreak()
	var out []string
	var indented []bool
	var runs []boldRuns
	for i, l := range p.lines {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
			lead := strings.TrimLeftFunc(l, unicode.IsSpace)
			indented = append(indented, t != strings.TrimRightFunc(l, unicode.IsSpace))
			runs = append(runs, p.lineRuns[i].within(utf8.RuneCountInString(l)-utf8.RuneCountInString(lead), utf8.RuneCountInString(t)))
		}
	}
	return out, indented, runs
}

func (p *docxPara) bold() bool { return p.anyText && p.allBold }
