package cli

import (
	"crypto/ed25519"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// A colleague of the first version (an r-… id, unsigned files) cannot be
// taken over by whoever signs a file in their name first: merge and sync
// refuse it, showing the new key's six words in Chinese and English, and
// only --accept-key, after the words are compared, merges it.
func TestSignedFileCannotClaimAnUnsignedColleague(t *testing.T) {
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
	f.Exporter.Name, f.Reviewers[0].Name = "张伟", "张伟"
	for i := range f.Reviews {
		f.Reviews[i].ReviewerID, f.Reviews[i].Updated.Node = old, old
	}
	v1, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	first := filepath.Join(dir, "zhang-v1.pledgereview.json")
	os.WriteFile(first, v1, 0o644)
	a.ok("merge", "--accept-unsigned", first)

	_, key, _ := ed25519.GenerateKey(nil)
	f.Reviews[0].Status = data.Done
	f.Reviews[0].Updated.Wall += 60_000
	signed, err := share.Encode(f, key)
	if err != nil {
		t.Fatal(err)
	}
	forged := filepath.Join(dir, "zhang-signed.pledgereview.json")
	os.WriteFile(forged, signed, 0o644)
	words := share.FingerprintWordsBoth(key.Public().(ed25519.PublicKey))

	code, out, errs := a.run("merge", forged)
	if code != 1 || !strings.Contains(errs, "who sent unsigned files before") || !strings.Contains(errs, words) {
		t.Fatalf("merge of a file claiming 张伟: exit %d\n%s\n%s", code, out, errs)
	}
	team := t.TempDir()
	os.WriteFile(filepath.Join(team, share.TeamFileName("taiyuan-2021", old)), signed, 0o644)
	if code, out, errs := a.run("sync", team); code != 1 || !strings.Contains(errs, words) || !strings.Contains(errs, "merge --accept-key") || strings.Contains(out, "merged") {
		t.Fatalf("sync of a file claiming 张伟: exit %d\n%s\n%s", code, out, errs)
	}
	ws, err := workspace.Open(a.env.Workspace, a.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	reviews, err := ws.Reviews("taiyuan-2021")
	ws.Close()
	if err != nil || len(reviews) != 1 || reviews[0].Status != data.Behind {
		t.Fatalf("张伟's review was overwritten: %+v %v", reviews, err)
	}

	out = a.ok("merge", "--accept-key", forged)
	if !strings.Contains(out, "key of 张伟 pinned for the first time: "+words) || !strings.Contains(out, "1 records written") {
		t.Fatalf("with --accept-key:\n%s", out)
	}
}
