package share

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

// A file checked ahead (Precheck) plans exactly as one that is not, for
// the rubric it was checked against and any other: records of unsafe text
// cleaned, scores that do not fit the rubric rejected with the same
// detail, files of the workspace's form and of another.
func TestPrecheckPlansTheSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	cleaned, misfits := 0, 0
	for range lawRounds {
		ws := placedWorkspace(rng)
		f := otherFile(rng)
		spoilSome(rng, f.Reviews)
		rubric := ws.Rubric
		if rng.IntN(4) == 0 {
			rubric = data.Rubric{}
		}
		want, wantErr := Plan(ws, f)
		checked := f
		checked.Precheck(rubric)
		got, err := Plan(ws, checked)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) || !reflect.DeepEqual(got, want) {
			t.Fatalf("checked ahead:\n%+v, %v\nnot:\n%+v, %v", got, err, want, wantErr)
		}
		for _, r := range want.Rejected {
			if r.Reason == BadRecord && r.Detail != "" {
				misfits++
			}
		}
		for _, r := range want.Writes {
			if strings.HasSuffix(r.Note, "倒写") {
				cleaned++
			}
		}
	}
	if cleaned == 0 || misfits == 0 {
		t.Fatalf("%d records cleaned, %d rejected by the rubric: the test tries neither", cleaned, misfits)
	}
}

// spoilSome gives some reviews a note of unsafe text, some a score no
// rubric allows.
func spoilSome(rng *rand.Rand, reviews []data.Review) {
	for i := range reviews {
		switch rng.IntN(5) {
		case 0:
			reviews[i].Note += "\u202e倒写"
		case 1:
			reviews[i].Scores = map[string]int{"specific": 9}
		}
	}
}
