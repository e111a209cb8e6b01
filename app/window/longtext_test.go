package window

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/data/parse/parsetest"
)

// hugeSentence is the new-user review's huge4.txt, shortened: one
// "sentence" of 21,001 characters with no 。 until its end.
var hugeSentence = strings.Repeat("我们将新建5000个基站，增长5000%，", 1000) + "。"

// uncutReport is the report of hugeSentence as a workspace imported it
// before pledges were bounded: the sentence one pledge.
func uncutReport(t *testing.T) *data.Report {
	t.Helper()
	text := "各位代表：\n二、2025年工作安排\n（一）推进发展\n" + hugeSentence + "\n"
	r, err := parse.Parse(text, parse.Options{ID: "huge4"})
	if err != nil {
		t.Fatal(err)
	}
	h := &r.Chapters[0].Headlines[0]
	whole := h.Pledges[1]
	whole.End = h.Pledges[len(h.Pledges)-1].End
	whole.Text, whole.Truncated = string([]rune(text)[whole.Start:whole.End]), false
	if whole.Text != hugeSentence {
		t.Fatalf("the pledge is %d characters, not the sentence", utf8.RuneCountInString(whole.Text))
	}
	h.Pledges = []data.Pledge{h.Pledges[0], whole}
	r.Cut = 0
	return r
}

// TestHugePledgeShowsItsStart: a pledge of 21,001 characters, selected
// when the window opens (as the review's huge4/01.01.01 was), shows its
// first 2,000 characters and its length in the detail pane, in both
// languages, without asking for a window taller than it is, and the start
// of its text in its list row.
func TestHugePledgeShowsItsStart(t *testing.T) {
	for _, tt := range []struct{ lang, note string }{
		{langEn, "… (the text has 21001 characters; the first 2000 are shown)"},
		{langZh, "… （全文共 21001 字，仅显示前 2000 字）"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, tt.lang)
			t.Cleanup(func() { setLanguage(langEn) })
			const id = "huge4/01.01.01"
			d := deskAtPledge(t, a, uncutReport(t), id)
			if d.views.detail.id.Text != id {
				t.Fatalf("the detail shows %q, not %s", d.views.detail.id.Text, id)
			}
			noSpace := func(s string) string { return strings.ReplaceAll(s, " ", "") } // a line may break at a space
			shown := noSpace(strings.Join(shownLines(d.views.detail.text), ""))
			if n := utf8.RuneCountInString(shown); n > maxDetailRunes+utf8.RuneCountInString(tt.note) ||
				!strings.HasPrefix(shown, "我们将新建5000个基站，增长5000%，我们将") || !strings.HasSuffix(shown, noSpace(tt.note)) {
				t.Errorf("the detail shows %d characters: %q … %q", n, firstRunes(shown, 30), lastRunes(shown, 60))
			}
			for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 640}} {
				d.win.Resize(size)
				text := d.views.detail.text
				at := a.Driver().AbsolutePositionForObject(text)
				if min := d.win.Content().MinSize(); min.Height > size.Height || at.Y < 0 || at.Y > size.Height/2 {
					t.Errorf("at %v the window asks for %v, the text starts at %v", size, min, at)
				}
			}
			row := rowShowing(d, id)
			if row == nil {
				t.Fatalf("no list row shows %s", id)
			}
			if got := row.text.Text; utf8.RuneCountInString(got) > maxRowRunes+1 || !strings.HasPrefix(got, "我们将新建5000个基站") || !strings.HasSuffix(got, "…") {
				t.Errorf("its row holds %d characters: %q", utf8.RuneCountInString(got), firstRunes(got, 30))
			}
		})
	}
}

// deskAtPledge opens a desk on a workspace holding only r, with the
// pledge id selected as the window opens, as when it was the last one
// looked at.
func deskAtPledge(t *testing.T, a fyne.App, r *data.Report, id string) *Desk {
	t.Helper()
	ws, cfg := tempPaths(t)
	s, err := workspace.Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	s.Close()
	a.Preferences().SetString(prefLastReport, r.ID)
	a.Preferences().SetString(prefLastPledge, id)
	d := newTestDesk(t, a, ws, cfg)
	settle(d.jobs)
	return d
}

// rowShowing is the list row laid out for pledge id, if any.
func rowShowing(d *Desk, id string) *pledgeRow {
	for _, o := range test.LaidOutObjects(d.views.list.list) {
		if r, ok := o.(*pledgeRow); ok && r.shown != nil && r.shown.Pledge.ID == id {
			return r
		}
	}
	return nil
}

func firstRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[:min(n, len(rs))])
}

func lastRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

// TestRowOfASentenceBrokenInTheSource: the national report of 2021 as
// scraped breaks 02.00.21 over five lines ("根据《\n中共中央关于…"); its list
// row is still one line, as high as the rows around it.
func TestRowOfASentenceBrokenInTheSource(t *testing.T) {
	const id = "2021-state-council/02.00.21"
	d := deskAtPledge(t, test.NewTempApp(t), parsetest.Corpus(t, "national/2021-state-council.txt", "2021-state-council"), id)
	row, next := rowShowing(d, id), rowShowing(d, "2021-state-council/02.00.20")
	if row == nil || next == nil {
		t.Fatalf("no list rows show %s and the one before", id)
	}
	if got := row.text.Text; strings.ContainsAny(got, "\n\r") || !strings.HasPrefix(got, "根据《 中共中央关于制定") {
		t.Errorf("its row reads %q", firstRunes(got, 40))
	}
	if h, want := row.MinSize().Height, next.MinSize().Height; h != want {
		t.Errorf("its row is %v high, the row before %v", h, want)
	}
}
