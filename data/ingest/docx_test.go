package ingest

import (
	"pledgereview/data/ingest/hostile"

	"archive/zip"
	"bytes"
	"errors"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pledgereview/data"
)

func TestDocxCorpusReads(t *testing.T) {
	for _, f := range corpusFiles(t, "provinces-2025", ".docx") {
		d := readFile(t, f)
		if d.Format != "docx" || len(d.Paragraphs) < 50 {
			t.Errorf("%s: format %q, %d paragraphs", province(f), d.Format, len(d.Paragraphs))
		}
		if !strings.Contains(d.Paragraphs[0].Text, "政府工作报告") {
			t.Errorf("%s: first paragraph %q, want the title", province(f), d.Paragraphs[0].Text)
		}
		if !strings.HasPrefix(d.Text(), d.Paragraphs[0].Text+"\n"+d.Paragraphs[1].Text+"\n") {
			t.Errorf("%s: Text() is not one paragraph per line", province(f))
		}
	}
}

// wordText is every w:t of a part, in order: what Word shows.
var wordText = regexp.MustCompile(`<w:t(?:\s[^>]*)?>([^<]*)</w:t>`)

func TestDocxLosesNothing(t *testing.T) {
	for _, f := range corpusFiles(t, "provinces-2025", ".docx") {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		for _, m := range wordText.FindAllSubmatch(partOf(t, raw, "word/document.xml"), -1) {
			want.WriteString(html.UnescapeString(string(m[1])))
		}
		d := readFile(t, f)
		var got strings.Builder
		for _, p := range d.Paragraphs {
			got.WriteString(p.Text)
		}
		for _, s := range d.SetAside {
			if s.Reason != data.AsideFooter && s.Reason != data.AsideHeader && s.Reason != data.AsidePageNumber {
				got.WriteString(s.Text)
			}
		}
		if g, w := nonSpace(got.String()), nonSpace(want.String()); g != w {
			t.Errorf("%s: %d non-space runes read, the document holds %d", province(f), len([]rune(g)), len([]rune(w)))
		}
	}
}

