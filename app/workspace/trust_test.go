package workspace

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// state is what a refused file must leave as it was.
type state struct {
	Reviews   []data.Review
	Reviewers []data.Reviewer
	Keys      map[string][]byte
	Backups   bool
	Progress  []data.ProgressUpdate
}

func (c *colleague) state(t *testing.T) state {
	t.Helper()
	reviewers, err := c.s.store.Reviewers()
	if err != nil {
		t.Fatal(err)
	}
	keys, err := c.s.store.ReviewerKeys()
	if err != nil {
		t.Fatal(err)
	}
	progress, err := c.s.store.Progress("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	return state{c.reviews(t), reviewers, keys, c.s.CanUndoMerge(), progress}
}

// forge writes f signed with key, as a hostile colleague's program would.
func forge(t *testing.T, dir, name string, f share.File, key ed25519.PrivateKey) string {
	t.Helper()
	raw, err := share.Encode(f, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// rewrite edits a file's bytes; the edit must apply.
func rewrite(t *testing.T, src, dst string, edit func([]byte) []byte) string {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	out := edit(raw)
	if bytes.Equal(out, raw) {
		t.Fatalf("%s: the edit changed nothing", dst)
	}
	if err := os.WriteFile(dst, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// Every kind of forged file is refused by a real workspace, says why, and
// changes nothing in it.
func TestForgedFilesAreRefused(t *testing.T) {
	alice, bob, carol, mallory := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "张伟"), newColleague(t, "Mallory")
	alice.review(t, p1, map[string]int{"specific": 1}, data.Done)
	bob.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	bob.review(t, p2, map[string]int{"specific": 2}, data.InProgress)
	carol.merge(t, bob.export(t))
	alice.merge(t, bob.export(t)) // pins Bob's key
	dir := t.TempDir()

	// Alice's own records, under her id, signed by Mallory.
	mine, err := alice.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	mine.Reviews[0].Scores = map[string]int{"specific": 0}
	mine.Reviews[0].Updated.Wall += 1000
	inMyName := forge(t, dir, "in-my-name.json", mine, mallory.s.key)

	// Alice's own file, one record edited by hand.
	edited := rewrite(t, alice.export(t), filepath.Join(dir, "edited.json"), func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"specific":1`), []byte(`"specific":3`), 1)
	})

	// A file "from Mallory" carrying Bob's id and name, signed by Mallory:
	// Bob's id is derived from his key, so no workspace takes it ...
	bobs, err := bob.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for i := range bobs.Reviews {
		bobs.Reviews[i].Note = "Mallory was here"
		bobs.Reviews[i].Updated.Wall += 1000
	}
	asBob := forge(t, dir, "as-bob.json", bobs, mallory.s.key)

	// ... and Bob's key swapped for Mallory's in his seal, signature kept.
	var mk struct {
		PublicKey []byte `json:"public_key"`
	}
	bobKey, _ := json.Marshal(bob.s.PublicKey())
	mk.PublicKey = mallory.s.PublicKey()
	malloryKey, _ := json.Marshal(mk.PublicKey)
	swapped := rewrite(t, bob.export(t), filepath.Join(dir, "swapped.json"), func(b []byte) []byte {
		return bytes.Replace(b, bobKey, malloryKey, 1)
	})

	// Carol relays Bob's records; Bob's signature is broken on the way.
	relay := filepath.Join(carol.dir, "relay.json")
	if _, err := carol.s.WriteReviewFile(relay, "taiyuan-2021", true, time.Now()); err != nil {
		t.Fatal(err)
	}
	brokenRelay := rewrite(t, relay, filepath.Join(dir, "broken-relay.json"), func(b []byte) []byte {
		var w struct {
			Groups []struct {
				Seal struct {
					Reviewer data.Reviewer `json:"reviewer"`
				} `json:"seal"`
				Signature string `json:"signature"`
			} `json:"groups"`
		}
		if err := json.Unmarshal(b, &w); err != nil || len(w.Groups) != 2 {
			t.Fatalf("relay: %v, %d groups", err, len(w.Groups))
		}
		sig := w.Groups[0].Signature
		if w.Groups[0].Seal.Reviewer.ID != bob.s.Me().ID {
			sig = w.Groups[1].Signature
		}
		broken := "AAAA" + sig[4:]
		return bytes.Replace(b, []byte(sig), []byte(broken), 1)
	})

	// A legacy id ("r-…", from the first version) that Alice pinned, signed
	// by another key: refused with both keys as words.
	legacy := data.Reviewer{ID: "r-00112233aabbccdd", Name: "刘洋"}
	legacyKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))
	lf := share.File{ReportID: "taiyuan-2021", Fingerprint: mine.Fingerprint, ReportTitle: mine.ReportTitle, Rubric: mine.Rubric,
		Reviewers: []data.Reviewer{legacy}, Exporter: legacy, Exported: time.Now(),
		Reviews: []data.Review{{PledgeID: p3, ReviewerID: legacy.ID, Status: data.Done, Updated: data.HLC{Wall: time.Now().UnixMilli(), Node: legacy.ID}}}}
	alice.merge(t, forge(t, dir, "legacy.json", lf, legacyKey)) // first signed file: pinned
	lf.Reviews[0].Status, lf.Reviews[0].Updated.Wall = data.Behind, lf.Reviews[0].Updated.Wall+1000
	otherKey := forge(t, dir, "legacy-other-key.json", lf, mallory.s.key)

	// A record of Bob's, signed by Bob, whose clock counter is at the top.
	top := bobs
	top.Reviews = []data.Review{bobs.Reviews[0]}
	top.Reviews[0].Note = "counter at the top"
	top.Reviews[0].Updated.Logical = math.MaxUint32
	top.History = nil
	counter := forge(t, dir, "counter.json", top, bob.s.key)

	before := alice.state(t)
	for _, c := range []struct {
		path string
		want error
		says string
	}{
		{inMyName, share.ErrForged, "not theirs"},
		{edited, share.ErrForged, "changed after it was signed"},
		{asBob, share.ErrForged, "not theirs"},
		{swapped, share.ErrForged, "does not match"},
		{brokenRelay, share.ErrForged, "李雷"},
		{otherKey, data.ErrKeyChanged, share.FingerprintWords(legacyKey.Public().(ed25519.PublicKey))},
	} {
		_, err := planOne(alice.s, c.path)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want %v saying %q", filepath.Base(c.path), err, c.want, c.says)
		}
		mp, err := alice.s.PlanMerges([]string{c.path})
		if err != nil || len(mp.Refused()) != 1 {
			t.Errorf("%s: merged with others: %v, refused %d", filepath.Base(c.path), err, len(mp.Refused()))
		}
		if _, err := alice.s.ApplyMerges(mp); err != nil {
			t.Fatal(err)
		}
	}
	var kc *share.KeyChangedError
	if _, err := planOne(alice.s, otherKey); !errors.As(err, &kc) ||
		!strings.Contains(err.Error(), share.FingerprintWords(mallory.s.PublicKey())) {
		t.Errorf("a changed key does not show both keys: %v", err)
	}
	plan, err := planOne(alice.s, counter)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Rejected) != 1 || plan.Changes() {
		t.Errorf("a counter at the top: %+v", plan)
	}
	if _, err := applyOne(alice.s, plan, counter); err != nil {
		t.Fatal(err)
	}
	if after := alice.state(t); !reflect.DeepEqual(after, before) {
		t.Fatalf("a forged file changed the workspace:\nbefore %+v\nafter  %+v", before, after)
	}

	// The honest relay merges: Bob's records under Bob's signature.
	dave := newColleague(t, "赵敏")
	res := dave.merge(t, relay)
	if res.Written != 2 {
		t.Fatalf("relay wrote %d records, want Bob's 2", res.Written)
	}
	// stored as the file carried them, signed, with the file as their source
	got, err := dave.s.store.Review(p1, bob.s.Me().ID)
	want, _ := bob.s.store.Review(p1, bob.s.Me().ID)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("relayed record %+v, Bob's %+v (%v)", got, want, err)
	}
	hist, err := dave.s.store.History(p1, bob.s.Me().ID)
	if err != nil || len(hist) != 1 || hist[0].Source != "relay.json" || len(hist[0].Changes) == 0 {
		t.Errorf("relayed history %+v (%v)", hist, err)
	}
	keys, _ := dave.s.store.ReviewerKeys()
	if !bytes.Equal(keys[bob.s.Me().ID], bob.s.PublicKey()) {
		t.Error("the relay did not pin Bob's own key")
	}
}

// A file of the first version (unsigned) is shown as unsigned and merged
// only when accepted; even then it cannot write the records of someone who
// signs.
func TestUnsignedFileNeedsConsent(t *testing.T) {
	alice, bob := newColleague(t, "王芳"), newColleague(t, "李雷")
	alice.review(t, p1, map[string]int{"specific": 1}, data.Done)
	f, err := bob.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	old := data.Reviewer{ID: "r-0123456789abcdef", Name: "老版本"}
	f.Reviewers = []data.Reviewer{old, alice.s.Me()}
	f.Exporter = old
	now := data.HLC{Wall: time.Now().UnixMilli()}
	f.Reviews = []data.Review{
		{PledgeID: p2, ReviewerID: old.ID, Status: data.Done, Updated: data.HLC{Wall: now.Wall, Node: old.ID}},
		{PledgeID: p1, ReviewerID: alice.s.Me().ID, Status: data.Behind, Updated: data.HLC{Wall: now.Wall + 5000, Node: alice.s.Me().ID}},
	}
	raw, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "v1.json")
	os.WriteFile(path, raw, 0o644)

	before := alice.state(t)
	plan, err := planOne(alice.s, path)
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Unsigned || !strings.Contains(plan.Summary("en"), "unsigned") {
		t.Fatalf("not shown as unsigned: %s", plan.Summary("en"))
	}
	if _, err := applyOne(alice.s, plan, path); !errors.Is(err, ErrUnsigned) {
		t.Fatalf("merged without consent: %v", err)
	}
	mp, _ := alice.s.PlanMerges([]string{path})
	mp.RefuseUnsigned()
	if _, err := alice.s.ApplyMerges(mp); err != nil || len(mp.Refused()) != 1 {
		t.Fatalf("several files: %v, refused %d", err, len(mp.Refused()))
	}
	if after := alice.state(t); !reflect.DeepEqual(after, before) {
		t.Fatal("an unsigned file changed the workspace without consent")
	}

	plan.Accepted = true
	res, err := applyOne(alice.s, plan, path)
	if err != nil || res.Written != 1 {
		t.Fatalf("accepted: %v, %d written", err, res.Written)
	}
	if len(plan.Rejected) != 1 || plan.Rejected[0].Reviewer != alice.s.Me().ID || plan.Rejected[0].Reason != share.Unsigned {
		t.Errorf("an unsigned record in my name: %+v", plan.Rejected)
	}
	got, _ := alice.s.store.Review(p1, alice.s.Me().ID)
	if got.Status != data.Done {
		t.Error("an unsigned file overwrote my own record")
	}
}

// An identity of the first version gets a key and keeps its id and its
// records.
func TestFirstVersionIdentityGetsAKey(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "config")
	os.MkdirAll(config, 0o700)
	legacy := data.Reviewer{ID: "r-8899aabbccddeeff", Name: "王芳"}
	raw, _ := json.Marshal(legacy)
	os.WriteFile(filepath.Join(config, "identity.json"), raw, 0o600)
	ws := filepath.Join(dir, "ws.pledgereview")
	s, err := Open(ws, config)
	if err != nil {
		t.Fatal(err)
	}
	if s.Me().ID != legacy.ID || s.key == nil {
		t.Fatalf("identity %+v, key %v", s.Me(), s.key != nil)
	}
	fi, err := os.Stat(filepath.Join(config, "identity.key"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", err, fi)
	}
	rv := data.NewReview(p1, s.Me().ID)
	rv.Status = data.Done
	if _, err := s.store.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	key := s.key
	s.Close()
	s, err = Open(ws, config)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !key.Equal(s.key) {
		t.Error("the key changed between two opens")
	}
	if got, err := s.store.Review(p1, legacy.ID); err != nil || got.Status != data.Done {
		t.Errorf("the first version's records are lost: %v", err)
	}

	// Records under that id signed by another key are refused: the id
	// proves nothing, the local key does.
	f, err := s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.Reviews[0].Status, f.Reviews[0].Updated.Wall = data.Behind, f.Reviews[0].Updated.Wall+1000
	f.History = nil
	forged := forge(t, dir, "in-my-name.json", f, ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)))
	if _, err := planOne(s, forged); !errors.Is(err, share.ErrNotYours) {
		t.Errorf("records in my name signed by another key: %v", err)
	}
}

// A workspace whose review file would be over what merge accepts is not
// exported: the export says why and writes nothing.
func TestExportTooBigForMergeIsRefused(t *testing.T) {
	c := newColleague(t, "王芳")
	r := datatest.ReportOfSize("big", 1200)
	if err := c.s.store.AddReport(r); err != nil {
		t.Fatal(err)
	}
	note := strings.Repeat("长", data.MaxNoteRunes) // 60 KB, within the limit
	var w data.MergeWrite
	for i, p := range r.Pledges()[:1200] {
		rv := data.NewReview(p.ID, c.s.Me().ID)
		rv.Note, rv.Updated = note, data.HLC{Wall: int64(1_600_000_000_000 + i), Node: c.s.Me().ID}
		w.Reviews = append(w.Reviews, rv)
	}
	if _, err := c.s.store.ApplyMerge(w); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(c.dir, "big.pledgereview.json")
	_, err := c.s.WriteReviewFile(path, "big", false, time.Now())
	if !errors.Is(err, share.ErrTooLarge) || !strings.Contains(err.Error(), "64 MB") {
		t.Fatalf("export of %d MB of notes: %v", 1200*len(note)>>20, err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a file merge would refuse was written: %v", err)
	}
}
