package workspace

import (
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data/datatest"
)

// TestExportEverythingRelaysUnplaced: A reviews every pledge of the Word
// file of 甘肃's report; B holds its PDF, where some sentences are joined,
// and merges A's file: some of A's records find no pledge of their own and
// are kept unplaced. B exports everything, and C, holding the Word file,
// merges B's file: every record of A's arrives on the pledge A reviewed,
// the unplaced ones too, and B's file counts them as relayed.
func TestExportEverythingRelaysUnplaced(t *testing.T) {
	docx, pdf := datatest.Forms2025(t, "甘肃省")
	a, b, c := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "张伟")
	ra, rb, rc := importCorpus(t, a, docx), importCorpus(t, b, pdf), importCorpus(t, c, docx)
	reviewed, sent := reviewEverything(t, a, ra)
	b.merge(t, reviewed)
	kept, err := b.s.Unplaced(rb.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) == 0 {
		t.Fatal("none of A's records kept unplaced on B's PDF: the test needs some")
	}
	fromB := filepath.Join(b.dir, "everything.json")
	f, err := b.s.WriteReviewFile(fromB, rb.ID, true, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Carried(); got.Relayed != sent || got.RelayedFrom != 1 {
		t.Errorf("B's file of everything counts %d records relayed from %d colleagues, want A's %d from 1", got.Relayed, got.RelayedFrom, sent)
	}
	c.merge(t, fromB)
	onC := reviewsOf(t, c, rc.ID, a.s.Me().ID)
	onOwn := 0
	for _, rv := range onC {
		if rv.Note == rv.PledgeID { // reviewEverything notes the pledge reviewed
			onOwn++
		}
	}
	if len(onC) != sent || onOwn != sent {
		t.Errorf("C holds %d of A's %d records, %d on the pledge A reviewed (B kept %d unplaced)", len(onC), sent, onOwn, len(kept))
	}
}
