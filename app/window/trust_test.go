package window

import (
	"bytes"
	"crypto/ed25519"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// colleagueFile writes a review file of one record by a reviewer of the
// first version ("r-…" id), signed with key, or unsigned (format 1) when key
// is nil.
func colleagueFile(t *testing.T, d *Desk, rv data.Reviewer, key ed25519.PrivateKey, status data.Status, wall int64) string {
	t.Helper()
	f := share.File{ReportID: d.loaded.report.ID, Fingerprint: d.loaded.report.Fingerprint, ReportTitle: d.loaded.report.Title,
		Rubric: d.sess.Rubric(), Reviewers: []data.Reviewer{rv}, Exporter: rv, Exported: time.Now(),
		Reviews: []data.Review{{PledgeID: d.loaded.report.Pledges()[0].ID, ReviewerID: rv.ID, Status: status,
			Updated: data.HLC{Wall: wall, Node: rv.ID}}}}
	var raw []byte
	var err error
	if key == nil {
		raw, err = share.EncodeV1(f)
	} else {
		raw, err = share.Encode(f, key)
	}
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), share.DefaultFileName(d.loaded.report.ID, rv.Name, time.Now()))
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// An unsigned file is shown as unsigned in the plan and merged only once
// the reviewer ticks that they trust it.
func TestUnsignedFileAskedInThePlan(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := colleagueFile(t, d, data.Reviewer{ID: "r-0011223344556677", Name: "刘洋"}, nil, data.Done, time.Now().UnixMilli())
	plan := planOf(t, d, path)
	if !strings.Contains(plan, "没有签名") {
		t.Errorf("the plan does not say the file is unsigned: %q", plan)
	}
	merge := overlayButton(d.win.Canvas(), "合并")
	trust := overlayCheck(d.win.Canvas())
	if trust == nil || !merge.Disabled() {
		t.Fatal("an unsigned file can be merged without consent")
	}
	test.Tap(trust)
	if merge.Disabled() {
		t.Fatal("consent does not enable Merge")
	}
	if got := tapMerge(t, d); !strings.Contains(got, "写入 1 条记录") {
		t.Errorf("the result says %q", got)
	}
}

// A reviewer's file signed by another key than the one pinned is refused,
// and the window shows both keys as words to compare by phone.
func TestChangedKeyShownAsWords(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	liu := data.Reviewer{ID: "r-0011223344556677", Name: "刘洋"}
	first := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{2}, 32))
	now := time.Now().UnixMilli()
	mergeThrough(t, d, colleagueFile(t, d, liu, first, data.Done, now))
	held := storedReviews(t, d)
	got := planOf(t, d, colleagueFile(t, d, liu, other, data.Behind, now+1000))
	for _, want := range []string{"刘洋", share.FingerprintWordsIn(first.Public().(ed25519.PublicKey), "zh"),
		share.FingerprintWordsIn(other.Public().(ed25519.PublicKey), "zh"), "打电话", "工作区没有任何改动"} {
		if !strings.Contains(got, want) {
			t.Errorf("the refusal does not say %q:\n%s", want, got)
		}
	}
	if after := storedReviews(t, d); len(after) != len(held) || after[0].Status != held[0].Status {
		t.Fatal("the refused file changed the workspace")
	}
}

// The name dialog keeps no control or bidi characters, and shows the key.
func TestNameDialogCleansTheName(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	sd := d.askName(false)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, share.FingerprintWordsIn(d.sess.PublicKey(), "zh")) {
		t.Errorf("the dialog does not show the key: %q", got)
	}
	sd.name.SetText("\x1b[2J李\a雷\u202Egnp.exe\u2066")
	sd.onSubmit(true)
	if d.sess.Me().Name != "[2J李雷gnp.exe" {
		t.Errorf("name %q", d.sess.Me().Name)
	}
	me, _ := workspace.LoadIdentity(cfg)
	stored, _ := d.sess.Reviewers()
	for _, rv := range stored {
		if rv.ID == me.ID && rv.Name != me.Name {
			t.Errorf("workspace %q, identity %q", rv.Name, me.Name)
		}
	}
	if me.Name != "[2J李雷gnp.exe" {
		t.Errorf("identity %q", me.Name)
	}
	sd = d.askName(false)
	sd.name.SetText(strings.Repeat("长", data.MaxNameRunes+1))
	if sd.name.Validate() == nil {
		t.Error("a name over the limit is accepted")
	}
}

// A signed file in the name of a colleague who sent unsigned files before
// is not merged until the user accepts its key in the plan, after reading
// its six words; then it is.
func TestClaimAcceptedInThePlan(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	liu := data.Reviewer{ID: "r-0011223344556677", Name: "刘洋"}
	now := time.Now().UnixMilli()
	planOf(t, d, colleagueFile(t, d, liu, nil, data.Done, now))
	test.Tap(overlayCheck(d.win.Canvas()))
	tapMerge(t, d)
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32))
	plan := planOf(t, d, colleagueFile(t, d, liu, key, data.Behind, now+1000))
	if !strings.Contains(plan, "以前发来的文件没有签名") {
		t.Fatalf("the plan does not warn of the claim:\n%s", plan)
	}
	if merge := overlayButton(d.win.Canvas(), "合并"); merge == nil || !merge.Disabled() {
		t.Fatal("a claim can be merged without accepting its key")
	}
	accept := overlayButton(d.win.Canvas(), "接受 刘洋 的新密钥…")
	if accept == nil {
		t.Fatalf("no button to accept the key in:\n%s", plan)
	}
	test.Tap(accept)
	words := share.FingerprintWordsIn(key.Public().(ed25519.PublicKey), "zh")
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, words) {
		t.Fatalf("the key's words %q are not shown:\n%s", words, got)
	}
	test.Tap(overlayButton(d.win.Canvas(), "词语一致：接受密钥"))
	if got := overlayTexts(d.win.Canvas()); strings.Contains(got, "以前发来的文件没有签名") {
		t.Fatalf("the plan still warns after the key was accepted:\n%s", got)
	}
	if got := tapMerge(t, d); !strings.Contains(got, "写入 1 条记录") {
		t.Fatalf("the result says %q", got)
	}
	if after := storedReviews(t, d); len(after) != 1 || after[0].Status != data.Behind {
		t.Fatalf("the claimed file's review is not in the workspace: %+v", after)
	}
}
