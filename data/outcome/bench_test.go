package outcome_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/outcome"
)

// grow repeats the chapters of r, renumbered, until it holds at least n
// pledges: a report of the size of a province's.
func grow(r *data.Report, n int) *data.Report {
	out := *r
	out.Chapters = append([]data.Chapter(nil), r.Chapters...)
	for k := 1; ; k++ {
		if _, _, p := out.Count(); p >= n {
			return &out
		}
		for _, c := range r.Chapters {
			c.N += 100 * k
			if len(c.Pledges)+len(c.Headlines) == 0 {
				continue
			}
			for i := range c.Pledges {
				c.Pledges[i].ID = fmt.Sprintf("%s-%d", c.Pledges[i].ID, k)
			}
			out.Chapters = append(out.Chapters, c)
		}
	}
}

// BenchmarkOutcomes links two 600-pledge reports (the national 2021 and
// 2022 reports grown to 600 pledges each): indexing, linking, verdicts.
func BenchmarkOutcomes(b *testing.B) {
	dir := datatest.CorpusDir(b)
	earlier := grow(readReport(b, filepath.Join(dir, "national/2021-state-council.txt")), 600)
	later := grow(readReport(b, filepath.Join(dir, "national/2022-state-council.txt")), 600)
	b.ReportAllocs()
	for b.Loop() {
		if links := outcome.Links(earlier, later); len(links) < 600 {
			b.Fatalf("%d links", len(links))
		}
	}
}
