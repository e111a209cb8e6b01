package share

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"testing"
	"time"

	"pledgereview/data"
)

const (
	testReport = "taiyuan-2021"
	testFP     = "fp-taiyuan-2021"
)

var (
	wang  = data.Reviewer{ID: "r-wang", Name: "王芳"}
	li    = data.Reviewer{ID: "r-li", Name: "李雷"}
	zhang = data.Reviewer{ID: "r-zhang", Name: "张伟"}
)

func pledge(n int) string { return fmt.Sprintf("%s/01.01.%02d", testReport, n) }

func clock(wall int64, node string) data.HLC { return data.HLC{Wall: wall, Node: node} }

// review returns a valid review whose content follows from its clock, so two
// records with one clock are equal.
func review(p int, rv data.Reviewer, wall int64) data.Review {
	r := data.NewReview(pledge(p), rv.ID)
	r.Scores = map[string]int{"specific": int(wall % 5), "impact": int((wall / 5) % 5)}
	r.Status = data.Statuses[wall%int64(len(data.Statuses))].ID
	r.Note = fmt.Sprintf("第%d版", wall)
	r.Updated = clock(wall, rv.ID)
	return r
}

func file(reviewers []data.Reviewer, reviews ...data.Review) File {
	f := File{
		ReportID:    testReport,
		Fingerprint: testFP,
		ReportTitle: "太原市2021年政府工作报告",
		Rubric:      data.DefaultRubric(),
		Reviewers:   reviewers,
		Reviews:     reviews,
		Exporter:    reviewers[0],
		Exported:    time.Date(2021, 12, 1, 9, 30, 0, 0, time.UTC),
	}
	for _, r := range reviews {
		f.History = append(f.History, data.HistoryEntry{PledgeID: r.PledgeID, ReviewerID: r.ReviewerID, At: r.Updated,
			Changes: []data.FieldChange{{Field: "note", New: r.Note}}})
	}
	return f
}

func workspace(pledges int, reviewers []data.Reviewer, reviews ...data.Review) Workspace {
	ws := Workspace{ReportID: testReport, Fingerprint: testFP, Pledges: map[string]bool{},
		Rubric: data.DefaultRubric(), Reviewers: reviewers, Reviews: map[Key]*data.Review{}}
	for i := 1; i <= pledges; i++ {
		ws.Pledges[pledge(i)] = true
	}
	for _, r := range reviews {
		ws.Reviews[KeyOf(r)] = &r
	}
	return ws
}

// keyOf is a reviewer's test key, the same in every run.
func keyOf(id string) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte(id))
	return ed25519.NewKeyFromSeed(seed[:])
}

// signAll gives f a seal of every reviewer but the exporter, each made by
// that reviewer's own export, as a relaying file carries them.
func signAll(f File) (File, error) {
	f.Seals = map[string]Seal{}
	for _, rv := range f.Reviewers {
		if rv.ID == f.Exporter.ID {
			continue
		}
		sub := f
		sub.Exporter, sub.Reviewers, sub.Reviews, sub.History, sub.Seals = rv, []data.Reviewer{rv}, nil, nil, nil
		for _, r := range f.Reviews {
			if r.ReviewerID == rv.ID {
				sub.Reviews = append(sub.Reviews, r)
			}
		}
		for _, h := range f.History {
			if h.ReviewerID == rv.ID {
				sub.History = append(sub.History, h)
			}
		}
		sub.Progress = nil
		for _, u := range f.Progress {
			if u.ReviewerID == rv.ID {
				sub.Progress = append(sub.Progress, u)
			}
		}
		b, err := Encode(sub, keyOf(rv.ID))
		if err != nil {
			return File{}, err
		}
		d, err := Decode(b)
		if err != nil {
			return File{}, err
		}
		f.Seals[rv.ID] = d.Seals[rv.ID]
	}
	return f, nil
}

// encodeSigned encodes f with every reviewer's records signed by their key.
func encodeSigned(f File) ([]byte, error) {
	f, err := signAll(f)
	if err != nil {
		return nil, err
	}
	return Encode(f, keyOf(f.Exporter.ID))
}

func mustEncode(t testing.TB, f File) []byte {
	t.Helper()
	b, err := encodeSigned(f)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b
}
