package share

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

// update returns a progress update of a reviewer, recorded at wall.
func update(p int, rv data.Reviewer, value float64, wall int64) data.ProgressUpdate {
	return data.ProgressUpdate{PledgeID: pledge(p), ReviewerID: rv.ID, Target: 1, Value: value, AsOf: "2021-09-30",
		Source: data.Evidence{Text: "季度通报"}, Recorded: clock(wall, rv.ID)}
}

// Each reviewer's progress updates travel in their own signed group, and
// a file without updates has no "progress" key anywhere, its seals
// included.
func TestProgressTravelsInSignedGroups(t *testing.T) {
	f := file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 4))
	f.Progress = []data.ProgressUpdate{update(1, wang, 1200, 5), update(2, li, 3000, 6)}
	b := mustEncode(t, f)
	var w struct {
		Progress json.RawMessage `json:"progress"`
		Groups   []struct {
			Seal     map[string]json.RawMessage `json:"seal"`
			Progress []data.ProgressUpdate      `json:"progress"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	if w.Progress != nil || len(w.Groups) != 2 {
		t.Fatalf("top-level progress %s, %d groups", w.Progress, len(w.Groups))
	}
	for i, g := range w.Groups {
		if len(g.Progress) != 1 || g.Progress[0].ReviewerID != f.Reviewers[i].ID || g.Seal["progress"] == nil {
			t.Errorf("group %d: progress %+v, sealed %t", i, g.Progress, g.Seal["progress"] != nil)
		}
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Progress, f.Progress) {
		t.Errorf("decoded %+v, want %+v", got.Progress, f.Progress)
	}
	if got.Seals[li.ID].Newest != clock(6, li.ID) {
		t.Errorf("li's seal's newest clock %+v, want the clock of li's update", got.Seals[li.ID].Newest)
	}

	plain := mustEncode(t, file([]data.Reviewer{wang}, review(1, wang, 3)))
	if bytes.Contains(plain, []byte("progress")) {
		t.Error("a file without progress updates names progress")
	}
}

// A progress update changed after signing, moved into another author's
// group, or signed by one reviewer in another's name is refused.
func TestForgedProgressIsRefused(t *testing.T) {
	f := file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 4))
	f.Progress = []data.ProgressUpdate{update(1, wang, 1200, 5), update(2, li, 3000, 6)}
	b := mustEncode(t, f)
	liLine, err := json.Marshal(f.Progress[1])
	if err != nil {
		t.Fatal(err)
	}

	edited := bytes.Replace(b, []byte(`"value":3000`), []byte(`"value":5000`), 1)
	// li's update taken out of li's group and put in wang's
	moved := bytes.Replace(b, []byte(",\n\t\t\t\"progress\": [\n\t\t\t\t"+string(liLine)+"\n\t\t\t]"), nil, 1)
	if bytes.Contains(moved, liLine) {
		t.Fatal("li's update is still in li's group")
	}
	wangLine, _ := json.Marshal(f.Progress[0])
	moved = bytes.Replace(moved, wangLine, append(append(wangLine, ",\n\t\t\t\t"...), liLine...), 1)

	// wang signs, in his own group, an update in li's name
	own := file([]data.Reviewer{wang}, review(1, wang, 3))
	groups, err := sealGroups(own, keyOf(wang.ID))
	if err != nil {
		t.Fatal(err)
	}
	g := &groups[0]
	g.progress = [][]byte{liLine}
	g.seal, err = newSeal(testReport, testFP, wang, keyOf(wang.ID), clock(6, li.ID), g.reviews, g.history, g.progress)
	if err != nil {
		t.Fatal(err)
	}
	inLisName, err := writeV2(own, groups)
	if err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name string
		raw  []byte
		says string
	}{
		{"edited", edited, "is not the one signed"},
		{"moved", moved, "is not the one signed"},
		{"in li's name", inLisName, "in the name of"},
	} {
		if bytes.Equal(c.raw, b) {
			t.Fatalf("%s: the forgery changed nothing", c.name)
		}
		if _, err := Decode(c.raw); !errors.Is(err, ErrForged) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want ErrForged saying %q", c.name, err, c.says)
		}
	}
}

// An unsigned file's updates are planned like its reviews: nobody's under
// the id of someone who signs, the others only when the user accepts the
// file (the workspace checks Accepted).
func TestUnsignedProgressIsPlannedLikeReviews(t *testing.T) {
	f := file([]data.Reviewer{zhang, wang}, review(1, zhang, 3))
	f.Progress = []data.ProgressUpdate{update(1, zhang, 1200, 5), update(2, wang, 3000, 6)}
	b, err := EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil || got.Signed || !reflect.DeepEqual(got.Progress, f.Progress) {
		t.Fatalf("format 1 with progress: %v, signed %t, %+v", err, got.Signed, got.Progress)
	}
	ws := workspace(3, nil)
	ws.Me, ws.MyKey = wang.ID, keyOf(wang.ID).Public().(ed25519.PublicKey)
	p, err := Plan(ws, got)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Unsigned || len(p.Progress) != 1 || p.Progress[0].ReviewerID != zhang.ID {
		t.Errorf("unsigned %t, progress planned %+v, want zhang's only", p.Unsigned, p.Progress)
	}
	if len(p.Rejected) != 1 || p.Rejected[0].Reviewer != wang.ID || p.Rejected[0].Reason != Unsigned {
		t.Errorf("rejected %+v, want my update as unsigned", p.Rejected)
	}
	// merged once, nothing is left to take
	ws.Progress = map[string]bool{data.ProgressKey(p.Progress[0]): true}
	if p, _ := Plan(ws, got); len(p.Progress) != 0 {
		t.Errorf("planned again: %+v", p.Progress)
	}
}

// Relaying keeps only the updates a colleague's seal covers.
func TestKeepSealedDropsUncoveredProgress(t *testing.T) {
	f := file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 4))
	f.Progress = []data.ProgressUpdate{update(2, li, 3000, 6)}
	f, err := signAll(f)
	if err != nil {
		t.Fatal(err)
	}
	f.Progress = append(f.Progress, update(2, li, 4000, 7)) // reached the relay unsigned
	if n := f.KeepSealed(); n != 1 || len(f.Progress) != 1 || f.Progress[0].Value != 3000 {
		t.Fatalf("dropped %d, kept %+v", n, f.Progress)
	}
	if _, err := Encode(f, keyOf(wang.ID)); err != nil {
		t.Fatal(err)
	}
}
