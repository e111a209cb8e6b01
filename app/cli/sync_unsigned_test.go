package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data/share"
)

// An unsigned file (first version) in the team folder is merged by sync
// only with --accept-unsigned, as by merge.
func TestSyncUnsignedNeedsTheFlag(t *testing.T) {
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "behind")
	s, err := workspace.Open(b.env.Workspace, b.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.ExportReviewFile("taiyuan-2021", false, time.Now())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	old := "r-0123456789abcdef"
	f.Exporter.ID, f.Reviewers[0].ID, f.History = old, old, nil
	for i := range f.Reviews {
		f.Reviews[i].ReviewerID, f.Reviews[i].Updated.Node = old, old
	}
	raw, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(team, share.TeamFileName("taiyuan-2021", old)), raw, 0o644)

	code, out, errs := a.run("sync", team)
	if code != 1 || !strings.Contains(errs, "is unsigned") || !strings.Contains(errs, "--accept-unsigned") || strings.Contains(out, "merged") {
		t.Fatalf("without the flag: exit %d\n%s\n%s", code, out, errs)
	}
	out = a.ok("sync", "--accept-unsigned", team)
	if !strings.Contains(out, "merged 1 review from") {
		t.Fatalf("with the flag: %s", out)
	}
	s, err = workspace.Open(a.env.Workspace, a.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	reviews, err := s.Reviews("taiyuan-2021")
	if err != nil || len(reviews) != 1 || reviews[0].ReviewerID != old || reviews[0].Status != "behind" {
		t.Fatalf("the workspace holds %+v (%v), want the accepted file's review", reviews, err)
	}
}
