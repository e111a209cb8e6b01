package cli

import (
	"bytes"
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

// legacySigned writes a file of 刘洋, a first-version colleague whose id is
// not derived from a key, signed with the key made from seed.
func legacySigned(t *testing.T, h *harness, name string, seed byte, wall int64, st data.Status) string {
	t.Helper()
	s, err := workspace.Open(h.env.Workspace, h.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Report("taiyuan-2021")
	rubric := s.Rubric()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	liu := data.Reviewer{ID: "r-00112233aabbccdd", Name: "刘洋"}
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: rubric,
		Reviewers: []data.Reviewer{liu}, Exporter: liu, Exported: time.Now(),
		Reviews: []data.Review{{PledgeID: "taiyuan-2021/01.01.00", ReviewerID: liu.ID, Status: st, Updated: data.HLC{Wall: wall, Node: liu.ID}}}}
	raw, err := share.Encode(f, ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(h.dir, name)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTrustListsAndForgetsKeys(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	if out := h.ok("trust"); !strings.Contains(out, "no colleague's key is pinned yet") {
		t.Fatalf("no key pinned: %q", out)
	}
	now := time.Now().UnixMilli()
	h.ok("merge", legacySigned(t, h, "old-key.json", 7, now, data.Done))
	oldWords := share.FingerprintWordsBoth(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)).Public().(ed25519.PublicKey))
	if out := h.ok("trust"); out != "r-00112233aabbccdd\t刘洋\t"+oldWords+"\n" {
		t.Fatalf("trust lists %q", out)
	}
	renewed := legacySigned(t, h, "new-key.json", 9, now+1000, data.Behind)
	code, _, errs := h.run("merge", renewed)
	if code != 1 || !strings.Contains(errs, oldWords) {
		t.Fatalf("a new key: exit %d, %q", code, errs)
	}
	h.fails(1, "no key is pinned for that colleague", "trust", "--forget", "李雷")
	// Without --yes nothing is forgotten: the words of the key are shown.
	code, out, errs := h.run("trust", "--forget", "刘洋")
	if code != 1 || !strings.Contains(out, oldWords) || !strings.Contains(errs, "nothing forgotten") || !strings.Contains(errs, "--yes") {
		t.Fatalf("trust --forget without --yes: exit %d\n%s\n%s", code, out, errs)
	}
	if out := h.ok("trust"); !strings.Contains(out, oldWords) {
		t.Fatalf("the key was forgotten without --yes: %q", out)
	}
	if out := h.ok("trust", "--forget", "刘洋", "--yes"); !strings.Contains(out, "forgot the key of 刘洋 (r-00112233aabbccdd)") {
		t.Fatalf("forget printed %q", out)
	}
	if code, _, errs := h.run("merge", renewed); code != 1 || !strings.Contains(errs, "--accept-key") {
		t.Fatalf("forgetting handed the id to the next key: exit %d, %q", code, errs)
	}
	h.ok("merge", "--accept-key", renewed)
	newWords := share.FingerprintWords(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)).Public().(ed25519.PublicKey))
	if out := h.ok("trust"); !strings.Contains(out, newWords) {
		t.Fatalf("after the new file trust lists %q", out)
	}
}
