package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// A stored report opened again for its structure to be corrected parses
// to the report stored: the same lines, pledges (ids, texts, offsets) and
// outcomes, what was set aside, for every city report of the corpus (泸州's headings are bold
// runs inside one paragraph: they come back from the stored bold spans),
// its renamed title kept.
func TestStoredDraftGivesTheReportAgain(t *testing.T) {
	dir := filepath.Join(datatest.CorpusDir(t), "cities")
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := newColleague(t, "王芳")
	for _, f := range files {
		first, err := OpenReportDraft(filepath.Join(dir, f.Name()), "")
		if err != nil {
			t.Fatal(err)
		}
		if err := a.s.AddReport(first.Report); err != nil {
			t.Fatal(err)
		}
		if err := a.s.RenameReport(first.ID, "改过的标题"); err != nil {
			t.Fatal(err)
		}
		again, err := a.s.StoredDraft(first.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(first.Lines(), again.Lines()) {
			t.Errorf("%s: the lines of the stored report differ from the file's", f.Name())
		}
		if !reflect.DeepEqual(first.Report.Pledges(), again.Report.Pledges()) || !reflect.DeepEqual(first.Report.Outcomes(), again.Report.Outcomes()) {
			t.Errorf("%s: the stored report parses to other pledges or outcomes", f.Name())
		}
		if !reflect.DeepEqual(first.Report.SetAside, again.Report.SetAside) {
			t.Errorf("%s: the stored report sets aside %d pieces, the file %d", f.Name(), len(again.Report.SetAside), len(first.Report.SetAside))
		}
		if again.Report.Title != "改过的标题" {
			t.Errorf("%s: the draft is titled %q, not as renamed", f.Name(), again.Report.Title)
		}
		if err := again.Correct(nil); err != nil || again.Report.Title != "改过的标题" {
			t.Errorf("%s: a correction drops the title: %q (%v)", f.Name(), again.Report.Title, err)
		}
	}
}

// Removing a report takes every record kept on it (my reviews, a
// colleague's merged with their seal), and nothing of another report; the
// same file can be imported again, with no reviews; an undo brings all back.
func TestRemoveReportTakesItsRecordsAndUndoBringsThemBack(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	path := filepath.Join(corpus, "cities", "zhumadian-2023.txt")
	r := importCorpus(t, a, path)
	importCorpus(t, b, path)
	ps := r.Pledges()
	b.review(t, ps[3].ID, map[string]int{"specific": 2}, data.Behind)
	file := filepath.Join(t.TempDir(), "lilei.json")
	if _, err := b.s.WriteReviewFile(file, r.ID, false, time.Now()); err != nil {
		t.Fatal(err)
	}
	a.merge(t, file)
	a.review(t, ps[4].ID, map[string]int{"specific": 3}, data.InProgress)
	a.review(t, p1, map[string]int{"specific": 1}, data.InProgress) // the seed's: stays

	n, err := a.s.RemoveReport(r.ID)
	if err != nil || n != 2 {
		t.Fatalf("removed with %d reviews (%v), want 2", n, err)
	}
	if _, err := a.s.Report(r.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("the report is still there: %v", err)
	}
	if seals, _ := a.s.store.Seals(r.ID); len(seals) != 0 {
		t.Errorf("the colleague's seal of the report stays: %+v", seals)
	}
	if rs, _ := a.s.Reviews("taiyuan-2021"); len(rs) != 1 {
		t.Errorf("the seed's reviews after the removal: %+v", rs)
	}
	again := importCorpus(t, a, path)
	if rs, _ := a.s.Reviews(again.ID); len(rs) != 0 {
		t.Errorf("the report imported again has the reviews of the removed one: %+v", rs)
	}
	if _, err := a.s.RemoveReport(again.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if err := a.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if rs, _ := a.s.Reviews(r.ID); len(rs) != 2 {
		t.Errorf("after the undo the report has %d reviews, want 2", len(rs))
	}
	if seals, _ := a.s.store.Seals(r.ID); len(seals) != 1 {
		t.Errorf("after the undo the seals are %+v", seals)
	}
	if _, err := a.s.RemoveReport("taiyuan-2021"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.s.RemoveReport(r.ID); !errors.Is(err, ErrLastReport) {
		t.Errorf("removing the last report: %v", err)
	}
}
