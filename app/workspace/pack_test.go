package workspace

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"pledgereview/data/store"
	"slices"
	"strings"
	"testing"
	"time"

	"pledgereview/app/briefing"
	"pledgereview/data"
)

const (
	packDisputed = "taiyuan-2021/01.01.00" // 年底5G基站达到5000座以上
	packAgreed   = "taiyuan-2021/01.01.01"
	packMineOnly = "taiyuan-2021/01.02.00"
)

// packWorkspace is a seeded workspace in a temporary folder where I (王芳)
// and a colleague (李敏) have reviewed the seed: we disagree on one pledge
// by three points and in status, agree on another, and one is mine alone.
// The reviews are written into the bbolt file as a merge would leave them.
func packWorkspace(t *testing.T) (ws, cfg string, me, colleague data.Reviewer) {
	t.Helper()
	dir := t.TempDir()
	ws, cfg = filepath.Join(dir, "审阅.pledgereview"), filepath.Join(dir, "config")
	s, err := Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetName("王芳"); err != nil {
		t.Fatal(err)
	}
	me = s.Me()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	colleague = data.Reviewer{ID: data.NewReviewerID(), Name: "李敏"}
	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.PutReviewer(colleague); err != nil {
		t.Fatal(err)
	}
	c := st.Rubric().Criteria[0].ID
	for _, rv := range []data.Review{
		review(packDisputed, me.ID, map[string]int{c: 4}, data.Done),
		review(packDisputed, colleague.ID, map[string]int{c: 1}, data.Behind),
		review(packAgreed, me.ID, map[string]int{c: 3}, data.InProgress),
		review(packAgreed, colleague.ID, map[string]int{c: 3}, data.InProgress),
		review(packMineOnly, me.ID, map[string]int{c: 2}, data.NotStarted),
	} {
		if _, err := st.SaveReview(rv); err != nil {
			t.Fatal(err)
		}
	}
	return ws, cfg, me, colleague
}

func review(pledge, reviewer string, scores map[string]int, st data.Status) data.Review {
	rv := data.NewReview(pledge, reviewer)
	rv.Scores, rv.Status = scores, st
	return rv
}

