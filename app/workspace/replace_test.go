package workspace

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// version writes src as a version of a corpus report (the same file name,
// so the same id) and returns its path.
func version(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runes returns src with the runes [s, e) replaced by with.
func runes(src string, s, e int, with string) string {
	r := []rune(src)
	return string(r[:s]) + with + string(r[e:])
}

// middlePledge returns a pledge from the middle of r with sentences after
// it under its headline, and the next one.
func middlePledge(t *testing.T, r *data.Report) (data.Pledge, data.Pledge) {
	t.Helper()
	ps := r.Pledges()
	for i := len(ps) / 2; i+1 < len(ps); i++ {
		if ps[i].Sentence > 0 && ps[i+1].Sentence == ps[i].Sentence+1 && ps[i+1].Headline == ps[i].Headline {
			return ps[i], ps[i+1]
		}
	}
	t.Fatal("no two sentences of one headline in the second half")
	return data.Pledge{}, data.Pledge{}
}

// A colleague's version of the report has a pledge's sentence moved to
// another chapter: no alignment in order finds it there, its text does,
// so its record is placed on the pledge with that text, not kept apart.
func TestMovedPledgePlacedByItsText(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	orig := filepath.Join(corpus, "national", "2024-state-council.txt")
	a, me := newColleague(t, "王芳"), newColleague(t, "李雷")
	mine := importCorpus(t, me, orig)
	moved, _ := middlePledge(t, mine)
	to := mine.Pledges()[len(mine.Pledges())/5]
	src := runes(mine.Source, moved.Start, moved.End, "")
	src = runes(src, to.Start, to.Start, moved.Text)
	theirs := importCorpus(t, a, version(t, filepath.Base(orig), src))
	path, sent := reviewEverything(t, a, theirs)
	plan, err := planOne(me.s, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Unplaced) != 0 || plan.Placement.ByID+plan.Placement.ByText != sent {
		t.Fatalf("by id %d, by text %d, unplaced %d of %d sent; want the moved pledge's record placed",
			plan.Placement.ByID, plan.Placement.ByText, len(plan.Unplaced), sent)
	}
	if _, err := applyOne(me.s, plan, path); err != nil {
		t.Fatal(err)
	}
	checkSameText(t, theirs, mine, reviewsOf(t, me, mine.ID, a.s.Me().ID), sent)
}

// Two sentences of a colleague's form are one pledge in mine: one record
// takes it, the other is kept unplaced. A correction of my report that
// splits them again (imported again) places the kept record on its own
// pledge, and never in the place of the other.
func TestKeptRecordPlacedByACorrection(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	orig := filepath.Join(corpus, "national", "2024-state-council.txt")
	a, me := newColleague(t, "王芳"), newColleague(t, "李雷")
	theirs := importCorpus(t, a, orig)
	first, _ := middlePledge(t, theirs)
	if []rune(theirs.Source)[first.End-1] != '。' {
		t.Fatalf("the pledge %q does not end with 。", first.Text)
	}
	joined := runes(theirs.Source, first.End-1, first.End, "，")
	mine := importCorpus(t, me, version(t, filepath.Base(orig), joined))
	path, sent := reviewEverything(t, a, theirs)
	me.merge(t, path)
	kept, err := me.s.Unplaced(mine.ID)
	if err != nil || len(kept) != 1 {
		t.Fatalf("kept unplaced %d (%v), want the record of one of the joined sentences", len(kept), err)
	}
	corrected, err := ParseReportFile(orig, "")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := me.s.PlanReimport(corrected)
	if err != nil {
		t.Fatal(err)
	}
	res, err := me.s.ApplyReimport(plan)
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := me.s.Unplaced(mine.ID); res.Placed != 1 || len(kept) != 0 {
		t.Fatalf("the correction placed %d, %d still kept; want the kept record placed", res.Placed, len(kept))
	}
	checkSameText(t, theirs, corrected, reviewsOf(t, me, mine.ID, a.s.Me().ID), sent)
	// Every one of them, the one placed late too, is relayed as signed.
	all, err := me.s.ExportReviewFile(mine.ID, true, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if n := relayedOrSealed(all, a.s.Me().ID); n != sent {
		t.Errorf("my file of everything relays %d of the colleague's %d records", n, sent)
	}
}

// A record kept unplaced earlier (by a version that placed records by
// alignment only) whose text one pledge has is placed by the next merge,
// whatever file it merges, in the merge's one transaction.
func TestKeptRecordPlacedByTheNextMerge(t *testing.T) {
	a, me := newColleague(t, "王芳"), newColleague(t, "李雷")
	r, err := me.s.Report("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	p := r.Pledges()[7]
	rv := data.NewReview("their-id", "r-colleague")
	rv.Scores = map[string]int{"specific": 3}
	kept := data.UnplacedRecord{ReportID: r.ID, Fingerprint: "another form", Review: rv, PledgeText: p.Text, Source: "earlier.json"}
	if _, err := me.s.store.ApplyMerge(data.MergeWrite{Unplaced: []data.UnplacedRecord{kept}}); err != nil {
		t.Fatal(err)
	}
	a.review(t, r.Pledges()[1].ID, map[string]int{"specific": 2}, data.InProgress)
	res := me.merge(t, a.export(t))
	if left, _ := me.s.Unplaced(r.ID); res.Placed != 1 || len(left) != 0 {
		t.Fatalf("the merge placed %d, %d still kept; want the kept record placed", res.Placed, len(left))
	}
	got := reviewsOf(t, me, r.ID, "r-colleague")
	if len(got) != 1 || got[0].PledgeID != p.ID {
		t.Fatalf("the colleague's records %v, want one on %s", got, p.ID)
	}
}
