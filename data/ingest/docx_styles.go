package ingest

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

type docxStyle struct {
	level int // outline level 1-9, 0 none
	bold  bool
}

// styleReader is the state of a walk over word/styles.xml: the w:style
// being read, if any.
type styleReader struct {
	in bool
	id string
	st docxStyle
}

func (w *docxWalker) readStyles(r io.Reader) error {
	var s styleReader
	return walkTokens(r, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == wordNS {
				s.start(t)
			}
		case xml.EndElement:
			if t.Name.Space == wordNS && t.Name.Local == "style" && s.in {
				w.styles[s.id] = s.st
				s.in = false
			}
		}
	})
}

// start reads the w: elements of a style that tell its level and its bold.
func (s *styleReader) start(t xml.StartElement) {
	if t.Name.Local == "style" {
		s.in, s.id, s.st = true, attr(t, "styleId"), docxStyle{}
		return
	}
	if !s.in {
		return
	}
	switch t.Name.Local {
	case "name":
		s.st.level = headingLevel(attr(t, "val"))
	case "outlineLvl":
		s.st.level = outlineLevel(attr(t, "val"))
	case "b":
		if on(t) {
			s.st.bold = true
		}
	}
}

// walkTokens feeds fn each token of the XML in r, to its end.
func walkTokens(r io.Reader, fn func(xml.Token)) error {
	dec := xml.NewDecoder(r)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		fn(tok)
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
