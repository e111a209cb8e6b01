package workspace

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// progress records one update of the colleague's and returns it as stored.
func (c *colleague) progress(t *testing.T, pledge string, target int, value float64, asOf string) data.ProgressUpdate {
	t.Helper()
	ups, err := c.s.AddProgress(data.ProgressUpdate{PledgeID: pledge, Target: target, Value: value, AsOf: asOf,
		Source: data.Evidence{Text: "季度通报"}})
	if err != nil {
		t.Fatal(err)
	}
	return ups[0]
}

// line is an update as a signed file holds it: compact JSON, one a line.
func line(t *testing.T, u data.ProgressUpdate) []byte {
	t.Helper()
	b, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// resign re-signs, with key, the group of the file at src whose reviewer
// is id after edit has changed its progress lines, as a hostile program
// would: the seal lists the digests of the new lines.
func resign(t *testing.T, src, dst, id string, key ed25519.PrivateKey, lines [][]byte) string {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		Groups []struct {
			Seal      json.RawMessage   `json:"seal"`
			Signature string            `json:"signature"`
			Progress  []json.RawMessage `json:"progress"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		t.Fatal(err)
	}
	for _, g := range w.Groups {
		var seal map[string]json.RawMessage
		if err := json.Unmarshal(g.Seal, &seal); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(seal["reviewer"], []byte(id)) {
			continue
		}
		var digests []byte
		for _, l := range lines {
			sum := sha256.Sum256(l)
			digests = append(digests, sum[:]...)
		}
		seal["progress"], _ = json.Marshal(digests)
		newSeal, _ := json.Marshal(seal)
		out := bytes.Replace(raw, g.Seal, newSeal, 1)
		out = bytes.Replace(out, []byte(g.Signature), []byte(base64.StdEncoding.EncodeToString(ed25519.Sign(key, newSeal))), 1)
		for i, old := range g.Progress {
			out = bytes.Replace(out, old, lines[i], 1)
		}
		return rewrite(t, src, dst, func([]byte) []byte { return out })
	}
	t.Fatalf("%s: no group of %s", src, id)
	return ""
}

// Progress updates travel under their author's signature: a real
// workspace refuses an update changed after signing, moved into another
// author's group or signed by someone else in its author's name, and
// changes nothing; the honest relay merges, and merging it again changes
// nothing.
func TestForgedProgressIsRefused(t *testing.T) {
	alice, bob, carol, mallory := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "张伟"), newColleague(t, "Mallory")
	alice.review(t, p1, map[string]int{"specific": 1}, data.Done)
	bob.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	bob.progress(t, p1, 1, 1200, "2021-03-31")
	alice.merge(t, bob.export(t)) // pins Bob's key, takes his first update
	carol.merge(t, bob.export(t))
	// Bob's second update changes no review: his seal is still newer, so
	// Carol keeps it and relays both.
	late := bob.progress(t, p1, 1, 3000, "2021-09-30")
	bobFile := bob.export(t)
	if res := carol.merge(t, bobFile); res.Progress != 1 {
		t.Fatalf("Carol took %d of Bob's new updates, want 1", res.Progress)
	}
	carol.progress(t, p2, 0, 50, "2021-06-30")
	relay := filepath.Join(carol.dir, "relay.json")
	if _, err := carol.s.WriteReviewFile(relay, "taiyuan-2021", true, time.Now()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	// Bob's file, his update's value raised after he signed it.
	edited := rewrite(t, bobFile, filepath.Join(dir, "edited.json"), func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"value":3000`), []byte(`"value":5000`), 1)
	})

	// Carol's relay, Bob's update taken out of his group into Carol's.
	carolsOwn, err := carol.s.store.PledgeProgress(p2)
	if err != nil || len(carolsOwn) != 1 {
		t.Fatalf("Carol's updates: %v, %d", err, len(carolsOwn))
	}
	moved := rewrite(t, relay, filepath.Join(dir, "moved.json"), func(b []byte) []byte {
		lateLine, carolLine := line(t, late), line(t, carolsOwn[0])
		out := bytes.Replace(b, append([]byte(",\n\t\t\t\t"), lateLine...), nil, 1)
		return bytes.Replace(out, carolLine, append(append(carolLine, ",\n\t\t\t\t"...), lateLine...), 1)
	})

	// Alice's own update, under her id, signed by Mallory.
	mine, err := alice.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	mine.Progress = []data.ProgressUpdate{{PledgeID: p1, ReviewerID: alice.s.Me().ID, Target: 1, Value: 5000, AsOf: "2021-09-30",
		Recorded: data.HLC{Wall: time.Now().UnixMilli(), Node: alice.s.Me().ID}}}
	inMyName := forge(t, dir, "in-my-name.json", mine, mallory.s.key)

	// Mallory's own group, signed by Mallory, carrying an update in Bob's name.
	mallory.progress(t, p1, 1, 100, "2021-09-30")
	fake := late
	fake.Value, fake.Recorded.Wall = 4900, late.Recorded.Wall+1000
	inBobsName := resign(t, mallory.export(t), filepath.Join(dir, "in-bobs-name.json"), mallory.s.Me().ID, mallory.s.key,
		[][]byte{line(t, fake)})

	before := alice.state(t)
	if len(before.Progress) != 1 {
		t.Fatalf("Alice holds %d updates before, want Bob's first", len(before.Progress))
	}
	for _, c := range []struct {
		path, says string
	}{
		{edited, "is not the one signed"},
		{moved, "is not the one signed"},
		{inMyName, "not theirs"},
		{inBobsName, "in the name of"},
	} {
		_, err := planOne(alice.s, c.path)
		if !errors.Is(err, share.ErrForged) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want ErrForged saying %q", filepath.Base(c.path), err, c.says)
		}
		mp, err := alice.s.PlanMerges([]string{c.path})
		if err != nil || len(mp.Refused()) != 1 {
			t.Errorf("%s: merged with others: %v, refused %d", filepath.Base(c.path), err, len(mp.Refused()))
		}
		if _, err := alice.s.ApplyMerges(mp); err != nil {
			t.Fatal(err)
		}
	}
	if after := alice.state(t); !reflect.DeepEqual(after, before) {
		t.Fatalf("a forged update changed the workspace:\nbefore %+v\nafter  %+v", before, after)
	}

	// The honest relay: Bob's two updates under Bob's seal, Carol's under hers.
	res := alice.merge(t, relay)
	if res.Progress != 2 {
		t.Errorf("the relay added %d updates, want Bob's second and Carol's", res.Progress)
	}
	got, err := alice.s.store.PledgeProgress(p1)
	if err != nil || len(got) != 2 || got[1].Value != 3000 || got[1].ReviewerID != bob.s.Me().ID {
		t.Errorf("Alice's updates of p1 %+v (%v)", got, err)
	}
	again := alice.state(t)
	plan, err := planOne(alice.s, relay)
	if err != nil || plan.Changes() {
		t.Fatalf("merging the relay again: %v, changes %t", err, plan.Changes())
	}
	if _, err := applyOne(alice.s, plan, relay); err != nil {
		t.Fatal(err)
	}
	if after := alice.state(t); !reflect.DeepEqual(after, again) {
		t.Error("merging the relay again changed the workspace")
	}
}

