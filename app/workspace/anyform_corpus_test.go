package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// provinces are the corpus reports that come both as a Word file and as a PDF.
var provinces = []string{"上海市", "北京市", "四川省", "广东省", "江苏省", "河南省", "甘肃省", "西藏"}

// importCorpus reads a corpus report as an import would, under the id its
// file name gives, and adds it to c's workspace.
func importCorpus(t *testing.T, c *colleague, path string) *data.Report {
	t.Helper()
	r, err := ParseReportFile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	return r
}

// reviewEverything writes c's review file with a review of every pledge of
// r, each noting the pledge it was written on, as "Export my review file"
// writes it.
func reviewEverything(t *testing.T, c *colleague, r *data.Report) (string, int) {
	t.Helper()
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: c.s.store.Rubric(),
		Reviewers: []data.Reviewer{c.s.Me()}, Exporter: c.s.Me(), Exported: time.Now()}
	for i, p := range r.Pledges() {
		rv := data.NewReview(p.ID, c.s.Me().ID)
		rv.Scores = map[string]int{"specific": i % 5}
		rv.Note = p.ID
		rv.Updated = data.HLC{Wall: time.Now().Add(-time.Hour).UnixMilli() + int64(i), Node: c.s.Me().ID}
		f.Reviews = append(f.Reviews, rv)
	}
	f.Describe(share.FormOf(r))
	raw, err := share.Encode(f, c.s.key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(c.dir, share.DefaultFileName(r.ID, c.name, f.Exported))
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, len(f.Reviews)
}

// TestWordAndPDFReviewersShare: a colleague reviews the Word file of a
// province's report, another holds its PDF (whose sentences join where a
// line ended in 。) and merges the file, and the other way round: every
// record arrives, placed or kept unplaced, and nearly all of them on the
// pledge with the same text.
func TestWordAndPDFReviewersShare(t *testing.T) {
	for _, prov := range provinces {
		docx, pdf := datatest.Forms2025(t, prov)
		t.Run(prov, func(t *testing.T) {
			a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
			ra, rb := importCorpus(t, a, docx), importCorpus(t, b, pdf)
			if ra.ID != rb.ID || ra.Fingerprint == rb.Fingerprint {
				t.Fatalf("ids %s, %s and fingerprints equal %v: not the case of the issue", ra.ID, rb.ID, ra.Fingerprint == rb.Fingerprint)
			}
			checkShared(t, a, ra, b, rb)
			checkShared(t, b, rb, a, ra)
		})
	}
}

// checkShared merges from's review of every pledge of its form into to,
// which holds the other form, and checks where the records land.
func checkShared(t *testing.T, from *colleague, fromReport *data.Report, to *colleague, toReport *data.Report) {
	t.Helper()
	path, sent := reviewEverything(t, from, fromReport)
	plan, err := planOne(to.s, path)
	if err != nil {
		t.Fatalf("%s form refused: %v", fromReport.Format, err)
	}
	pl := plan.Placement
	if got := pl.ByID + pl.ByText + len(plan.Unplaced); got != sent {
		t.Fatalf("placed by id %d + by text %d + unplaced %d = %d, sent %d", pl.ByID, pl.ByText, len(plan.Unplaced), got, sent)
	}
	if _, err := applyOne(to.s, plan, path); err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, p := range fromReport.Pledges() {
		text[p.ID] = share.Normalised(p.Text)
	}
	for _, p := range toReport.Pledges() {
		text["to:"+p.ID] = share.Normalised(p.Text)
	}
	stored, err := to.s.store.Reviews(toReport.ID)
	if err != nil {
		t.Fatal(err)
	}
	same, placed := 0, 0
	for _, rv := range stored {
		if rv.ReviewerID != from.s.Me().ID {
			continue
		}
		placed++
		if text[rv.Note] == text["to:"+rv.PledgeID] {
			same++
		}
	}
	kept, err := to.s.Unplaced(toReport.ID)
	if err != nil {
		t.Fatal(err)
	}
	if placed+len(kept) != sent {
		t.Errorf("%s → %s: %d placed + %d kept unplaced, %d sent", fromReport.Format, toReport.Format, placed, len(kept), sent)
	}
	if float64(same) < 0.98*float64(sent) {
		t.Errorf("%s → %s: %d of %d records on the pledge with the same text, want ≥ 98 %%", fromReport.Format, toReport.Format, same, sent)
	}
	t.Logf("%s → %s: sent %d, by id %d, by text %d, unplaced %d, same text %d (%.1f %%), sentences aligned %.1f %%",
		fromReport.Format, toReport.Format, sent, pl.ByID, pl.ByText, len(plan.Unplaced), same, 100*float64(same)/float64(sent), 100*pl.Similarity)
}

// BenchmarkPlaceByText plans the merge of a review file of every pledge of
// the 广东 Word file (438 records) into a workspace holding a version of it
// with a sentence inserted before the first of every headline: the texts
// aligned, and the records, whose ids all shifted, placed by text.
func BenchmarkPlaceByText(b *testing.B) {
	corpus := datatest.CorpusDir(b)
	dir := b.TempDir()
	s, err := Open(filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docx, err := ParseReportFile(filepath.Join(corpus, "provinces-2025", "2025年广东省政府工作报告.docx"), "")
	if err != nil {
		b.Fatal(err)
	}
	src := docx.Source
	for _, p := range docx.Pledges() {
		if p.Sentence == 1 {
			src = strings.Replace(src, p.Text, "各地要抓紧制定方案，逐项落实。"+p.Text, 1)
		}
	}
	edited := filepath.Join(dir, "guangdong-2025.txt")
	if err := os.WriteFile(edited, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	other, err := ParseReportFile(edited, docx.ID)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.AddReport(other); err != nil {
		b.Fatal(err)
	}
	rv := data.Reviewer{ID: "r-colleague", Name: "王芳"}
	f := share.File{ReportID: docx.ID, Fingerprint: docx.Fingerprint, Rubric: s.store.Rubric(),
		Reviewers: []data.Reviewer{rv}, Exporter: rv, Exported: time.Now()}
	for i, p := range docx.Pledges() {
		r := data.NewReview(p.ID, rv.ID)
		r.Scores = map[string]int{"specific": i % 5}
		r.Updated = data.HLC{Wall: 1_600_000_000_000 + int64(i), Node: rv.ID}
		f.Reviews = append(f.Reviews, r)
	}
	f.Describe(share.FormOf(docx))
	ws, err := s.shareWorkspace(other.ID, 0)
	if err != nil {
		b.Fatal(err)
	}
	p, err := share.Plan(ws, f)
	if err != nil || p.Placement.ByText < len(f.Reviews)/2 {
		b.Fatalf("%v, %+v: most records should be placed by text", err, p.Placement)
	}
	b.Logf("%d records: %d placed by id, %d by text, %d unplaced", len(f.Reviews), p.Placement.ByID, p.Placement.ByText, len(p.Unplaced))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := share.Plan(ws, f); err != nil {
			b.Fatal(err)
		}
	}
}
