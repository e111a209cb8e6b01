package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/app/briefing"
)

// TestOwnFilesAreNoReports: a briefing pack and a review file this program
// wrote are refused as reports, with what they are, even under a report's
// name.
func TestOwnFilesAreNoReports(t *testing.T) {
	ws, cfg, _, _ := packWorkspace(t)
	s := openSession(t, ws, cfg)
	set, err := s.ReviewSet("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := briefing.Build(briefing.NewInput(set, time.Now()), briefing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	pack := filepath.Join(out, "2021年太原市政府工作报告.pdf")
	if err := os.WriteFile(pack, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	review := filepath.Join(out, "review.json")
	if _, err := s.WriteReviewFile(review, "taiyuan-2021", false, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path string
		want error
	}{{pack, ErrOwnPack}, {review, ErrOwnReviewFile}} {
		_, err := OpenReportDraft(tt.path, "")
		if !errors.Is(err, tt.want) || !errors.Is(err, ErrNotReportFile) {
			t.Errorf("%s: %v, want %v", filepath.Base(tt.path), err, tt.want)
		}
	}
	if _, err := OpenReportDraft(review, ""); err != nil && !strings.Contains(err.Error(), "review file made by Pledge Review") {
		t.Errorf("the review file's error does not say what it is: %v", err)
	}
}
