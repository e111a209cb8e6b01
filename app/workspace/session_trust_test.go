package workspace

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// legacyFile is a file of a first-version colleague (an id not derived
// from a key) signed with key, their review of p3 at the clock wall.
func legacyFile(t *testing.T, c *colleague, rv data.Reviewer, key ed25519.PrivateKey, wall int64, st data.Status) string {
	t.Helper()
	r, err := c.s.Report("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: c.s.Rubric(),
		Reviewers: []data.Reviewer{rv}, Exporter: rv, Exported: time.Now(),
		Reviews: []data.Review{{PledgeID: p3, ReviewerID: rv.ID, Status: st, Updated: data.HLC{Wall: wall, Node: rv.ID}}}}
	return forge(t, t.TempDir(), "legacy.json", f, key)
}

func mergeAll(t *testing.T, s *Session, path string) error {
	t.Helper()
	mp, err := s.PlanMerges([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if refused := mp.Refused(); len(refused) > 0 {
		return refused[0].Err
	}
	_, err = s.ApplyMerges(mp)
	return err
}

// A colleague with a new key is refused until their old key is forgotten;
// then their next file pins the new key, and their records merge.
func TestForgetKeyRepinsTheNextFile(t *testing.T) {
	alice := newColleague(t, "王芳")
	liu := data.Reviewer{ID: "r-00112233aabbccdd", Name: "刘洋"}
	oldKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))
	newKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32))
	now := time.Now().UnixMilli()
	if err := mergeAll(t, alice.s, legacyFile(t, alice, liu, oldKey, now, data.Done)); err != nil {
		t.Fatal(err)
	}
	renewed := legacyFile(t, alice, liu, newKey, now+1000, data.Behind)
	if err := mergeAll(t, alice.s, renewed); !errors.Is(err, data.ErrKeyChanged) {
		t.Fatalf("a file with a new key: %v", err)
	}

	if _, err := alice.s.ForgetKey("nobody"); !errors.Is(err, ErrNoPinnedKey) {
		t.Errorf("forgetting an unknown colleague: %v", err)
	}
	forgot, err := alice.s.ForgetKey("刘洋")
	if err != nil || forgot.ID != liu.ID {
		t.Fatalf("forget by name: %+v %v", forgot, err)
	}
	if keys, _ := alice.s.PinnedKeys(); len(keys) != 0 {
		t.Fatalf("still pinned after forgetting: %+v", keys)
	}
	// Forgetting does not hand the id to the next key: the user accepts it.
	mp, err := alice.s.PlanMerges([]string{renewed})
	if err != nil || len(mp.Files[0].Plan.Claims) != 1 || mp.Files[0].Writes() {
		t.Fatalf("the file with the new key after forgetting the old one is not held for a choice: %+v %v", mp.Files[0], err)
	}
	mp.AcceptClaims()
	if _, err := alice.s.ApplyMerges(mp); err != nil {
		t.Fatalf("the file with the new key, accepted: %v", err)
	}
	keys, err := alice.s.PinnedKeys()
	if err != nil || len(keys) != 1 || !bytes.Equal(keys[0].PublicKey, newKey.Public().(ed25519.PublicKey)) || keys[0].Reviewer.Name != "刘洋" {
		t.Fatalf("pinned after the new file: %+v %v", keys, err)
	}
	rv, err := alice.s.store.Review(p3, liu.ID)
	if err != nil || rv.Status != data.Behind {
		t.Errorf("刘洋's review after the new file: %+v %v", rv, err)
	}
	if err := mergeAll(t, alice.s, legacyFile(t, alice, liu, oldKey, now+2000, data.Done)); !errors.Is(err, data.ErrKeyChanged) {
		t.Errorf("the old key after the new one was pinned: %v", err)
	}
}

func TestForgetKeyByIDWhenNamesClash(t *testing.T) {
	alice := newColleague(t, "王芳")
	now := time.Now().UnixMilli()
	for i, id := range []string{"r-00000000000000a1", "r-00000000000000b2"} {
		key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
		if err := mergeAll(t, alice.s, legacyFile(t, alice, data.Reviewer{ID: id, Name: "张伟"}, key, now, data.Done)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := alice.s.ForgetKey("张伟"); !errors.Is(err, ErrAmbiguousKey) {
		t.Fatalf("a name two colleagues share: %v", err)
	}
	if rv, err := alice.s.ForgetKey("r-00000000000000b2"); err != nil || rv.ID != "r-00000000000000b2" {
		t.Fatalf("forget by id: %+v %v", rv, err)
	}
	if keys, _ := alice.s.PinnedKeys(); len(keys) != 1 || keys[0].Reviewer.ID != "r-00000000000000a1" {
		t.Errorf("left pinned: %+v", keys)
	}
}
