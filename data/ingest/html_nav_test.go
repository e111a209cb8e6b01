package ingest

import (
	"html"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestHTMLNavigationWithoutArticleBlock: a bare page (no block named like
// an article) with a <nav> above the <h1>: the menu is set aside as
// navigation and the h1 is the first paragraph, whichever way the
// report's paragraphs are laid out in its <div>.
func TestHTMLNavigationWithoutArticleBlock(t *testing.T) {
	var f string
	for _, c := range corpusFiles(t, "national", ".txt") {
		if strings.HasPrefix(filepath.Base(c), "2019") {
			f = c
		}
	}
	d := readFile(t, f)
	var ps, brs, divs strings.Builder
	for _, p := range d.Paragraphs[1:] {
		text := html.EscapeString(p.Text)
		ps.WriteString("<p>" + text + "</p>\n")
		brs.WriteString(text + "<br>\n")
		divs.WriteString("<div>" + text + "</div>\n")
	}
	menu := `<nav><a href="/">首页</a> | <a href="/zhengce">政策</a></nav>`
	for _, c := range []struct{ name, nav, body string }{
		{"nav, <p> in the body", menu, "</div>" + ps.String() + "<div>"},
		{"nav, <p>", menu, ps.String()},
		{"nav, <br>", `<nav>首页 | 政策</nav>`, brs.String()},
		{"nav, <div>", `<nav>首页 | 政策</nav>`, divs.String()},
		{"header", `<header>首页 | 政策</header>`, "</div>" + ps.String() + "<div>"},
		{"aside", `<aside>首页 | 政策</aside>`, "</div>" + ps.String() + "<div>"},
		{"class menu", `<div class="top-menu">首页 | 政策</div>`, "</div>" + ps.String() + "<div>"},
		{"id breadcrumb", `<div id="breadcrumb">首页 | 政策</div>`, "</div>" + ps.String() + "<div>"},
		{"class nav, <br>", `<div class="nav">首页 | 政策</div>`, brs.String()},
	} {
		page := `<html><head><title>2019年政府工作报告</title></head><body>` + c.nav + `<h1>政府工作报告</h1><div>` + c.body + `</div><footer>版权所有</footer></body></html>`
		got, err := Read("2019.html", []byte(page))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got.Paragraphs[0].Text != "政府工作报告" || got.Paragraphs[0].Level != 1 {
			t.Errorf("%s: first paragraph %+v, want the h1 政府工作报告", c.name, got.Paragraphs[0])
		}
		if len(got.Paragraphs) != len(d.Paragraphs) || got.Paragraphs[len(got.Paragraphs)-1].Text != d.Paragraphs[len(d.Paragraphs)-1].Text {
			t.Errorf("%s: %d paragraphs ending %q, want the report's %d", c.name, len(got.Paragraphs), got.Paragraphs[len(got.Paragraphs)-1].Text, len(d.Paragraphs))
		}
		nav := false
		for _, s := range got.SetAside {
			nav = nav || s.Text == "首页 | 政策" && s.Reason == data.AsideNavigation
		}
		if !nav {
			t.Errorf("%s: the menu is not set aside as navigation: %+v", c.name, got.SetAside)
		}
	}
}
