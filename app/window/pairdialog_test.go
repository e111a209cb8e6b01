package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
)

// TestPairChosenByHand: with no report of the same government a year on,
// the view of last year's pledges asks for the two reports; the reviewer
// picks both FROM and TO and the view links them.
func TestPairChosenByHand(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	t.Cleanup(func() { setLanguage(langEn) })
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	addCorpusReport(t, d, "national/2018-state-council.txt")
	addCorpusReport(t, d, "national/2021-state-council.txt")
	addCorpusReport(t, d, "national/2022-state-council.txt")
	d.switchReport("2018-state-council")
	settle(d.jobs)
	if v := d.showOutcomes(); v != nil {
		t.Fatalf("a pair was found for 2018: %s", v.pair.To.ID)
	}
	c := d.win.Canvas()
	if got := overlayTexts(c); !strings.Contains(got, "Choose the two reports") {
		t.Fatalf("no dialog to choose the reports: %q", got)
	}
	c.Overlays().Top().Hide()
	c.Overlays().Remove(c.Overlays().Top())

	var got *workspace.OutcomePair
	pd := showPairDialog(d.win, d.sess, "2018-state-council", func(p *workspace.OutcomePair) { got = p })
	if !strings.HasSuffix(pd.from.Selected, "(2021-state-council)") || !strings.HasSuffix(pd.to.Selected, "(2022-state-council)") {
		t.Errorf("proposed %q → %q, want the pair of consecutive years", pd.from.Selected, pd.to.Selected)
	}
	for _, l := range pd.from.Options {
		if strings.HasSuffix(l, "(2021-state-council)") {
			pd.from.SetSelected(l)
		}
		if strings.HasSuffix(l, "(2022-state-council)") {
			pd.to.SetSelected(l)
		}
	}
	tapDialogButton(t, c, "OK")
	if got == nil || got.From.ID != "2021-state-council" || got.To.ID != "2022-state-council" || len(got.Links) == 0 {
		t.Fatalf("the pair chosen is %+v", got)
	}
}

// reportID is the id of the workspace's report whose title holds title.
func reportID(t *testing.T, d *Desk, title string) string {
	t.Helper()
	infos, err := d.sess.Reports()
	if err != nil {
		t.Fatal(err)
	}
	for _, ri := range infos {
		if strings.Contains(ri.Title, title) {
			return ri.ID
		}
	}
	t.Fatalf("no report %q", title)
	return ""
}

// pickReport chooses the report id in a select of the pair dialog.
func pickReport(t *testing.T, pd *pairDialog, s *widget.Select, id string) {
	t.Helper()
	for l, lid := range pd.ids {
		if lid == id {
			s.SetSelected(l)
			return
		}
	}
	t.Fatalf("no report %s offered", id)
}

// TestPairDialogProposesAPlausiblePair: opened on the seed (太原 2021) in a
// workspace with 甘肃 2025 and 2026 and 上海 2026, the dialog proposes 甘肃
// 2025 → 2026, never 太原 → 甘肃; a pair of two places is named under the
// form and linked only once the reviewer confirms it; one report with
// itself is never linked; with no plausible pair nothing is proposed.
func TestPairDialogProposesAPlausiblePair(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	t.Cleanup(func() { setLanguage(langEn) })
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	addCorpusReport(t, d, "provinces-2025/2025年甘肃省政府工作报告.docx")
	addCorpusReport(t, d, "provinces-2026/2026年甘肃政府工作报告.txt")
	addCorpusReport(t, d, "provinces-2026/2026年上海政府工作报告.txt")
	gs25, gs26, sh26 := reportID(t, d, "2025年甘肃"), reportID(t, d, "2026年甘肃"), reportID(t, d, "2026年上海")
	c := d.win.Canvas()

	var got *workspace.OutcomePair
	pd := showPairDialog(d.win, d.sess, d.loaded.report.ID, func(p *workspace.OutcomePair) { got = p })
	if pd.ids[pd.from.Selected] != gs25 || pd.ids[pd.to.Selected] != gs26 {
		t.Fatalf("proposed %q → %q, want %s → %s", pd.from.Selected, pd.to.Selected, gs25, gs26)
	}
	if shown := overlayTexts(c); strings.Contains(shown, "judged against") {
		t.Errorf("a warning for the plausible pair: %q", shown)
	}

	pickReport(t, pd, pd.to, sh26)
	if shown := overlayTexts(c); !strings.Contains(shown, "is of 甘肃") || !strings.Contains(shown, "of 上海") {
		t.Errorf("no warning for two places under the form: %q", shown)
	}
	tapDialogButton(t, c, "OK")
	if got != nil {
		t.Fatal("two places linked without the reviewer's word")
	}
	if shown := overlayTexts(c); !strings.Contains(shown, "Link these two reports?") {
		t.Fatalf("no confirmation asked: %q", shown)
	}
	tapDialogButton(t, c, "Yes")
	if got == nil || got.From.ID != gs25 || got.To.ID != sh26 {
		t.Fatalf("the pair confirmed is %+v", got)
	}

	got = nil
	pd = showPairDialog(d.win, d.sess, gs25, func(p *workspace.OutcomePair) { got = p })
	pickReport(t, pd, pd.to, gs25)
	if shown := overlayTexts(c); !strings.Contains(shown, "cannot be followed up in itself") {
		t.Errorf("no warning for one report with itself: %q", shown)
	}
	tapDialogButton(t, c, "OK")
	if got != nil {
		t.Fatal("a report linked with itself")
	}
	c.Overlays().Top().Hide()
	c.Overlays().Remove(c.Overlays().Top())

	// 太原 2021 and 上海 2026 only: nothing to propose
	ws2, cfg2 := tempPaths(t)
	d.shutdown()
	d2 := newTestDesk(t, test.NewTempApp(t), ws2, cfg2)
	addCorpusReport(t, d2, "provinces-2026/2026年上海政府工作报告.txt")
	pd = showPairDialog(d2.win, d2.sess, d2.loaded.report.ID, func(*workspace.OutcomePair) {})
	if pd.from.Selected != "" || pd.to.Selected != "" {
		t.Errorf("proposed %q → %q with no plausible pair", pd.from.Selected, pd.to.Selected)
	}
}
