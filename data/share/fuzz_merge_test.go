package share

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/store"
)

var fuzzStore struct {
	once sync.Once
	s    *store.Store
	err  error
}

// mergeStore is one workspace for the whole fuzzing run (opening one per
// input would be most of the work), holding the report the files review.
func mergeStore() (*store.Store, error) {
	fuzzStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "fuzz-merge-")
		if err != nil {
			fuzzStore.err = err
			return
		}
		s, err := store.Open(filepath.Join(dir, "ws.pledgereview"), store.Options{NoSync: true})
		if err != nil {
			fuzzStore.err = err
			return
		}
		fuzzStore.s, fuzzStore.err = s, s.AddReport(datatest.Report(testReport, 1, 1, 3))
	})
	return fuzzStore.s, fuzzStore.err
}

// FuzzMergeSignedRecord merges, into a real workspace, a file whose one
// review is whatever the fuzzer writes, signed by its author as a hostile
// colleague signs it. Invariant: a file accepted is merged, and every
// record merged reads back as planned and displays; a refusal is typed.
func FuzzMergeSignedRecord(f *testing.F) {
	r := review(1, wang, 3)
	r.Tags = []string{"交通"}
	r.Evidence = []data.Evidence{{Text: "已建成", Link: "https://example.org/a", Date: "2021-06-01"}}
	canon, _ := json.Marshal(r)
	good := string(canon)
	f.Add(canon)
	for _, hostile := range []string{
		strings.Replace(good, `"logical":0`, `"logical":18446744073709551617`, 1),
		strings.Replace(good, `{`, "{\"extra\":\"\x01\",", 1),
		strings.Replace(good, `"scores":{`, `"ſcores":{"specific":99},"x":{`, 1),
		strings.Replace(good, `"link":`, `"lin\u212a":`, 1),
		strings.Replace(good, `"note":"`, `"note":"\u0000\u202e`, 1),
		strings.Replace(good, `"wall":3`, `"wall":-9223372036854775808`, 1),
	} {
		f.Add([]byte(hostile))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := mergeStore()
		if err != nil {
			t.Fatal(err)
		}
		file, err := Decode(signedRaw(t, string(raw)))
		if err != nil {
			for _, want := range []error{ErrDamaged, ErrInvalid, ErrForged, ErrNotReviewFile, ErrTooLarge} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("untyped refusal: %v", err)
		}
		mergeAndReadBack(t, s, file)
	})
}

// mergeAndReadBack plans and applies f as a merge does, then reads every
// record written back and shows it as the list and the plan do.
func mergeAndReadBack(t *testing.T, s *store.Store, f File) {
	// planned against the workspace as the inputs before left it, as a
	// merge plans: a record of the same clock as one held is not newer
	held, err := s.Reviews(testReport)
	if err != nil {
		t.Fatalf("the workspace does not read back: %v", err)
	}
	ws := workspace(4, nil, held...)
	delete(ws.Pledges, pledge(4))
	ws.Pledges[testReport+"/01.01.00"] = true
	p, err := Plan(ws, f)
	if err != nil {
		return // refused as a whole, with its reason
	}
	_ = p.Summary("zh") + p.Summary("en")
	w := data.MergeWrite{Reviewers: p.ReviewersAdded, Reviews: p.Writes, ReviewsJSON: p.WritesJSON,
		History: p.History, HistoryJSON: p.HistoryJSON, Keys: p.Keys, Seals: p.Seals, Source: "fuzz.pledgereview.json"}
	if _, err := s.ApplyMerge(w); err != nil {
		if errors.Is(err, data.ErrDamaged) {
			t.Fatalf("an accepted file makes an unreadable workspace: %v", err)
		}
		return // refused before writing (a key too long for the store)
	}
	stored, err := s.Reviews(testReport)
	if err != nil {
		t.Fatalf("the workspace does not read back after the merge: %v", err)
	}
	byKey := map[Key]data.Review{}
	for _, rv := range stored {
		byKey[KeyOf(rv)] = rv
	}
	reviewers, err := s.Reviewers()
	if err != nil {
		t.Fatalf("the reviewers do not read back: %v", err)
	}
	names := DisplayNames(reviewers)
	for _, rv := range p.Writes {
		got, ok := byKey[KeyOf(rv)]
		if !ok || got.Updated.Compare(rv.Updated) < 0 {
			t.Fatalf("a merged record is not in the workspace: %+v", rv)
		}
		if got.Updated == rv.Updated && (got.Note != rv.Note || got.Status != rv.Status || len(got.Scores) != len(rv.Scores) || len(got.Tags) != len(rv.Tags)) {
			t.Fatalf("a merged record reads back otherwise:\n%+v\n%+v", rv, got)
		}
		if err := got.Validate(data.DefaultRubric()); err != nil {
			t.Fatalf("a merged record is invalid once stored: %v", err)
		}
		_ = names[got.ReviewerID] + data.CleanText(got.Note)
	}
}
