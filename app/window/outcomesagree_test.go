package window

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// sichuanView opens, on a desk in the language given, the view of Sichuan's pledges
// of 2025 (.docx) and what 2026's report (.txt) says of them.
func sichuanView(t *testing.T, language string) (*Desk, *outcomesView) {
	t.Helper()
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	a.Preferences().SetString(prefLanguage, language)
	t.Cleanup(func() { setLanguage(langEn) })
	d := newTestDesk(t, a, ws, cfg)
	addCorpusReportAs(t, d, "provinces-2025/2025年四川省政府工作报告.docx", "sichuan-2025")
	addCorpusReportAs(t, d, "provinces-2026/2026年四川政府工作报告.txt", "sichuan-2026")
	d.switchReport("sichuan-2025")
	settle(d.jobs)
	v := d.showOutcomes()
	if v == nil || v.pair.To.ID != "sichuan-2026" {
		t.Fatal("the view did not open on sichuan-2025 → sichuan-2026")
	}
	return d, v
}

// TestOutcomesNextKeepsRejection: after Delete on Sichuan's 02.00.05, ↑
// and N (the new-user review's steps), the row still reads "× rejected",
// as the header ("rejected 1") and filter 5 say; the pane shows the
// candidate N brought and says which one was rejected.
func TestOutcomesNextKeepsRejection(t *testing.T) {
	for _, tt := range []struct{ lang, row, header, candidate, state string }{
		{langEn, "× rejected  02.00.05", "rejected 1 ·", "Candidate 2 of 3", "candidate 1 rejected"},
		{langZh, "× 已驳回  02.00.05", "已驳回 1", "候选 2 / 3", "已驳回候选 1"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			_, v := sichuanView(t, tt.lang)
			v.list.Select(v.rowOf("sichuan-2025/02.00.05"))
			v.key(fyne.KeyDelete)
			v.key(fyne.KeyUp)
			v.key(fyne.KeyN)
			at := v.rowOf("sichuan-2025/02.00.05")
			if row := v.rowLine(v.rows[at]); !strings.HasPrefix(row, tt.row) || !strings.Contains(v.counts.Text, tt.header) {
				t.Errorf("after Delete, ↑, N the row says %q, the header %q", row, v.counts.Text)
			}
			if !strings.Contains(v.candidates.Text, tt.candidate) || v.state.Text != tt.state || v.chip.Text() == outcomeVerdictLabel("rejected") {
				t.Errorf("the pane says %q / %q / %q", v.chip.Text(), v.candidates.Text, v.state.Text)
			}
			v.key(fyne.KeyN)
			v.key(fyne.KeyN) // back to candidate 1, the one rejected
			if v.chip.Text() != outcomeVerdictLabel("rejected") || v.state.Text != outcomeVerdictLabel("rejected") {
				t.Errorf("candidate 1 again: chip %q, state %q", v.chip.Text(), v.state.Text)
			}
			v.key(fyne.Key5)
			if len(v.rows) != 1 || v.rowOf("sichuan-2025/02.00.05") != 0 || !strings.HasPrefix(v.rowLine(v.rows[0]), tt.row) {
				t.Errorf("filter 5 lists %d rows", len(v.rows))
			}
		})
	}
}

// TestOutcomesAcceptedCandidateKeepsNumber: N then Enter on Sichuan's
// 02.00.06 accepts candidate 2; back on it, and in the view opened again,
// the pane says "Candidate 2 of 4" and shows that sentence, accepted; N
// then shows candidate 3 and says which one is accepted.
func TestOutcomesAcceptedCandidateKeepsNumber(t *testing.T) {
	d, v := sichuanView(t, langEn)
	v.list.Select(v.rowOf("sichuan-2025/02.00.06"))
	v.key(fyne.KeyN)
	second := richText(v, "outcome")
	v.key(fyne.KeyReturn)
	v.key(fyne.KeyUp)
	v.win.Close()
	again := d.showOutcomes()
	again.list.Select(again.rowOf("sichuan-2025/02.00.06"))
	for _, v := range []*outcomesView{v, again} {
		if got := richText(v, "outcome"); got != second || !strings.Contains(v.candidates.Text, "Candidate 2 of 4") ||
			v.state.Text != "accepted: in my review as evidence" || !strings.HasPrefix(v.rowLine(v.rows[v.cur]), "√") {
			t.Errorf("the accepted link shows %q, says %q / %q", got, v.candidates.Text, v.state.Text)
		}
		v.key(fyne.KeyN)
		if v.state.Text != "candidate 2 accepted: in my review as evidence" || !strings.Contains(v.candidates.Text, "Candidate 3 of 4") {
			t.Errorf("N after the accepted candidate says %q / %q", v.candidates.Text, v.state.Text)
		}
	}
}

// TestOutcomesViewClosesOnEsc: Esc closes the view of last year's pledges,
// as it closes the progress window and the dialogs, and the key line
// says so in both languages; the desk stays open.
func TestOutcomesViewClosesOnEsc(t *testing.T) {
	for _, tt := range []struct{ lang, keys string }{{langEn, "· Esc close"}, {langZh, "· Esc 关闭"}} {
		t.Run(tt.lang, func(t *testing.T) {
			o := openOutcomes(t, tt.lang, "national/2021-state-council.txt", "national/2022-state-council.txt")
			if !strings.HasSuffix(o.v.help.Text, tt.keys) {
				t.Errorf("the key line %q does not say %q", o.v.help.Text, tt.keys)
			}
			o.v.key(fyne.KeyEscape)
			if slices.Contains(o.a.Driver().AllWindows(), o.v.win) {
				t.Error("Esc leaves the view open")
			}
			if !slices.Contains(o.a.Driver().AllWindows(), o.d.win) {
				t.Error("Esc in the view closed the desk")
			}
		})
	}
}
