package store_test

import (
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

func TestApplyMergeNewerWinsAndHistoryOnce(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 2)
	s.AddReport(r)
	p := r.Pledges()[0].ID
	local, _ := s.SaveReview(datatest.Review(p, "me", 1))

	older := datatest.Review(p, "me", 2)
	older.Updated = data.HLC{Wall: local.Updated.Wall - 1000, Node: "me"}
	newer := datatest.Review(r.Pledges()[1].ID, "colleague", 3)
	newer.Updated = data.HLC{Wall: time.Now().Add(time.Hour).UnixMilli(), Node: "colleague"}
	w := data.MergeWrite{
		Reviewers: []data.Reviewer{{ID: "colleague", Name: "李雷"}},
		Reviews:   []data.Review{older, newer, {PledgeID: "r1/77.77.77", ReviewerID: "colleague"}},
		History:   []data.HistoryEntry{{PledgeID: newer.PledgeID, ReviewerID: "colleague", At: newer.Updated, Changes: []data.FieldChange{{Field: "note", New: newer.Note}}}},
		Source:    "li.pledgereview.json",
	}
	res, err := s.ApplyMerge(w)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 1 || res.Skipped != 1 || res.Unknown != 1 || res.History != 1 {
		t.Fatalf("first merge = %+v", res)
	}
	again, _ := s.ApplyMerge(w)
	if again.Written != 0 || again.History != 0 {
		t.Fatalf("second merge changed things: %+v", again)
	}
	mine, _ := s.Review(p, "me")
	if mine.Note != local.Note {
		t.Fatal("an older record replaced a newer one")
	}
	h, _ := s.History(newer.PledgeID, "colleague")
	if len(h) != 1 || h[0].Source != "li.pledgereview.json" {
		t.Fatalf("merged history = %+v", h)
	}
	// The next local save is newer than everything merged.
	after, _ := s.SaveReview(datatest.Review(newer.PledgeID, "me", 4))
	if after.Updated.Compare(newer.Updated) <= 0 {
		t.Fatalf("local clock %+v not past merged %+v", after.Updated, newer.Updated)
	}
}

func TestSaveAfterMergeDiffsAgainstTheMergedRecord(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 1)
	s.AddReport(r)
	p := r.Pledges()[0].ID
	first := data.NewReview(p, "me")
	first.Note = "这台电脑上写的"
	local, _ := s.SaveReview(first)
	other := local.Clone()
	other.Note = "另一台电脑上写的"
	other.Updated = data.HLC{Wall: local.Updated.Wall + 60_000, Node: "me"}
	if res, err := s.ApplyMerge(data.MergeWrite{Reviews: []data.Review{other}}); err != nil || res.Written != 1 {
		t.Fatalf("merge: %+v %v", res, err)
	}
	next := other.Clone()
	next.Note = "合并后再改"
	if _, err := s.SaveReview(next); err != nil {
		t.Fatal(err)
	}
	h, _ := s.History(p, "me")
	last := h[len(h)-1].Changes[0]
	if last.Field != "note" || last.Old != "另一台电脑上写的" || last.New != "合并后再改" {
		t.Fatalf("the save after a merge recorded %+v", last)
	}
}
