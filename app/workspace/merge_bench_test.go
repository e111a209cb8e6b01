package workspace

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// benchMerge is a workspace on disk holding a 5,000-pledge report, and 20
// review files for it, each one reviewer's 5,000 reviews with one history
// entry each.
type benchMerge struct {
	dir, base, config string
	files             []string
}

func newBenchMerge(b *testing.B, files, pledges int) *benchMerge {
	b.Helper()
	dir := b.TempDir()
	m := &benchMerge{dir: dir, base: filepath.Join(dir, "base", "ws.pledgereview"), config: filepath.Join(dir, "config")}
	s, err := Open(m.base, m.config)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := datatest.ReportOfSize("big", pledges)
	if err := s.store.AddReport(r); err != nil {
		b.Fatal(err)
	}
	ps := r.Pledges()[:pledges]
	form := share.FormOf(r)
	for i := range files {
		rv := data.Reviewer{ID: fmt.Sprintf("r-%02d", i), Name: fmt.Sprintf("评审人%d", i)}
		f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: s.store.Rubric(),
			Reviewers: []data.Reviewer{rv}, Exporter: rv, Exported: time.Date(2021, 12, 1, 9, 30, 0, 0, time.UTC)}
		for j, p := range ps {
			review := datatest.Review(p.ID, rv.ID, i+j)
			review.Updated = data.HLC{Wall: int64(1_600_000_000_000 + j), Node: rv.ID}
			f.Reviews = append(f.Reviews, review)
			f.History = append(f.History, data.HistoryEntry{PledgeID: p.ID, ReviewerID: rv.ID, At: review.Updated,
				Changes: []data.FieldChange{{Field: "note", New: review.Note}}})
		}
		f.Describe(form) // as an export writes it: the text's content and an anchor a pledge
		seed := sha256.Sum256([]byte(rv.ID))
		raw, err := share.Encode(f, ed25519.NewKeyFromSeed(seed[:]))
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(dir, share.DefaultFileName(r.ID, rv.Name, f.Exported))
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			b.Fatal(err)
		}
		m.files = append(m.files, path)
	}
	return m
}

// fresh copies the base workspace into a folder of its own and opens it.
// The copy is on disk before the merge is timed, as a workspace at rest
// is: its writing, and the freeing of the previous op's files, must not
// hold up the merge's own commit.
func (m *benchMerge) fresh(b *testing.B, n int) *Session {
	b.Helper()
	path := filepath.Join(m.dir, fmt.Sprintf("op%d", n), "ws.pledgereview")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := copyFile(m.base, path); err != nil {
		b.Fatal(err)
	}
	s, err := Open(path, m.config)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func (m *benchMerge) done(b *testing.B, s *Session, want int) {
	b.Helper()
	if want > 0 {
		reviews, err := s.store.Reviews("big")
		if err != nil || len(reviews) != want {
			b.Fatalf("%d records after the merge (%v), want %d", len(reviews), err, want)
		}
	}
	dir := filepath.Dir(s.store.Path())
	s.Close()
	os.RemoveAll(dir)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkMergeFiles20x5000 merges 20 reviewer files × 5,000 pledges into
// a workspace on disk, by the product path: read and decode the files, plan,
// back up, write in bbolt. One op is the whole merge into a fresh copy of the
// workspace (the copy is not timed). "files" is PlanMerges + ApplyMerges, as
// the merge sub-command and the window do.
func BenchmarkMergeFiles20x5000(b *testing.B) {
	const files, pledges = 20, 5000
	m := newBenchMerge(b, files, pledges)
	b.Run("files", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		var plan, apply time.Duration
		for b.Loop() {
			b.StopTimer()
			s := m.fresh(b, n)
			b.StartTimer()
			start := time.Now()
			mp, err := s.PlanMerges(m.files)
			if err != nil {
				b.Fatal(err)
			}
			if refused := mp.Refused(); len(refused) > 0 {
				b.Fatal(refused[0].Err)
			}
			planned := time.Now()
			if _, err := s.ApplyMerges(mp); err != nil {
				b.Fatal(err)
			}
			plan, apply = plan+planned.Sub(start), apply+time.Since(planned)
			b.StopTimer()
			want := 0
			if n == 0 {
				want = files * pledges
			}
			m.done(b, s, want)
			n++
			b.StartTimer()
		}
		// The two phases a user waits for: reading the files into a plan,
		// and writing it.
		b.ReportMetric(float64(plan.Milliseconds())/float64(n), "plan-ms/op")
		b.ReportMetric(float64(apply.Milliseconds())/float64(n), "apply-ms/op")
	})
}
