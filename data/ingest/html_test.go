package ingest

import (
	"html"
	"reflect"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/text/encoding/simplifiedchinese"

	"pledgereview/data"
)

// govPage lays the 广东 report out as a provincial government site
// publishes it: a menu, a breadcrumb, the title above a TRS_Editor block
// of <p> with full-width indents, bold headings, scripts, a footer.
func govPage(t *testing.T, meta string) (page string, want []Paragraph) {
	t.Helper()
	_, raw := corpusFile(t, "provinces-2025", ".docx", "广东")
	d, err := Read("gd.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html><head>` + meta + `<title>2025年广东省政府工作报告_广东省人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script><style>.nav{color:red}</style></head><body>
<div class="header"><div class="logo">广东省人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
<div class="main"><h1 class="title">` + html.EscapeString(d.Paragraphs[0].Text) + `</h1>
<div class="info">发布时间：2025-01-20 来源：南方日报 <span id="fontzoom-tools">【字体：大 中 小】</span></div>
<div class="TRS_Editor" id="zoom">
`)
	want = append(want, Paragraph{Text: d.Paragraphs[0].Text, Level: 1})
	for _, p := range d.Paragraphs[1:] {
		text := html.EscapeString(p.Text)
		if p.Bold {
			sb.WriteString("<p style=\"text-align:center\"><strong>" + text + "</strong></p>\n")
		} else {
			sb.WriteString("<p>\u3000\u3000" + text + "</p>\n")
		}
		want = append(want, Paragraph{Text: p.Text, Bold: p.Bold})
	}
	sb.WriteString(`<script>share("微信分享");</script></div></div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办：广东省人民政府办公厅 版权所有</p><p>粤ICP备05070829号</p></div>
</body></html>`)
	return sb.String(), want
}

func TestHTMLGovernmentPage(t *testing.T) {
	page, want := govPage(t, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`)
	gbPage, _ := govPage(t, `<meta charset="gb18030">`)
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(gbPage)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, raw, enc string }{
		{"gb18030 as its meta says", gb, "gb18030"},
		{"utf-8 under an old gb2312 meta", page, "utf-8"},
	} {
		d, err := Read("report.html", []byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Encoding != c.enc {
			t.Errorf("%s: encoding %q", c.name, d.Encoding)
		}
		if !reflect.DeepEqual(d.Paragraphs, want) {
			for i := range min(len(d.Paragraphs), len(want)) {
				if !reflect.DeepEqual(d.Paragraphs[i], want[i]) {
					t.Errorf("%s: paragraph %d: got %+v, want %+v", c.name, i, d.Paragraphs[i], want[i])
					break
				}
			}
			t.Fatalf("%s: %d paragraphs, want %d", c.name, len(d.Paragraphs), len(want))
		}
		var aside []string
		for _, s := range d.SetAside {
			if s.Reason != data.AsideNavigation {
				t.Errorf("%s: set aside %+v, want navigation", c.name, s)
			}
			aside = append(aside, s.Text)
		}
		all := strings.Join(aside, "|")
		for _, w := range []string{"首页", "当前位置", "发布时间", "分享到", "粤ICP备05070829号"} {
			if !strings.Contains(all, w) {
				t.Errorf("%s: %q not set aside: %q", c.name, w, all)
			}
		}
		if g, w := sortedRunes(d.Text()+strings.Join(aside, "")), sortedRunes(shownText(t, page)); g != w {
			t.Errorf("%s: %d non-space runes read, the page shows %d", c.name, len([]rune(g)), len([]rune(w)))
		}
		if strings.Contains(d.Text()+all, "统计代码") || strings.Contains(d.Text()+all, "微信分享") {
			t.Errorf("%s: script text read", c.name)
		}
	}
}

func TestHTMLBlocks(t *testing.T) {
	page := `<html><body><div id="nav">导航</div><div class="article">
<h2>一、总体要求</h2><p>第一行<br>第二行</p><p><b>加粗</b>不加粗</p>
<table><tr><th>项目</th><th>目标</th></tr><tr><td>新增就业</td><td>110<br>万人</td></tr></table>
<ul><li>甲项</li><li>乙项</li></ul><p>中文
换行</p><div style="display:none">隐藏</div></div></body></html>`
	d, err := Read("a.htm", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{Text: "一、总体要求", Level: 2},
		{Text: "第一行"}, {Text: "第二行"},
		{Text: "加粗不加粗"},
		{Text: "项目\t目标", Table: true},
		{Text: "新增就业\t110万人", Table: true},
		{Text: "甲项"}, {Text: "乙项"},
		{Text: "中文换行"},
	}
	if !reflect.DeepEqual(d.Paragraphs, want) {
		t.Errorf("got %+v\nwant %+v", d.Paragraphs, want)
	}
	if len(d.SetAside) != 1 || d.SetAside[0].Text != "导航" {
		t.Errorf("set aside %+v", d.SetAside)
	}
}

// shownText is the text a browser shows of a page: its body without
// scripts and styles.
func shownText(t *testing.T, page string) string {
	z := xhtml.NewTokenizer(strings.NewReader(page))
	var sb strings.Builder
	hidden, body := 0, false
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return sb.String()
		case xhtml.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				hidden++
			case "body":
				body = true
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			if n := string(name); n == "script" || n == "style" {
				hidden--
			}
		case xhtml.TextToken:
			if body && hidden == 0 {
				sb.Write(z.Text())
			}
		}
	}
}
