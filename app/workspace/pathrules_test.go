package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPathKeyWindowsRules(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{`C:/Users/Wang/AppData/Local/PledgeReview/default.pledgereview`, `C:\Users\Wang\AppData\Local\PledgeReview\default.pledgereview`, true},
		{`c:\users\wang\Review.PLEDGEREVIEW`, `C:\Users\Wang\review.pledgereview`, true},
		{`C:\Users\Wang\.\docs\..\review.pledgereview`, `C:/Users/Wang/review.pledgereview`, true},
		{`C:\Users\Wang\review.pledgereview`, `D:\Users\Wang\review.pledgereview`, false},
		{`C:\Users\Wang\review1.pledgereview`, `C:\Users\Wang\review2.pledgereview`, false},
		{`\\server\share\团队\审阅.pledgereview`, `//SERVER/share/团队/审阅.pledgereview`, true},
	} {
		if got := pathKey(c.a, true) == pathKey(c.b, true); got != c.same {
			t.Errorf("Windows rules: %s vs %s: same=%v, want %v", c.a, c.b, got, c.same)
		}
	}
}

func TestPathKeyUnixRulesKeepCase(t *testing.T) {
	if pathKey("/home/wang/Review.pledgereview", false) == pathKey("/home/wang/review.pledgereview", false) {
		t.Error("on Linux two names that differ in case are two files")
	}
	if pathKey("/home/wang/./a/../review.pledgereview", false) != pathKey("/home/wang/review.pledgereview", false) {
		t.Error("a path is compared cleaned")
	}
}

func TestSamePathFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "ws.pledgereview")
	if err := os.WriteFile(real, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.pledgereview")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	if !SamePath(real, link) {
		t.Error("a link to a workspace is the same workspace")
	}
	if !SamePath(real, filepath.Join(dir, "sub", "..", "ws.pledgereview")) {
		t.Error("an uncleaned path is the same workspace")
	}
	if SamePath(real, filepath.Join(dir, "other.pledgereview")) {
		t.Error("another name is another workspace")
	}
}

func TestHasExtIgnoresCase(t *testing.T) {
	for name, want := range map[string]bool{
		"review.pledgereview":      true,
		"REVIEW.PLEDGEREVIEW":      true,
		`C:\团队\审阅.PledgeReview`:    true,
		"review.pledgereview.json": false,
		"pledgereview":             false,
		"":                         false,
	} {
		if got := HasExt(name, ".pledgereview"); got != want {
			t.Errorf("HasExt(%q) = %v, want %v", name, got, want)
		}
	}
}
