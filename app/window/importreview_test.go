package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/store"
)

// TestImportPreviewSplitsReviewAndPlan: the preview says how many sentences
// of the review are outcomes; a chapter heading made "plan" turns its
// sentences, those of its closing problems too, into pledges, a paragraph of the plan made "review" turns its
// sentences into outcomes, and the correction is stored with the report.
func TestImportPreviewSplitsReviewAndPlan(t *testing.T) {
	src := corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "guangdong-2025.docx")
	c := d.win.Canvas()
	_, _, p0 := ip.report.Count()
	o0 := len(ip.report.Outcomes())
	problems := 0 // the review's closing problems, set aside while it is a review
	for _, a := range ip.report.SetAside {
		if a.Reason == data.AsideProblems {
			problems++
		}
	}
	if o0 == 0 || !strings.Contains(ip.summary.Text, "回顾部分") {
		t.Fatalf("the preview shows no review: %d outcomes, %q", o0, ip.summary.Text)
	}
	ip.tabs.SelectIndex(1)
	review, plan := -1, -1
	for i, l := range ip.lines {
		if ip.roles[i] == roleChapter && strings.Contains(l.Text, "2024年工作回顾") {
			review = i
		}
		if plan < 0 && ip.roles[i] == roleBody && strings.Contains(l.Text, "湾区通") {
			plan = i
		}
	}
	if review < 0 || plan < 0 {
		t.Fatalf("lines: review heading %d, plan paragraph %d", review, plan)
	}
	ip.list.Select(review)
	tapDialogButton(t, c, "设为部署：承诺")
	if _, _, p := ip.report.Count(); problems == 0 || p != p0+o0+problems || len(ip.report.Outcomes()) != 0 {
		t.Fatalf("after making the review plan: %d pledges (was %d + %d outcomes + %d problems), %d outcomes", p, p0, o0, problems, len(ip.report.Outcomes()))
	}
	tapDialogButton(t, c, "撤销全部更正")
	ip.list.Select(plan)
	tapDialogButton(t, c, "设为回顾：兑现情况")
	o1 := len(ip.report.Outcomes())
	if _, _, p := ip.report.Count(); o1 <= o0 || p != p0-(o1-o0) || ip.roles[plan] != roleOutcome {
		t.Fatalf("after making a paragraph review: %d outcomes (was %d), %d pledges, role %s", o1, o0, p, ip.roles[plan])
	}
	tapDialogButton(t, c, "添加")
	d.shutdown()
	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Report("guangdong-2025")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Corrections) != 1 || r.Corrections[0].Make != data.MakeReview || len(r.Outcomes()) != o1 {
		t.Errorf("stored corrections %+v, %d outcomes", r.Corrections, len(r.Outcomes()))
	}
}
