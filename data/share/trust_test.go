package share

import (
	"crypto/ed25519"
	"errors"
	"strings"
	"testing"

	"pledgereview/data"
)

// writeUnchecked writes a signed file the way a careless program would,
// without Encode's validation.
func writeUnchecked(t *testing.T, f File) []byte {
	t.Helper()
	groups, err := sealGroups(f, keyOf(f.Exporter.ID))
	if err != nil {
		t.Fatal(err)
	}
	b, err := writeV2(f, groups)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A 50 MB note is refused with a message; a 1 MB name is cut and cleaned.
func TestLimitsOnMergedFiles(t *testing.T) {
	r := review(1, wang, 3)
	r.Note = strings.Repeat("x", 50<<20)
	big := file([]data.Reviewer{wang}, r)
	big.History = nil
	_, err := Decode(writeUnchecked(t, big))
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "note is over 20000 characters") {
		t.Errorf("a 50 MB note: %v", err)
	}

	long := data.Reviewer{ID: "r-long", Name: "\x1b]0;x\a" + strings.Repeat("名", 1<<20/3)}
	f, err := Decode(writeUnchecked(t, file([]data.Reviewer{long}, review(1, long, 3))))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Plan(workspace(3, nil), f)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.ReviewersAdded[0].Name; got != "]0;x"+strings.Repeat("名", data.MaxNameRunes-4) {
		t.Errorf("a 1 MB name is kept as %.20q… (%d runes)", got, len([]rune(got)))
	}
	if s := p.Summary("en"); strings.ContainsAny(s, "\x1b\a") {
		t.Error("the summary prints control characters")
	}
}

// Plan holds signers to the workspace's pins and to the local key.
func TestPlanChecksSigners(t *testing.T) {
	f, err := Decode(mustEncode(t, file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 4))))
	if err != nil {
		t.Fatal(err)
	}
	ws := workspace(3, nil)
	p, err := Plan(ws, f)
	if err != nil || len(p.Keys) != 2 || len(p.Seals) != 2 {
		t.Fatalf("first signed file: %v, keys %d, seals %d", err, len(p.Keys), len(p.Seals))
	}
	ws = Apply(ws, p)
	if p, err := Plan(ws, f); err != nil || len(p.Keys) != 0 {
		t.Fatalf("second time: %v, %d keys to pin", err, len(p.Keys))
	}
	ws.Keys[li.ID] = keyOf("someone else").Public().(ed25519.PublicKey)
	var kc *KeyChangedError
	if _, err := Plan(ws, f); !errors.As(err, &kc) || !errors.Is(err, data.ErrKeyChanged) || kc.Reviewer.ID != li.ID {
		t.Fatalf("another key pinned: %v", err)
	}
	ws = workspace(3, nil)
	ws.Me, ws.MyKey = wang.ID, keyOf("not wang").Public().(ed25519.PublicKey)
	if _, err := Plan(ws, f); !errors.Is(err, ErrNotYours) {
		t.Fatalf("my records signed by another key: %v", err)
	}
}
