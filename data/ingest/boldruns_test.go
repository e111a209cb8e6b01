package ingest

import (
	"path/filepath"
	"slices"
	"testing"
)

// boldTexts is the text of every bold span of a document.
func boldTexts(d *Document) []string {
	rs := []rune(d.Text())
	var out []string
	for _, s := range d.BoldSpans() {
		out = append(out, string(rs[s.Start:s.End]))
	}
	return out
}

// TestDocxBoldRunsOfOneParagraph: 泸州 is one Word paragraph whose
// headings are bold runs; they reach data/parse as spans of the text.
func TestDocxBoldRunsOfOneParagraph(t *testing.T) {
	d := readFile(t, filepath.Join(corpusDir(t), "cities", "luzhou-2024.docx"))
	if len(d.Paragraphs) != 1 {
		t.Fatalf("%d paragraphs, want the one of the file", len(d.Paragraphs))
	}
	got := boldTexts(d)
	for _, want := range []string{
		"2023年工作回顾",
		"（二）持续壮大实体经济，现代化产业体系加快构建。",
		"2024年工作安排建议",
		"一、聚焦抓项目增效益，持续巩固经济回升势头",
		"切实加强政府自身建设",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("bold %q not among the spans %q", want, got)
		}
	}
}

// TestDocxBoldRunsInMixedParagraph: only a partly bold paragraph carries
// runs, in runes of its trimmed text.
func TestDocxBoldRunsInMixedParagraph(t *testing.T) {
	doc := docHead +
		`<w:p><w:r><w:t xml:space="preserve">  前文。</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>二、标题</w:t></w:r><w:r><w:t>正文。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>全粗</w:t></w:r></w:p>` +
		docTail
	d, err := Read("r.docx", makeDocx(t, map[string]string{"word/document.xml": doc}))
	if err != nil {
		t.Fatal(err)
	}
	if got := boldTexts(d); !slices.Equal(got, []string{"二、标题"}) {
		t.Errorf("bold spans %q, want [二、标题]", got)
	}
	if !d.Paragraphs[1].Bold || d.Paragraphs[1].BoldRuns != nil {
		t.Errorf("a wholly bold paragraph: %+v", d.Paragraphs[1])
	}
}
