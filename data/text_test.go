package data_test

import (
	"errors"
	"math"
	"path/filepath"
	"pledgereview/data/store"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

func TestCleanName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  王芳 ", "王芳"},
		{"\x1b[31m王\a芳\x1b[0m", "[31m王芳[0m"},
		{"李雷\u202Egnp.exe\u2066\u200F", "李雷gnp.exe"},
		{"张\n\t伟\r\n", "张 伟"},
		{"\x00\x07\u202E", ""},
		{"a\xffb", "ab"},
		{strings.Repeat("长", 1<<20), strings.Repeat("长", data.MaxNameRunes)},
		{strings.Repeat("a ", 100), strings.TrimSpace(strings.Repeat("a ", data.MaxNameRunes/2))},
	} {
		if got := data.CleanName(c.in); got != c.want {
			t.Errorf("data.CleanName(%.40q) = %.40q, want %.40q", c.in, got, c.want)
		}
	}
}

func TestCleanTextKeepsLinesAndTabs(t *testing.T) {
	if got := data.CleanText("第一行\r\n\t第二行\x1b[2J\a\u202E"); got != "第一行\n\t第二行[2J" {
		t.Errorf("got %q", got)
	}
	if s := "干净的备注\n第二行"; data.CleanText(s) != s {
		t.Error("clean text changed")
	}
}

// A clock whose counter is at its top moves the wall part on instead of
// wrapping, so the next save is newer than every record seen.
func TestClockCannotWrap(t *testing.T) {
	now := time.UnixMilli(1_600_000_000_000)
	for _, logical := range []uint32{data.MaxLogical, math.MaxUint32} {
		last := data.HLC{Wall: now.UnixMilli(), Logical: logical, Node: "r-a"}
		next := data.Next(last, now, "r-b")
		if next.Compare(last) <= 0 {
			t.Errorf("after %+v comes %+v", last, next)
		}
	}
}

// A workspace that merged a record with a counter at the top still saves
// newer records, and merging that record again changes nothing.
func TestSaveAfterTopCounterIsNewer(t *testing.T) {
	now := time.UnixMilli(1_600_000_000_000)
	st, err := store.Open(filepath.Join(t.TempDir(), "ws.pledgereview"), store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := datatest.Report("r1", 1, 1, 2)
	if err := st.AddReport(r); err != nil {
		t.Fatal(err)
	}
	pledge := r.Pledges()[0].ID
	top := data.NewReview(pledge, "r-colleague")
	top.Status = data.Done
	top.Updated = data.HLC{Wall: now.UnixMilli(), Logical: math.MaxUint32, Node: "r-colleague"}
	if _, err := st.ApplyMerge(data.MergeWrite{Reviewers: []data.Reviewer{{ID: "r-colleague"}}, Reviews: []data.Review{top}}); err != nil {
		t.Fatal(err)
	}
	mine := data.NewReview(pledge, "r-me")
	mine.Status = data.Behind
	saved, err := st.SaveReview(mine)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Updated.Compare(top.Updated) <= 0 {
		t.Fatalf("my save %+v is older than the merged %+v", saved.Updated, top.Updated)
	}
	res, err := st.ApplyMerge(data.MergeWrite{Reviews: []data.Review{top}})
	if err != nil || res.Written != 0 {
		t.Fatalf("merging again: %v, %d written", err, res.Written)
	}
}

func TestSaveRefusesTextOverTheLimits(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "ws.pledgereview"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := datatest.Report("r1", 1, 1, 2)
	if err := st.AddReport(r); err != nil {
		t.Fatal(err)
	}
	rv := data.NewReview(r.Pledges()[0].ID, "r-me")
	rv.Note = strings.Repeat("注", data.MaxNoteRunes+1)
	if _, err := st.SaveReview(rv); !errors.Is(err, data.ErrTooLong) || !strings.Contains(err.Error(), "note") {
		t.Errorf("a note over the limit: %v", err)
	}
	rv.Note = strings.Repeat("注", data.MaxNoteRunes-3) + "\x1b[2J"
	saved, err := st.SaveReview(rv)
	if err != nil || saved.Note != strings.Repeat("注", data.MaxNoteRunes-3)+"[2J" {
		t.Errorf("a note at the limit: %v", err)
	}
}
