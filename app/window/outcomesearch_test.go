package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSearchFindsReviewSentences: the desk's search finds a sentence of the
// review chapter, shows it greyed under the list as context, and does not
// count it as a pledge; clearing the search hides it.
func TestSearchFindsReviewSentences(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	t.Cleanup(func() { setLanguage(langEn) })
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	addCorpusReport(t, d, "national/2022-state-council.txt")
	d.switchReport("2022-state-council")
	settle(d.jobs)
	pl := d.views.list
	const word = "3700多万学生受益" // only in the review of 2021
	test.Type(pl.search, word)
	if len(d.listing.rows) != 0 || !strings.HasPrefix(pl.count.Text, "0 of ") {
		t.Errorf("the review sentence is counted as a pledge: %d rows, count %q", len(d.listing.rows), pl.count.Text)
	}
	if !pl.found.Visible() || !strings.Contains(pl.found.Text, word) || !strings.Contains(pl.found.Text, "not scored") {
		t.Errorf("the review sentence is not shown: visible %v, %q", pl.found.Visible(), pl.found.Text)
	}
	pl.search.SetText("")
	if pl.found.Visible() {
		t.Errorf("with no search the review sentences stay: %q", pl.found.Text)
	}
}
