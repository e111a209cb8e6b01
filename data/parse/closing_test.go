package parse

import (
	"strings"
	"testing"

	"pledgereview/data"
)

// TestClosingAppealSetAside: every corpus report that closes on "让我们…！"
// or "我们要更加紧密地团结在…！" (27 of the 28; 阿坝 closes on a pledge)
// has it set aside as its closing, never a pledge; 泸州, run into one
// paragraph, keeps the pledges of its last headline before the motto.
func TestClosingAppealSetAside(t *testing.T) {
	closed := 0
	for _, d := range loadCorpus(t) {
		text, opts, r, err := importFile(t, d.files[0])
		if err != nil {
			t.Fatal(err)
		}
		checkLossless(t, text, opts, r)
		for _, p := range allSentences(r) {
			if strings.Contains(p.Text, "更加紧密") && strings.HasSuffix(strings.TrimSpace(p.Text), "！") {
				t.Errorf("%s %s: the closing appeal is a sentence of the report: %s", d.slug, p.ID, p.Text)
			}
		}
		for _, a := range r.SetAside {
			if a.Reason == data.AsideClosing && isAppeal(a.Text) {
				closed++
			}
		}
		if d.slug == "luzhou-2024" && !hasPledge(r, "坚持政府过紧日子") {
			t.Errorf("泸州 lost the pledges of its last headline to its closing")
		}
	}
	if closed != 27 {
		t.Errorf("%d closing appeals set aside, want 27", closed)
	}
}

// TestClosingMarkedPlan: a closing paragraph the user marks plan in the
// import preview stays the report's.
func TestClosingMarkedPlan(t *testing.T) {
	const text = "一、2025年重点工作\n（一）稳增长\n地区生产总值增长5%。\n" +
		"征程万里阔，奋斗正当时。让我们团结一心，为建设美好家园而努力奋斗！"
	r, err := Parse(text, Options{ID: "c"})
	if err != nil {
		t.Fatal(err)
	}
	if hasPledge(r, "让我们团结一心") || hasPledge(r, "征程万里阔") || closings(r) != 2 {
		t.Fatalf("closing not set aside: %+v", r.SetAside)
	}
	r, err = Parse(text, Options{ID: "c", Corrections: []data.Correction{{Line: 3, Text: "征程万里阔，奋斗正当时。让我们团结一心，为建设美好家园而努力奋斗！", Make: data.MakePlan}}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasPledge(r, "让我们团结一心") || closings(r) != 0 {
		t.Errorf("the closing marked plan is no pledge: %+v", r.SetAside)
	}
}

// TestClosingKeepsPledges: the pledges and the headline said in the
// appeal's paragraph before it stay pledges; only the appeal goes.
func TestClosingKeepsPledges(t *testing.T) {
	for _, tt := range []struct{ text, kept string }{
		{"一、2025年重点工作\n（一）稳增长\n地区生产总值增长5%。\n" +
			"我们将自觉接受人大依法监督，坚持政府过紧日子，严控一般性支出。让我们团结一心，为建设美好家园而努力奋斗！", "坚持政府过紧日子"},
		{"一、2025年重点工作\n（一）稳增长\n地区生产总值增长5%。\n" +
			"（二）加强政府自身建设。坚持政府过紧日子。让我们团结一心，为建设美好家园而努力奋斗！", "坚持政府过紧日子"},
	} {
		r, err := Parse(tt.text, Options{ID: "c"})
		if err != nil {
			t.Fatal(err)
		}
		if !hasPledge(r, tt.kept) || hasPledge(r, "让我们团结一心") || closings(r) != 1 {
			t.Errorf("%s: pledges %d, closing set aside %d: %+v", tt.text, len(r.Pledges()), closings(r), r.SetAside)
		}
	}
}

// closings counts what r set aside as its closing.
func closings(r *data.Report) int {
	n := 0
	for _, a := range r.SetAside {
		if a.Reason == data.AsideClosing {
			n++
		}
	}
	return n
}

func hasPledge(r *data.Report, words string) bool {
	for _, p := range r.Pledges() {
		if strings.Contains(p.Text, words) {
			return true
		}
	}
	return false
}

// TestIsAppeal: the appeal cries out, or with 让我们 ends plainly (海拉尔区
// 2015); a sentence that only draws closer is no appeal.
func TestIsAppeal(t *testing.T) {
	for s, want := range map[string]bool{
		"让我们更加紧密地团结在以习近平同志为核心的党中央周围，为…而努力奋斗！":                             true,
		"我们要更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取，为…而不懈奋斗!":                        true,
		"各位代表，让我们在市委、市政府和区委的坚强领导下，全面完成2015年的各项工作任务，为建设富强、文明、和谐的海拉尔做出新贡献。": true,
		"推动区域合作更加紧密。": false,
		"让我们":         false,
	} {
		if got := isAppeal(s); got != want {
			t.Errorf("isAppeal(%q) = %v, want %v", s, got, want)
		}
	}
}
