package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

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
	if !strings.HasSuffix(pd.from.Selected, "(2018-state-council)") {
		t.Errorf("FROM is %q, want the desk's report", pd.from.Selected)
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
