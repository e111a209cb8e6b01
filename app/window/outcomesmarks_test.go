package window

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/cli"
	"pledgereview/data/outcome"
)

// gansuView opens, on a desk in English, the view of Gansu's pledges of
// 2025 (.docx) and what 2026's report (.txt) says of them, the reports of
// the new-user review.
func gansuView(t *testing.T, a fyne.App, ws, cfg string, imp bool) (*Desk, *outcomesView) {
	t.Helper()
	a.Preferences().SetString(prefLanguage, langEn)
	t.Cleanup(func() { setLanguage(langEn) })
	d := newTestDesk(t, a, ws, cfg)
	if imp {
		addCorpusReportAs(t, d, "provinces-2025/2025年甘肃省政府工作报告.docx", "gansu-2025")
		addCorpusReportAs(t, d, "provinces-2026/2026年甘肃政府工作报告.txt", "gansu-2026")
	}
	d.switchReport("gansu-2025")
	settle(d.jobs)
	v := d.showOutcomes()
	if v == nil || v.pair.To.ID != "gansu-2026" {
		t.Fatal("the view did not open on gansu-2025 → gansu-2026")
	}
	return d, v
}

func (v *outcomesView) key(k fyne.KeyName) { v.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

// rowOf is the list row of pledge id under the filter shown, -1 if none.
func (v *outcomesView) rowOf(id string) int {
	for pos, i := range v.rows {
		if v.pair.Links[i].Pledge.ID == id {
			return pos
		}
	}
	return -1
}

// TestOutcomesRejectedLeavesCounts: Delete on Gansu's 02.00.10 (judged
// missed) makes it rejected in the view: the header counts one missed
// less and one rejected, filter 3 (missed) no longer lists it, filter 5
// (rejected) does, its row and chip say "rejected".
func TestOutcomesRejectedLeavesCounts(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	_, v := gansuView(t, a, ws, cfg, true)
	missed := 0
	for _, k := range v.pair.Links {
		if k.Verdict == outcome.Missed {
			missed++
		}
	}
	_, id := selectLinkOf(t, v, v.pair, "城乡居民人均可支配收入分别增长5%和7%左右")
	if v.chip.Text() != "missed" || !strings.Contains(v.counts.Text, fmt.Sprintf("missed %d ·", missed)) {
		t.Fatalf("before: chip %q, counts %q", v.chip.Text(), v.counts.Text)
	}
	v.key(fyne.KeyDelete)
	if want := fmt.Sprintf("missed %d ·", missed-1); !strings.Contains(v.counts.Text, want) || !strings.Contains(v.counts.Text, "rejected 1 ·") {
		t.Errorf("after Delete the header says %q, want %q and \"rejected 1\"", v.counts.Text, want)
	}
	v.key(fyne.Key3)
	if v.rowOf(id) >= 0 || len(v.rows) != missed-1 {
		t.Errorf("filter 3 (missed) lists %d pledges, the rejected %s among them: %v", len(v.rows), id, v.rowOf(id) >= 0)
	}
	v.key(fyne.Key5)
	if len(v.rows) != 1 || v.rowOf(id) != 0 {
		t.Fatalf("filter 5 (rejected) lists %d pledges, not %s alone", len(v.rows), id)
	}
	if row := v.rowLine(v.rows[0]); !strings.HasPrefix(row, "× rejected  02.00.10") || v.chip.Text() != "rejected" {
		t.Errorf("the rejected link shows row %q, chip %q", row, v.chip.Text())
	}
}

// TestOutcomesAcceptedShownAfterRestart: a link accepted with Enter, and
// a candidate chosen with N and accepted, show √ and "accepted" when the
// app is started again, the candidate as the outcome with its verdict;
// so do the links `outcomes --accept` recorded.
func TestOutcomesAcceptedShownAfterRestart(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d, v := gansuView(t, a, ws, cfg, true)
	_, grain := selectLinkOf(t, v, v.pair, "粮食产量稳定在252亿斤以上")
	v.key(fyne.KeyReturn)
	var other string
	var chosen outcome.Link
	for pos, i := range v.rows { // a pledge with an outcome and a candidate after it
		if k := v.pair.Links[i]; k.Best != nil && len(k.Candidates) > 0 && len(k.Targets) == 0 && k.Pledge.ID != grain {
			v.list.Select(pos)
			v.key(fyne.KeyN)
			_, chosen = v.link(pos)
			other = k.Pledge.ID
			v.key(fyne.KeyReturn)
			break
		}
	}
	if other == "" {
		t.Fatal("no pledge with a candidate")
	}
	v.win.Close()
	d.shutdown()

	d2, v2 := gansuView(t, a, ws, cfg, false)
	for _, id := range []string{grain, other} {
		at := v2.rowOf(id)
		if at < 0 {
			t.Fatalf("%s is not listed", id)
		}
		v2.list.Select(at)
		if !strings.HasPrefix(v2.rowLine(v2.rows[at]), "√") || !strings.Contains(v2.state.Text, "accepted") {
			t.Errorf("after a restart %s shows %q / %q, not accepted", id, v2.rowLine(v2.rows[at]), v2.state.Text)
		}
	}
	v2.list.Select(v2.rowOf(other))
	if got := richText(v2, "outcome"); got != chosen.Best.Outcome.Text || v2.chip.Text() != outcomeVerdictLabel(chosen.Verdict) {
		t.Errorf("after a restart %s shows %q (%s), the candidate accepted was %q (%s)", other, got, v2.chip.Text(), chosen.Best.Outcome.Text, chosen.Verdict)
	}
	v2.win.Close()
	d2.shutdown()

	var out, errs bytes.Buffer
	if code := cli.Run(cli.Env{Stdout: &out, Stderr: &errs, Workspace: ws, ConfigDir: cfg}, "outcomes", []string{"--from", "gansu-2025", "--accept"}); code != 0 {
		t.Fatalf("outcomes --accept: %s", errs.String())
	}
	var n int
	if _, err := fmt.Sscanf(errs.String(), "%d links accepted", &n); err != nil || n < 100 {
		t.Fatalf("outcomes --accept says %q", errs.String())
	}
	_, v3 := gansuView(t, a, ws, cfg, false)
	marked := 0
	for _, i := range v3.rows {
		if strings.HasPrefix(v3.rowLine(i), "√") {
			marked++
		}
	}
	if marked != n {
		t.Errorf("%d links accepted by the CLI, %d rows show √", n, marked)
	}
}
