package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// A corpus report is imported again with one sentence edited and one
// paragraph inserted: every review stays, on the pledge with its text
// (the later pledges' ids shift), the edited pledge's reviews are marked
// for a look, and one undo puts the old report back.
func TestReimportKeepsEveryReview(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	a, me := newColleague(t, "王芳"), newColleague(t, "李雷")
	orig := filepath.Join(corpus, "national", "2024-state-council.txt")
	old := importCorpus(t, me, orig)
	importCorpus(t, a, orig)
	path, sent := reviewEverything(t, a, old)
	me.merge(t, path)
	ps := old.Pledges()
	edited := ps[len(ps)/2]
	// later is the first sentence under a headline after the edited one:
	// the sentences after it shift
	i := len(ps)/2 + 1
	for i < len(ps) && ps[i].Sentence != 1 {
		i++
	}
	if i == len(ps) {
		t.Fatal("no headline's first sentence after the edited pledge")
	}
	later := ps[i]
	for _, p := range []data.Pledge{ps[1], edited, later} {
		me.review(t, p.ID, map[string]int{"specific": 3}, data.InProgress)
	}

	src := old.Source
	newText := strings.Replace(edited.Text, "。", "，并确保如期完成。", 1)
	src = strings.Replace(src, edited.Text, newText, 1)
	src = strings.Replace(src, later.Text, "\n今年还要新办一批实事。各地要抓紧制定方案，逐项落实。\n"+later.Text, 1)
	file := filepath.Join(t.TempDir(), filepath.Base(orig))
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ParseReportFile(file, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := me.s.PlanReimport(r)
	if err != nil {
		t.Fatal(err)
	}
	if plan.NotFound != 0 || plan.Moved == 0 || len(plan.Changed) != 1 {
		t.Fatalf("plan: %d kept, %d moved, %d not found, changed %v; want none lost, some moved, the edited one changed",
			plan.Kept, plan.Moved, plan.NotFound, plan.Changed)
	}
	res, err := me.s.ApplyReimport(plan)
	if err != nil {
		t.Fatal(err)
	}
	if res.Unplaced != 0 || res.Moved+res.Kept != sent+3 {
		t.Fatalf("re-import %+v, want all %d reviews kept or moved", res, sent+3)
	}
	now, err := me.s.Report(old.ID)
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, p := range now.Pledges() {
		text[p.ID] = share.Normalised(p.Text)
	}
	stored, err := me.s.store.Reviews(old.ID)
	if err != nil {
		t.Fatal(err)
	}
	oldText := map[string]string{}
	for _, p := range ps {
		oldText[p.ID] = share.Normalised(p.Text)
	}
	for _, rv := range stored {
		if rv.ReviewerID == a.s.Me().ID && rv.Note != edited.ID && text[rv.PledgeID] != oldText[rv.Note] {
			t.Errorf("the review of %s is on %s, whose text is another", rv.Note, rv.PledgeID)
		}
	}
	look, err := me.s.TextChanged(old.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(look) != 1 || look[plan.Changed[0]] != edited.Text || !strings.Contains(text[plan.Changed[0]], "并确保如期完成") {
		t.Errorf("marked for a look: %v, want %s with the old text", look, plan.Changed[0])
	}
	if err := me.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if back, err := me.s.Report(old.ID); err != nil || back.Fingerprint != old.Fingerprint {
		t.Errorf("after the undo the report is %v (%v), want the old one", back.Fingerprint, err)
	}
}

// A colleague's record kept unplaced (written on a version with a sentence
// this workspace's lacks) is placed by itself when that version is
// imported here.
func TestUnplacedRecordPlacedByALaterImport(t *testing.T) {
	me, b := newColleague(t, "李雷"), newColleague(t, "王芳")
	old, err := me.s.Report("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	const inserted = "新增一句话说明今年的重点任务。"
	file := filepath.Join(t.TempDir(), "taiyuan-2021.txt")
	src := strings.Replace(old.Source, "围绕实现高水平自立自强深化改革", inserted+"围绕实现高水平自立自强深化改革", 1)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	newer, err := ParseReportFile(file, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	path, sent := reviewEverything(t, b, newer)
	me.merge(t, path)
	kept, err := me.s.Unplaced(old.ID)
	if err != nil || len(kept) != 1 || kept[0].PledgeText != inserted {
		t.Fatalf("kept unplaced: %v (%v), want the review of the inserted sentence", kept, err)
	}
	plan, err := me.s.PlanReimport(newer)
	if err != nil {
		t.Fatal(err)
	}
	res, err := me.s.ApplyReimport(plan)
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := me.s.Unplaced(old.ID); res.Placed != 1 || len(kept) != 0 {
		t.Fatalf("re-import placed %d, %d still unplaced; want the kept record placed", res.Placed, len(kept))
	}
	if rs := me.reviews(t); len(rs) != sent {
		t.Errorf("%d reviews after the import, want all %d of the colleague's", len(rs), sent)
	}
}
