package window

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Choosing the meeting brief in the export dialog writes the short brief,
// and the choice is offered again next time.
func TestExportMeetingBrief(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	flagged := sentencePledges(d, 3)[1]
	flag(t, d, flagged)

	x := exportDialogOf(t, d)
	if x == nil {
		t.Fatal("no export dialog")
	}
	if x.kind.Selected != "完整简报（每项承诺一节）" {
		t.Errorf("the default pack is %q, want the full pack", x.kind.Selected)
	}
	x.kind.SetSelected(x.kind.Options[1])
	path := filepath.Join(t.TempDir(), "meeting.pdf")
	x.target.entry.SetText(path)
	test.Tap(x.exportBtn)
	exportSucceeded(t, d)
	if y := exportDialogOf(t, d); radioIndex(y.kind) != 1 {
		t.Errorf("the dialog forgot the meeting brief: %q", y.kind.Selected)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := squeeze(string(out))
	for _, want := range []string{"会议简报", "已标记（1）", squeeze(flagged.Text), "决定"} { // a Chinese pack in the Chinese interface
		if !strings.Contains(text, want) {
			t.Errorf("the meeting brief lacks %q", want)
		}
	}
}
