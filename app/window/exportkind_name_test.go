package window

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// The meeting brief is offered under a name of its own, so saving it does
// not ask to replace the full pack of the same day; a name the user typed
// stays whatever pack is chosen.
func TestMeetingBriefHasItsOwnFileName(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	x := exportDialogOf(t, d)
	full := filepath.Base(x.target.entry.Text)
	if !strings.HasPrefix(full, "taiyuan-2021-briefing-") || !strings.HasSuffix(full, ".pdf") {
		t.Fatalf("the full pack is offered as %q", full)
	}
	x.kind.SetSelected(x.kind.Options[1])
	brief := filepath.Base(x.target.entry.Text)
	if !strings.HasPrefix(brief, "taiyuan-2021-meeting-brief-") || brief == full {
		t.Errorf("the meeting brief is offered as %q (the full pack as %q)", brief, full)
	}
	x.kind.SetSelected(x.kind.Options[0])
	if got := filepath.Base(x.target.entry.Text); got != full {
		t.Errorf("back to the full pack: %q, want %q", got, full)
	}
	mine := filepath.Join(filepath.Dir(x.target.entry.Text), "周五例会.pdf")
	x.target.entry.SetText(mine)
	x.kind.SetSelected(x.kind.Options[1])
	if x.target.entry.Text != mine {
		t.Errorf("the name the user typed became %q", x.target.entry.Text)
	}
}