func TestDocxGuangdongShape(t *testing.T) {
	var f string
	for _, p := range corpusFiles(t, "provinces-2025", ".docx") {
		if province(p) == "广东" {
			f = p
		}
	}
	d := readFile(t, f)
	want := map[string]bool{"2025年广东省政府工作报告": true, "一、2024年工作回顾": true}
	for _, p := range d.Paragraphs {
		if want[p.Text] && !p.Bold {
			t.Errorf("%q is bold in Word but not in the paragraph", p.Text)
		}
		delete(want, p.Text)
		if p.Text == "各位代表：" && p.Bold {
			t.Errorf("%q is not bold in Word", p.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("paragraphs missing: %v", want)
	}
	// The footer holds only a PAGE field: set aside, not in the body.
	if len(d.SetAside) != 1 || d.SetAside[0].Reason != data.AsidePageNumber {
		t.Errorf("set aside %+v, want the footer's page number", d.SetAside)
	}
}

// partOf unpacks one member of a zip held in raw.
func partOf(t *testing.T, raw []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// makeDocx builds a .docx of the given parts.
func makeDocx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docHead = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>`
const docTail = `</w:body></w:document>`

func TestDocxStructure(t *testing.T) {
	doc := docHead +
		`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、总体要求</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（一）加快</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> 建设。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>半粗</w:t></w:r><w:r><w:t>半细</w:t><w:footnoteReference w:id="1"/></w:r></w:p>` +
		`<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>新增就业</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>110万人</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>（二）大纲</w:t></w:r></w:p>` +
		docTail
	styles := `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles>`
	raw := makeDocx(t, map[string]string{
		"word/document.xml":  doc,
		"word/styles.xml":    styles,
		"word/footnotes.xml": `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="0"><w:p><w:r><w:t>sep</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>注释文字</w:t></w:r></w:p></w:footnote></w:footnotes>`,
		"word/header1.xml":   `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p></w:hdr>`,
	})
	d, err := Read("r.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{Text: "一、总体要求", Level: 1},
		{Text: "（一）加快 建设。", Bold: true},
		{Text: "半粗半细", BoldRuns: []data.Span{{Start: 0, End: 2}}},
		{Text: "第一行"},
		{Text: "第二行"},
		{Text: "保留插入"},
		{Text: "项目\t目标", Table: true},
		{Text: "新增就业\t110万人", Table: true},
		{Text: "（二）大纲", Level: 2},
	}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("got %+v", d.Paragraphs)
	}
	for i := range want {
		if !reflect.DeepEqual(d.Paragraphs[i], want[i]) {
			t.Errorf("paragraph %d: got %+v, want %+v", i, d.Paragraphs[i], want[i])
		}
	}
	wantAside := []data.SetAside{
		{Text: "1", Reason: data.AsideFootnote},
		{Text: "[1] 注释文字", Reason: data.AsideFootnote},
		{Text: "政府工作报告", Reason: data.AsideHeader},
	}
	if len(d.SetAside) != len(wantAside) {
		t.Fatalf("set aside %+v", d.SetAside)
	}
	for i := range wantAside {
		if d.SetAside[i] != wantAside[i] {
			t.Errorf("set aside %d: got %+v, want %+v", i, d.SetAside[i], wantAside[i])
		}
	}
}

func TestDocxRefusals(t *testing.T) {
	good, err := os.ReadFile(corpusFiles(t, "provinces-2025", ".docx")[0])
	if err != nil {
		t.Fatal(err)
	}
	bomb := makeDocx(t, map[string]string{"word/document.xml": docHead + strings.Repeat(" ", MaxPartSize+1) + docTail})
	noise := make([]byte, 4096)
	rand.NewChaCha8([32]byte{1}).Read(noise) // fixed seed: never "PK" or the OLE magic
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	cases := []struct {
		name, file string
		raw        []byte
		want       error
		words      string
	}{
		{"zip bomb", "r.docx", bomb, ErrZipBomb, "unpacks to far more"},
		{"overlapping members", "r.docx", hostile.OverlapDocx(2, 1<<20), ErrZipBomb, "word/document.xml and word/header01.xml share the same bytes"},
		{"members unpacking past the total", "r.docx", hostile.OverlapDocx(5, 60<<20), ErrZipBomb, "the limit is 256 MB"},
		{"doc named docx", "r.docx", ole, ErrWordDoc, "save it as .docx"},
		{"doc", "r.doc", ole, ErrWordDoc, "Word 97–2003"},
		{"not a zip", "r.docx", []byte("{\\rtf1 报告}"), ErrDamaged, "not a Word .docx file"},
		{"empty file", "r.docx", nil, ErrDamaged, "not a Word .docx file: damaged, or another kind of file"},
		{"random bytes", "r.docx", noise, ErrDamaged, "not a Word .docx file: damaged, or another kind of file"},
		{"truncated", "r.docx", good[:len(good)*2/3], ErrDamaged, "damaged"},
		{"no document", "r.docx", makeDocx(t, map[string]string{"a.txt": "x"}), ErrDamaged, "not a Word document"},
		{"bad xml", "r.docx", makeDocx(t, map[string]string{"word/document.xml": docHead + "<w:p>"}), ErrDamaged, "damaged"},
		{"empty", "r.docx", makeDocx(t, map[string]string{"word/document.xml": docHead + docTail}), ErrEmpty, "no text"},
	}
	for _, c := range cases {
		_, err := Read(c.file, c.raw)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.words) {
			t.Errorf("%s: got %v, want %v with %q", c.name, err, c.want, c.words)
		}
	}
	if len(bomb) > 1<<20 {
		t.Logf("bomb is %d bytes", len(bomb))
	}
}

// TestDocxRejoinsPastedLines: text copied out of a PDF and pasted into
// Word keeps one paragraph per printed line; they are joined back.
func TestDocxRejoinsPastedLines(t *testing.T) {
	_, raw := corpusFile(t, "provinces-2025", ".docx", "广东")
	want, err := Read("gd.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, line := range strings.Split(wrapAsPDF(want.Paragraphs[:60], 60), "\n") {
		if t := strings.TrimSpace(line); t == "" || isPageNumber(t) || t == "2025年广东省政府工作报告" && body.Len() > 0 {
			continue
		}
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(strings.TrimLeft(line, "\f")) + `</w:t></w:r></w:p>`)
	}
	got, err := Read("pasted.docx", makeDocx(t, map[string]string{"word/document.xml": docHead + body.String() + docTail}))
	if err != nil {
		t.Fatal(err)
	}
	var paragraphs []string
	for _, p := range got.Paragraphs {
		paragraphs = append(paragraphs, p.Text)
	}
	whole := 0
	for _, p := range want.Paragraphs[:60] {
		if slices.Contains(paragraphs, p.Text) {
			whole++
		}
	}
	if whole < 60 {
		t.Errorf("%d of 60 paragraphs found whole after pasting their lines into Word", whole)
	}
}

// TestDocxRunContent reads what runs hold besides text: tabs, hyphens,
// symbols, character styles, fields and alternate content, and the
// paragraphs of text boxes and nested tables.
func TestDocxRunContent(t *testing.T) {
	doc := docHead +
		`<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:noBreakHyphen/><w:t>丙</w:t>` +
		`<w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Symbol" w:char="2460"/><w:sym w:char="zz"/></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>着重</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>第</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>页</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>所选</w:t></mc:Choice><mc:Fallback><w:t>备用</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><w:t>框外</w:t><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent><w:t>续</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外格</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内格一</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`</w:tc><w:tc><w:p><w:r><w:t>右格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		docTail
	styles := `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`
	d, err := Read("r.docx", makeDocx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{Text: "甲\t乙-丙①"},
		{Text: "着重", Bold: true},
		{Text: "第页"},
		{Text: "所选"},
		{Text: "框内"},
		{Text: "框外续"},
		{Text: "外格 内格一 内格二\t右格", Table: true},
	}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("got %+v", d.Paragraphs)
	}
	for i := range want {
		if !reflect.DeepEqual(d.Paragraphs[i], want[i]) {
			t.Errorf("paragraph %d: got %+v, want %+v", i, d.Paragraphs[i], want[i])
		}
	}
}