func openSession(t *testing.T, ws, cfg string) *Session {
	t.Helper()
	s, err := Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestReviewSetWithTwoReviewers(t *testing.T) {
	ws, cfg, me, _ := packWorkspace(t)
	s := openSession(t, ws, cfg)
	now := time.Date(2021, 10, 8, 9, 30, 0, 0, time.Local)
	set, err := s.ReviewSet("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	in := briefing.NewInput(set, now)
	if in.Report == nil || in.Report.ID != "taiyuan-2021" || in.Me != me.ID || !in.Generated.Equal(now) {
		t.Fatalf("pack of %v by %s at %v", in.Report, in.Me, in.Generated)
	}
	if in.Workspace != "审阅.pledgereview" {
		t.Errorf("the pack names the workspace %q, want the file's name", in.Workspace)
	}
	var names []string
	for _, r := range in.Reviewers {
		names = append(names, r.Name)
	}
	if !slices.Contains(names, "王芳") || !slices.Contains(names, "李敏") {
		t.Errorf("reviewers %q, want 王芳 and 李敏", names)
	}
	if len(in.Reviews) != 5 {
		t.Errorf("%d reviews in the pack, want 5", len(in.Reviews))
	}
	if n := len(in.Agreement); n < 2 || in.Agreement[n-1].Criterion != briefing.StatusAgreement || in.Agreement[n-1].Pairs == 0 {
		t.Errorf("agreement rows %+v: want one per criterion and the status row last, with pairs", in.Agreement)
	}
	// the spread: 3 points of score, and data.DisputeSpread for two statuses
	if len(in.Disputed) != 1 || in.Disputed[0].PledgeID != packDisputed || in.Disputed[0].Spread != 3+data.DisputeSpread {
		t.Fatalf("disputed %+v, want %s alone with a spread of %d", in.Disputed, packDisputed, 3+data.DisputeSpread)
	}
	crit := in.Rubric.Criteria[0].Zh
	reasons := in.Disputed[0].Reasons
	if len(reasons) != 2 || !slices.Contains(reasons, crit+"评分 1–4") {
		t.Fatalf("dispute reasons %q, want %q and the statuses", reasons, crit+"评分 1–4")
	}
	for _, r := range reasons { // the statuses in the order of the reviewers' ids
		if strings.HasPrefix(r, "状态不一：") && (!strings.Contains(r, data.Done.Info().Zh) || !strings.Contains(r, data.Behind.Info().Zh)) {
			t.Errorf("dispute reason %q does not name both statuses", r)
		}
	}
}

// A pack of one reviewer's work has no agreement and no disputes: there is
// nobody to agree with.
func TestReviewSetOfOneReviewer(t *testing.T) {
	dir := t.TempDir()
	s := openSession(t, filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config"))
	set, err := s.ReviewSet("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	in := briefing.NewInput(set, time.Now())
	if in.Agreement != nil || in.Disputed != nil || len(in.Reviews) != 0 {
		t.Errorf("a fresh workspace packs agreement %v, disputes %v, %d reviews", in.Agreement, in.Disputed, len(in.Reviews))
	}
	if _, err := s.ReviewSet("no-such-report"); err == nil {
		t.Error("a pack of a report the workspace does not hold gives no error")
	}
}

// A pack and a table of the review set, written by WriteExport, are what a
// reviewer opens: a PDF with both names and the disputed pledge, a
// spreadsheet with a row per pledge.
func TestWritePackAndTable(t *testing.T) {
	ws, cfg, _, _ := packWorkspace(t)
	s := openSession(t, ws, cfg)
	set, err := s.ReviewSet("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	in := briefing.NewInput(set, time.Now())
	out := t.TempDir()
	pdf := filepath.Join(out, "简报.pdf")
	if err := writeTo(pdf, func() ([]byte, error) { return briefing.Build(in, briefing.Options{IncludeNotes: true}) }); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(raw, []byte("%PDF-")) {
		t.Fatalf("the pack is not a PDF (%v)", err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command("pdftotext", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"王芳", "李敏", "年底5G基站达到5000座以上"} {
			if !strings.Contains(string(text), want) {
				t.Errorf("the pack's text lacks %q", want)
			}
		}
	}

	csvPath := filepath.Join(out, "表.csv")
	if err := writeTo(csvPath, func() ([]byte, error) { return briefing.TableFile(csvPath, in, briefing.LangBoth) }); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(in.Report.Pledges()) || !strings.Contains(strings.Join(rows[1], ","), packDisputed) {
		t.Errorf("the CSV has %d rows for %d pledges; first %q", len(rows), len(in.Report.Pledges()), rows[1])
	}
	xlsx := filepath.Join(out, "表.XLSX")
	if err := writeTo(xlsx, func() ([]byte, error) { return briefing.TableFile(xlsx, in, briefing.LangBoth) }); err != nil {
		t.Fatal(err)
	}
	if raw, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(raw, []byte("PK")) {
		t.Errorf("the spreadsheet is not an XLSX (zip) file (%v)", err)
	}
}

// writeTo writes what build makes to path, as the window and the CLI do.
func writeTo(path string, build func() ([]byte, error)) error {
	raw, err := build()
	if err != nil {
		return err
	}
	return WriteExport(OwnFiles{}, path, raw)
}

func TestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	if err := CheckWritable(filepath.Join(dir, "简报.pdf")); err != nil {
		t.Errorf("a temporary folder is not writable: %v", err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("the check left %d files behind", len(left))
	}
	missing := filepath.Join(dir, "没有这个文件夹", "简报.pdf")
	if err := CheckWritable(missing); err == nil || !strings.Contains(err.Error(), "没有这个文件夹") {
		t.Errorf("a missing folder: %v, want an error naming it", err)
	}
	if err := WriteExport(OwnFiles{}, missing, []byte("%PDF-")); err == nil {
		t.Error("an export into a missing folder gives no error")
	}
}
