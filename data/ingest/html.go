package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"pledgereview/data"
)

// decodeHTML finds a saved page's encoding: a byte-order mark, valid UTF-8
// (pages re-saved as UTF-8 often keep their old <meta charset=gb2312>),
// the <meta> charset, else GB18030.
func decodeHTML(raw []byte) (string, string, error) {
	if bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) || utf8.Valid(raw) {
		return decodeText(raw)
	}
	if enc, name, _ := charset.DetermineEncoding(raw, ""); enc != nil && name != "windows-1252" && name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(raw); err == nil {
			return string(out), name, nil
		}
	}
	return decodeText(raw)
}

// articleHints are the ids and classes that government sites give the
// block holding a document's text.
var articleHints = regexp.MustCompile(`(?i)^(trs_editor|zoom|article|content|contents|main-content|article-content|art_con|artcon|pages_content|detail|details|text|zw|con|textcontent|news_content|wzcon|view|maincontent|bt_content|fontzoom|custom_unionstyle)$`)

// chromeHints are the ids and classes of a page's navigation and chrome.
var chromeHints = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|menu|breadcrumb|crumb|header|footer|foot|sidebar|side|share|copyright|toolbar|topbar|links|related|position|location|dqwz)([-_ ]|\d|$)`)

func readHTML(raw []byte) (*Document, error) {
	s, enc, err := decodeHTML(raw)
	if err != nil {
		return nil, err
	}
	// The parsed tree costs many times the page: a page past four times
	// the text a report may hold is refused before it is parsed.
	if len(s) > 4*MaxTextSize {
		return nil, fmt.Errorf("%w (%d MB of web page, the limit is %d MB)", ErrTooMuchText, len(s)>>20, 4*MaxTextSize>>20)
	}
	if htmlElements(s) > MaxHTMLElements {
		return nil, fmt.Errorf("%w (more than %d elements in the web page)", ErrTooMuchText, MaxHTMLElements)
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	d := &Document{Format: "html", Encoding: enc}
	body := findBody(root)
	article := findArticle(body)
	h := &htmlWalker{article: article}
	// A page's title heading often stands above the article's block.
	if title := titleOutside(body, article); title != nil {
		h.title = title
		h.walk(title)
		h.flush()
	}
	h.skipTitle = true
	h.walk(body)
	h.flush()
	d.Paragraphs = rejoinParagraphs(h.paras, h.indented)
	d.SetAside = h.aside
	if len(d.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return d, nil
}

// MaxHTMLElements bounds the elements of a web page: a saved report page
// holds a few thousand; each costs a node of the parsed tree (1.8 million
// <p> took a gigabyte and half a minute).
const MaxHTMLElements = 200_000

// htmlElements counts the start tags of a page, without building a tree;
// it stops counting past MaxHTMLElements.
func htmlElements(s string) int {
	z := html.NewTokenizer(strings.NewReader(s))
	n := 0
	for n <= MaxHTMLElements {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
		}
	}
	return n
}

func findBody(root *html.Node) *html.Node {
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n
		}
	}
	return root
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isChrome tells the elements that are a page's navigation, not its text.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Menu:
		return true
	}
	if role := attrOf(n, "role"); role == "navigation" || role == "banner" || role == "contentinfo" {
		return true
	}
	return chromeHints.MatchString(attrOf(n, "id")) || chromeHints.MatchString(attrOf(n, "class"))
}

// isHidden tells the elements whose text is never shown.
func isHidden(n *html.Node) bool {
	if n.Type == html.CommentNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Iframe, atom.Svg, atom.Object, atom.Select, atom.Button, atom.Input, atom.Textarea:
		return true
	}
	return strings.Contains(strings.ReplaceAll(strings.ToLower(attrOf(n, "style")), " ", ""), "display:none")
}

// findArticle picks the block that holds the document: the element named
// like an article's block with the most text, else the element whose own
// paragraphs (its children, not deeper) hold the most text.
func findArticle(body *html.Node) *html.Node {
	var s articleSearch
	s.visit(body, false)
	return s.pick(body)
}

// articleSearch holds the best candidates for the article block seen so
// far: by its name, and by the text of its own paragraphs.
type articleSearch struct {
	named, best           *html.Node
	namedScore, bestScore int
}

// visit considers n and the elements under it, leaving out what is hidden
// and what is inside the page's chrome.
func (s *articleSearch) visit(n *html.Node, chrome bool) {
	if isHidden(n) {
		return
	}
	chrome = chrome || isChrome(n)
	if n.Type == html.ElementNode && !chrome {
		s.consider(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.visit(c, chrome)
	}
}

func (s *articleSearch) consider(n *html.Node) {
	if articleHints.MatchString(attrOf(n, "id")) || hasClass(n, articleHints) {
		if t := textLen(n); t > s.namedScore {
			s.named, s.namedScore = n, t
		}
	}
	if score := ownParagraphsLen(n); score > s.bestScore {
		s.best, s.bestScore = n, score
	}
}

// pick gives the named block when it holds a fair share of the text
// ("content" may also name a small box), else the block with the most
// text in its own paragraphs, else the body.
func (s *articleSearch) pick(body *html.Node) *html.Node {
	if s.named != nil && s.namedScore*2 >= s.bestScore {
		return s.named
	}
	if s.best == nil {
		return body
	}
	return s.best
}

// ownParagraphsLen counts the text of n's own paragraphs: its text
// children and its children that are paragraphs.
func ownParagraphsLen(n *html.Node) int {
	score := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			score += utf8.RuneCountInString(strings.TrimSpace(c.Data))
		case isParagraphElement(c):
			score += textLen(c)
		}
	}
	return score
}

// isParagraphElement tells a <p>, or a <div> that holds only text.
func isParagraphElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.P {
		return true
	}
	return n.DataAtom == atom.Div && n.FirstChild != nil && n.FirstChild.NextSibling == nil && n.FirstChild.Type == html.TextNode
}

func hasClass(n *html.Node, re *regexp.Regexp) bool {
	for _, c := range strings.Fields(attrOf(n, "class")) {
		if re.MatchString(c) {
			return true
		}
	}
	return false
}

func textLen(n *html.Node) int {
	t := 0
	for c := range n.Descendants() {
		if c.Type == html.TextNode && !hiddenAncestor(c, n) {
			t += utf8.RuneCountInString(strings.TrimSpace(c.Data))
		}
	}
	return t
}

func hiddenAncestor(n, top *html.Node) bool {
	for p := n.Parent; p != nil && p != top.Parent; p = p.Parent {
		if isHidden(p) {
			return true
		}
	}
	return false
}

// titleOutside is the page's first h1 (else h2) when the article block
// does not hold one and it stands outside the navigation.
func titleOutside(body, article *html.Node) *html.Node {
	if article == body {
		return nil
	}
	for _, a := range []atom.Atom{atom.H1, atom.H2} {
		for n := range article.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == a {
				return nil
			}
		}
		for n := range body.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == a && !inChrome(n) && !within(n, article) && textLen(n) > 0 {
				return n
			}
		}
	}
	return nil
}

func inChrome(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if isChrome(p) || isHidden(p) {
			return true
		}
	}
	return false
}

// chromeBelow tells text inside a chrome element that stands within top.
func chromeBelow(n, top *html.Node) bool {
	for p := n.Parent; p != nil && p != top; p = p.Parent {
		if isChrome(p) {
			return true
		}
	}
	return false
}

func within(n, top *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == top {
			return true
		}
	}
	return false
}

// htmlWalker turns the article block into paragraphs and every other
// shown text of the page into set-aside navigation.
type htmlWalker struct {
	article   *html.Node
	title     *html.Node // a title above the article block
	skipTitle bool       // the title was read
	paras     []Paragraph
	indented  []bool
	aside     []data.SetAside

	cur       strings.Builder
	curBold   bool // every text of the paragraph so far is bold
	curLevel  int
	curAside  bool
	curIndent bool
	row       []string
	inRow     bool
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Section, atom.Article, atom.Main, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Tr, atom.Center, atom.Figure, atom.Figcaption, atom.Form, atom.Fieldset,
		atom.Address, atom.Hr, atom.Caption, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Body:
		return true
	}
	return false
}

func headingLevelOf(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// walk reads n in document order.
func (h *htmlWalker) walk(n *html.Node) {
	if isHidden(n) || h.skipTitle && n == h.title {
		return
	}
	switch n.Type {
	case html.TextNode:
		h.text(n)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			h.walk(c)
		}
		return
	}
	switch n.DataAtom {
	case atom.Br:
		h.flush()
		return
	case atom.Tr:
		if !h.inRow && within(n, h.article) {
			h.tableRow(n)
			return
		}
	}
	block := isBlock(n.DataAtom) && !h.inRow
	if block {
		h.flush()
		h.curLevel = headingLevelOf(n.DataAtom)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c)
	}
	if block {
		h.flush()
	}
}

// tableRow reads a row of the article's table: its cells joined by a tab.
func (h *htmlWalker) tableRow(n *html.Node) {
	h.flush()
	h.inRow, h.row = true, h.row[:0]
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			h.walk(c)
			h.row = append(h.row, collapse(h.cur.String()))
			h.cur.Reset()
		}
	}
	h.inRow = false
	if text := strings.TrimRight(strings.Join(h.row, "\t"), "\t"); strings.TrimSpace(text) != "" {
		h.paras = append(h.paras, Paragraph{Text: text, Table: true})
		h.indented = append(h.indented, false)
	}
}

func (h *htmlWalker) text(n *html.Node) {
	t := n.Data
	if strings.TrimSpace(t) == "" {
		if h.cur.Len() > 0 {
			h.cur.WriteByte(' ')
		}
		return
	}
	if h.cur.Len() == 0 && !h.inRow {
		// Outside the article block (and its title) is the page's chrome,
		// and so is a menu inside it: the block is the whole <body> when
		// the paragraphs stand there, <nav> and all.
		h.curAside = !within(n, h.article) && (h.title == nil || !within(n, h.title)) || chromeBelow(n, h.article)
		h.curBold = true
		h.curIndent = strings.TrimLeftFunc(t, unicode.IsSpace) != t
	}
	if !boldAncestor(n) {
		h.curBold = false
	}
	h.cur.WriteString(t)
}

func boldAncestor(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode {
			switch p.DataAtom {
			case atom.B, atom.Strong, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				return true
			case atom.P, atom.Div, atom.Td, atom.Li, atom.Body:
				return false
			}
		}
	}
	return false
}

// flush ends the paragraph being read.
func (h *htmlWalker) flush() {
	if h.inRow {
		return
	}
	text := collapse(h.cur.String())
	h.cur.Reset()
	level := h.curLevel
	h.curLevel = 0
	if text == "" {
		return
	}
	if h.curAside {
		h.aside = append(h.aside, data.SetAside{Text: text, Reason: data.AsideNavigation})
	} else {
		h.paras = append(h.paras, Paragraph{Text: text, Level: level, Bold: h.curBold && level == 0})
		h.indented = append(h.indented, h.curIndent)
	}
}

var spaceRun = regexp.MustCompile(`[\s\p{Zs}]+`)

// collapse folds white space as a browser shows it: a run of it is one
// space, and a line break between two hanzi is none (CSS drops it too).
func collapse(s string) string {
	var sb strings.Builder
	last := 0
	for _, m := range spaceRun.FindAllStringIndex(s, -1) {
		sb.WriteString(s[last:m[0]])
		last = m[1]
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		after, _ := utf8.DecodeRuneInString(s[m[1]:])
		if m[0] == 0 || m[1] == len(s) || strings.ContainsAny(s[m[0]:m[1]], "\n\r") && wide(before) && wide(after) {
			continue
		}
		sb.WriteByte(' ')
	}
	sb.WriteString(s[last:])
	return sb.String()
}

func wide(r rune) bool { return r >= 0x2E80 }