// An unsigned file's updates are merged only with the user's consent, and
// even then never those of a reviewer who signs.
func TestUnsignedProgressNeedsConsent(t *testing.T) {
	alice, bob := newColleague(t, "王芳"), newColleague(t, "李雷")
	alice.review(t, p1, map[string]int{"specific": 1}, data.Done)
	f, err := bob.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	old := data.Reviewer{ID: "r-0123456789abcdef", Name: "老版本"}
	now := time.Now().UnixMilli()
	f.Reviewers, f.Exporter, f.Reviews, f.History = []data.Reviewer{old, alice.s.Me()}, old, nil, nil
	f.Progress = []data.ProgressUpdate{
		{PledgeID: p1, ReviewerID: old.ID, Target: 1, Value: 2500, AsOf: "2021-06-30", Recorded: data.HLC{Wall: now, Node: old.ID}},
		{PledgeID: p1, ReviewerID: alice.s.Me().ID, Target: 1, Value: 5000, AsOf: "2021-06-30", Recorded: data.HLC{Wall: now, Node: alice.s.Me().ID}},
	}
	raw, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "v1.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}

	before := alice.state(t)
	plan, err := planOne(alice.s, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := applyOne(alice.s, plan, path); !errors.Is(err, ErrUnsigned) {
		t.Fatalf("merged without consent: %v", err)
	}
	if after := alice.state(t); !reflect.DeepEqual(after, before) {
		t.Fatal("an unsigned file's progress changed the workspace without consent")
	}
	plan.Accepted = true
	res, err := applyOne(alice.s, plan, path)
	if err != nil || res.Progress != 1 {
		t.Fatalf("accepted: %v, %d updates added", err, res.Progress)
	}
	got, _ := alice.s.store.PledgeProgress(p1)
	if len(got) != 1 || got[0].ReviewerID != old.ID {
		t.Errorf("updates after consent %+v, want the old version's only", got)
	}
	if len(plan.Rejected) != 1 || plan.Rejected[0].Reviewer != alice.s.Me().ID || plan.Rejected[0].Reason != share.Unsigned {
		t.Errorf("an unsigned update in my name: %+v", plan.Rejected)
	}
}
