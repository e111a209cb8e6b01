package share

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"pledgereview/data"
)

var lawReviewers = []data.Reviewer{wang, li, zhang, {ID: "r-twin", Name: "王芳"}}

const (
	lawPledges = 6 // the report's pledges; files also name pledge 7
	lawRounds  = 2000
)

// randomReviews gives random records of the given reviewers. Clocks come from
// a small range so files often hold the same, older and newer versions of a
// record; content follows from the clock (see review).
func randomReviews(rng *rand.Rand, reviewers []data.Reviewer) []data.Review {
	var out []data.Review
	for _, rv := range reviewers {
		for p := 1; p <= lawPledges+1; p++ {
			if rng.IntN(3) > 0 {
				out = append(out, review(p, rv, rng.Int64N(6)+1))
			}
		}
	}
	return out
}

func randomReviewers(rng *rand.Rand) []data.Reviewer {
	var out []data.Reviewer
	for _, i := range rng.Perm(len(lawReviewers))[:rng.IntN(len(lawReviewers))+1] {
		out = append(out, lawReviewers[i])
	}
	return out
}

func randomWorkspace(rng *rand.Rand) Workspace {
	rvs := randomReviewers(rng)
	ws := workspace(lawPledges, rvs)
	for _, r := range randomReviews(rng, rvs) {
		if ws.Pledges[r.PledgeID] {
			ws.Reviews[KeyOf(r)] = &r
		}
	}
	return ws
}

// randomFile carries some reviewers and, now and then, slips in records of a
// reviewer it does not carry (a hand-made file; Decode would refuse it).
func randomFile(rng *rand.Rand) File {
	carried := randomReviewers(rng)
	reviews := randomReviews(rng, carried)
	if rng.IntN(3) == 0 {
		stranger := lawReviewers[rng.IntN(len(lawReviewers))]
		if !slices.Contains(carried, stranger) {
			reviews = append(reviews, randomReviews(rng, []data.Reviewer{stranger})...)
		}
	}
	rng.Shuffle(len(reviews), func(i, j int) { reviews[i], reviews[j] = reviews[j], reviews[i] })
	return file(carried, reviews...)
}

func merge(t *testing.T, ws Workspace, f File) Workspace {
	t.Helper()
	p, err := Plan(ws, f)
	if err != nil {
		t.Fatal(err)
	}
	return Apply(ws, p)
}

func reviewerIDs(ws Workspace) []string {
	var ids []string
	for _, rv := range ws.Reviewers {
		ids = append(ids, rv.ID)
	}
	slices.Sort(ids)
	return ids
}

func TestLawMergeTwiceChangesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range lawRounds {
		ws, f := randomWorkspace(rng), randomFile(rng)
		once := merge(t, ws, f)
		p, err := Plan(once, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.ReviewersAdded)+len(p.Added)+len(p.Updated)+len(p.Writes) > 0 {
			t.Fatalf("second merge plans changes: %+v", p)
		}
		if twice := Apply(once, p); !reflect.DeepEqual(twice, once) {
			t.Fatal("second merge changed the workspace")
		}
	}
}

func TestLawMergeCommutes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range lawRounds {
		ws, a, b := randomWorkspace(rng), randomFile(rng), randomFile(rng)
		ab := merge(t, merge(t, ws, a), b)
		ba := merge(t, merge(t, ws, b), a)
		if !reflect.DeepEqual(ab.Reviews, ba.Reviews) {
			t.Fatalf("A then B and B then A differ:\n%v\n%v", ab.Reviews, ba.Reviews)
		}
		if !reflect.DeepEqual(reviewerIDs(ab), reviewerIDs(ba)) {
			t.Fatalf("reviewers differ: %v, %v", reviewerIDs(ab), reviewerIDs(ba))
		}
	}
}

func TestLawOnlyCarriedReviewersChange(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range lawRounds {
		ws, f := randomWorkspace(rng), randomFile(rng)
		after := merge(t, ws, f)
		carried := map[string]bool{}
		for _, rv := range f.Reviewers {
			carried[rv.ID] = true
		}
		for _, rv := range lawReviewers {
			if carried[rv.ID] {
				continue
			}
			for p := 1; p <= lawPledges+1; p++ {
				k := Key{pledge(p), rv.ID}
				before, had := ws.Reviews[k]
				now, has := after.Reviews[k]
				if had != has || !reflect.DeepEqual(before, now) {
					t.Fatalf("record %v of a reviewer the file does not carry changed: %v -> %v", k, before, now)
				}
			}
		}
		for k := range after.Reviews {
			if !ws.Pledges[k.Pledge] {
				t.Fatalf("record for unknown pledge %v merged", k)
			}
		}
	}
}

// The laws hold through the file format too, for files Decode accepts.
func TestLawsThroughEncoding(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		ws, f := randomWorkspace(rng), randomFile(rng)
		b, err := encodeSigned(f)
		if err != nil {
			continue // a file with records of a reviewer it does not carry
		}
		g, err := Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		g.Signed, g.Seals = false, nil
		direct, _ := Plan(ws, f)
		decoded, _ := Plan(ws, g)
		if !reflect.DeepEqual(Apply(ws, direct), Apply(ws, decoded)) {
			t.Fatal("a decoded file merges differently from the original")
		}
	}
}
