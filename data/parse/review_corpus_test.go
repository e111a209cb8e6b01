package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
)

// reviewCorpus names, for the later report of each consecutive pair in
// the corpus, the kind of every body chapter: R review, M mixed (review
// then plan), P plan.
var reviewCorpus = []struct {
	file  string
	kinds string
}{
	{"national/2018-state-council.txt", "RPP"},
	{"national/2021-state-council.txt", "RMP"},
	{"national/2022-state-council.txt", "RPP"},
	{"provinces-2026/2026年北京政府工作报告.txt", "RMP"},
	{"provinces-2026/2026年上海政府工作报告.txt", "RMPP"}, // the plan of the 15th five-year period opens with a review of the 14th
	{"provinces-2026/2026年江苏政府工作报告.txt", "RPP"},
	{"provinces-2026/2026年河南政府工作报告.txt", "RPP"},
	{"provinces-2026/2026年广东政府工作报告.txt", "RPP"},
	{"provinces-2026/2026年四川政府工作报告.txt", "RPP"},
	{"provinces-2026/2026年甘肃政府工作报告.txt", "RPP"}, // its title is no chapter
	{"provinces-2026/2026年西藏政府工作报告.txt", "RPP"},
	{"cities/zhumadian-2022.txt", "RPPP"},
	{"cities/zhumadian-2023.txt", "RPPP"},
}

// TestCorpusReviewChapters: in every later report of a corpus pair, the
// review chapter's sentences are reported outcomes, 0 of them pledges, and
// the plan keeps its pledges.
func TestCorpusReviewChapters(t *testing.T) {
	dir := corpusDir(t)
	for _, tt := range reviewCorpus {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Parse(string(raw), Options{ID: "r"})
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, string(raw), Options{ID: "r"}, r)
			var kinds strings.Builder
			for _, c := range r.Chapters {
				if c.Annex != data.AnnexNone {
					continue
				}
				kinds.WriteByte(map[string]byte{data.KindReview: 'R', data.KindMixed: 'M', data.KindPlan: 'P'}[c.Kind])
				if c.Kind == data.KindReview && chapterPledges(c) > 0 {
					t.Errorf("review chapter %q: %d sentences counted as pledges", c.Title, chapterPledges(c))
				}
				t.Logf("%s %q: %d pledges, %d outcomes", c.Kind, c.Title, chapterPledges(c), len(chapterSentences(c))-chapterPledges(c))
			}
			if kinds.String() != tt.kinds {
				t.Errorf("chapter kinds %s, want %s", kinds.String(), tt.kinds)
			}
			if n := len(r.Outcomes()); n < 30 {
				t.Errorf("%d reported outcomes, want the review's sentences (≥ 30)", n)
			}
			if _, _, p := r.Count(); p < 150 {
				t.Errorf("%d pledges left, want the plan's (≥ 150)", p)
			}
		})
	}
}
