package cli

import (
	"path/filepath"
	"pledgereview/app/internal/packtext"
	"strings"
	"testing"
)

// The meeting brief's disputes say who gave which score, its lines use
// Chinese punctuation in a Chinese brief, and a workspace with one
// reviewer's work is not said to have "sharing not in use".
func TestMeetingBriefSaysWhoSaidWhat(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "李雷")
	a.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=0", "--status", "done")

	alone := filepath.Join(a.dir, "alone.pdf")
	a.ok("brief", "-o", alone, "--kind", "meeting", "--lang", "zh")
	text := strings.Join(strings.Fields(packtext.Layout(t, alone)), "")
	if strings.Contains(text, "未使用共享") || !strings.Contains(text, "少于两位评审人评审过本报告") {
		t.Errorf("one reviewer's brief does not say why there are no disputes: %q", text)
	}
	if !strings.Contains(text, "评审人：王芳") || strings.Contains(text, "评审人:") {
		t.Error("the Chinese brief writes its labels with an ASCII colon")
	}

	b.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--status", "behind")
	file := filepath.Join(b.dir, "li.pledgereview.json")
	b.ok("export-review", "-o", file)
	a.ok("merge", file)
	two := filepath.Join(a.dir, "two.pdf")
	a.ok("brief", "-o", two, "--kind", "meeting", "--lang", "zh")
	text = strings.Join(strings.Fields(packtext.Layout(t, two)), "")
	for _, want := range []string{"王芳：已完成，具体性0", "李雷：滞后，具体性4"} {
		if !strings.Contains(text, want) {
			t.Errorf("the disputes table does not say %q", want)
		}
	}
	if strings.Contains(text, "自评") {
		t.Error("the brief still says 自评, which reads as a self-assessment")
	}
}
