package share

import (
	"crypto/ed25519"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

// lawForm is the report of the law tests as placement reads it: a pledge a
// sentence; extra puts one more sentence first, as another version of the
// report would, so that its pledge n is pledge n-1 of the workspace and
// its pledge 1 has no place there.
func lawForm(extra bool) *Form {
	var lines []string
	if extra {
		lines = append(lines, "开头新增的一句说明。")
	}
	for i := 1; i <= lawPledges; i++ {
		lines = append(lines, fmt.Sprintf("第%d项承诺要在年底前完成%d个项目。", i, i*10))
	}
	h := data.Headline{N: 1}
	off := 0
	for n, l := range lines {
		end := off + len([]rune(l))
		h.Pledges = append(h.Pledges, data.Pledge{ID: pledge(n + 1), Text: l, Start: off, End: end})
		off = end + 1
	}
	// The rest of the report: text enough for one sentence more to be a
	// small change.
	for i := range 40 {
		lines = append(lines, fmt.Sprintf("其余内容的第%d句话。", i))
	}
	r := &data.Report{ID: testReport, Source: strings.Join(lines, "\n"), Chapters: []data.Chapter{{N: 1, Headlines: []data.Headline{h}}}}
	return FormOf(r)
}

var wsForm, otherForm = lawForm(false), lawForm(true)

// placedWorkspace is a random workspace holding the report's form, its
// local reviewer 王芳.
func placedWorkspace(rng *rand.Rand) Workspace {
	ws := randomWorkspace(rng)
	ws.Form = wsForm
	ws.Me, ws.MyKey = wang.ID, keyOf(wang.ID).Public().(ed25519.PublicKey)
	return ws
}

// otherFile is a random file written on the other version of the report;
// now and then one of the workspace's own form instead.
func otherFile(rng *rand.Rand) File {
	f := randomFile(rng)
	if rng.IntN(4) == 0 {
		return f
	}
	f.Fingerprint = "fp-other-version"
	f.Describe(otherForm)
	return f
}

func TestLawPlacedMergeTwiceChangesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range lawRounds {
		ws, f := placedWorkspace(rng), otherFile(rng)
		once := merge(t, ws, f)
		p, err := Plan(once, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.ReviewersAdded)+len(p.Added)+len(p.Updated)+len(p.Writes)+len(p.UnplacedWrites) > 0 {
			t.Fatalf("second merge plans changes: %+v", p)
		}
		if twice := Apply(once, p); !reflect.DeepEqual(twice, once) {
			t.Fatal("second merge changed the workspace")
		}
	}
}

func TestLawPlacedMergeCommutes(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for range lawRounds {
		ws, a, b := placedWorkspace(rng), otherFile(rng), otherFile(rng)
		ab := merge(t, merge(t, ws, a), b)
		ba := merge(t, merge(t, ws, b), a)
		if !reflect.DeepEqual(ab.Reviews, ba.Reviews) || !reflect.DeepEqual(ab.Unplaced, ba.Unplaced) {
			t.Fatalf("A then B and B then A differ:\n%v %v\n%v %v", ab.Reviews, ab.Unplaced, ba.Reviews, ba.Unplaced)
		}
	}
}

// The local reviewer's records are never taken from a file their key did
// not sign, wherever placement would put them; every other record of the
// file is placed or kept, and a placed one is on the pledge with its text.
func TestLawPlacementKeepsMineAndLosesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for range lawRounds {
		ws, f := placedWorkspace(rng), otherFile(rng)
		p, err := Plan(ws, f)
		if err != nil {
			t.Fatal(err)
		}
		after := Apply(ws, p)
		for k, r := range after.Reviews {
			if k.Reviewer == wang.ID && !reflect.DeepEqual(r, ws.Reviews[k]) {
				t.Fatalf("my record %v was overwritten by a file I did not sign", k)
			}
		}
		for _, u := range p.UnplacedWrites {
			if u.Review.ReviewerID == wang.ID {
				t.Fatalf("my record %v kept from a file I did not sign", KeyOf(u.Review))
			}
		}
		if f.Content == nil {
			continue
		}
		if got := p.Placement.ByID + p.Placement.ByText + len(p.Unplaced); got != len(f.Reviews) {
			t.Fatalf("placed %d + %d, unplaced %d, of %d records", p.Placement.ByID, p.Placement.ByText, len(p.Unplaced), len(f.Reviews))
		}
		for _, r := range p.Writes {
			to, _ := wsForm.Anchor(r.PledgeID)
			found := false
			for _, fr := range f.Reviews {
				from, _ := otherForm.Anchor(fr.PledgeID)
				found = found || fr.ReviewerID == r.ReviewerID && fr.Updated == r.Updated && from.Hash == to.Hash
			}
			if !found {
				t.Fatalf("the record %v is not on the pledge with its text", KeyOf(r))
			}
		}
	}
}
