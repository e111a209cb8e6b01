package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// otherFormFile is 张伟's review file written on another version of the
// seed report, with a sentence inserted in the first headline (the ids of
// the sentences after it shift): he reviews the sentence before it, the
// inserted one and the four after it.
func otherFormFile(t *testing.T) string {
	t.Helper()
	return otherFormFileAs(t, "taiyuan-2021")
}

// otherFormFileAs is otherFormFile with the report imported under the id
// reportID.
func otherFormFileAs(t *testing.T, reportID string) string {
	t.Helper()
	p := newPeer(t, "张伟")
	seed, err := p.s.Report("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	const before = "围绕实现高水平自立自强深化改革"
	if !strings.Contains(seed.Source, before) {
		t.Fatal("the seed has changed: no sentence to insert before")
	}
	src := filepath.Join(p.dir, "taiyuan-2021.txt")
	other := strings.Replace(seed.Source, before, "新增一句话说明今年的重点任务。"+before, 1)
	if err := os.WriteFile(src, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := workspace.ParseReportFile(src, reportID)
	if err != nil {
		t.Fatal(err)
	}
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: p.s.Rubric(),
		Reviewers: []data.Reviewer{p.s.Me()}, Exporter: p.s.Me(), Exported: time.Now()}
	for i, id := range []string{"01.01.01", "01.01.02", "01.01.03", "01.01.04", "01.01.05", "01.01.06"} {
		rv := rev(reportID+"/"+id, data.InProgress, map[string]int{"specific": i % 5})
		rv.ReviewerID = p.s.Me().ID
		rv.Updated = data.HLC{Wall: time.Now().Add(-time.Minute).UnixMilli() + int64(i), Node: p.s.Me().ID}
		f.Reviews = append(f.Reviews, rv)
	}
	f.Describe(share.FormOf(r))
	raw, err := share.Encode(f, signingKey(t, filepath.Join(p.dir, "config"), p.s))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(p.dir, "zhang-other-version.pledgereview.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A colleague's file of another version of the report is merged: the plan
// says how many records were placed by id, by text and not at all; the one
// not placed is listed under File → Unplaced records with its text.
func TestMergeAnotherVersionShowsPlacement(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := otherFormFile(t)
	plan := planOf(t, d, path)
	for _, want := range []string{"按编号对应\n1", "按文字对应\n4", "无法对应（已保留，见“未对应记录”）\n1", "新增记录\n5"} {
		if !strings.Contains(plan, want) {
			t.Errorf("the plan does not say %q:\n%s", want, plan)
		}
	}
	tapMerge(t, d)
	rs := storedReviews(t, d)
	if len(rs) != 5 {
		t.Fatalf("%d reviews after the merge, want the 5 placed", len(rs))
	}
	// His review of 01.01.03 (the sentence after the inserted one) is on
	// the same sentence here, 01.01.02, and so on.
	for _, r := range rs {
		want := map[string]int{"taiyuan-2021/01.01.01": 0, "taiyuan-2021/01.01.02": 2, "taiyuan-2021/01.01.05": 0}[r.PledgeID]
		if r.PledgeID != "taiyuan-2021/01.01.03" && r.PledgeID != "taiyuan-2021/01.01.04" && r.Scores["specific"] != want {
			t.Errorf("%s holds the review scored %d, want %d", r.PledgeID, r.Scores["specific"], want)
		}
	}
	closeOverlays(d)
	fileMenuItem(d, "未对应记录…").Action()
	settle(d.jobs)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "新增一句话说明今年的重点任务。") || !strings.Contains(got, "张伟") {
		t.Errorf("the unplaced records say %q", got)
	}
}

// A colleague imported the report under another id (太原2021), and one
// sentence differs: the plan finds the report by its text and says so, and
// the window's export of everything then relays all six of his records,
// the one kept unplaced too, and says how many it relays.
func TestMergeSameReportUnderAnotherIDThenExportEverything(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := otherFormFileAs(t, "太原2021")
	plan := planOf(t, d, path)
	for _, want := range []string{"报告 taiyuan-2021（与 太原2021 为同一份报告）", "按文字对应\n5", "无法对应（已保留，见“未对应记录”）\n1"} {
		if !strings.Contains(plan, want) {
			t.Errorf("the plan does not say %q:\n%s", want, plan)
		}
	}
	tapMerge(t, d)
	if rs := storedReviews(t, d); len(rs) != 5 {
		t.Fatalf("%d reviews after the merge, want the 5 placed", len(rs))
	}
	closeOverlays(d)
	d.showReviewExport(true)
	out := filepath.Join(t.TempDir(), "everything"+share.FileExt)
	overlayEntry(d.win.Canvas()).SetText(out)
	test.Tap(overlayButton(d.win.Canvas(), "导出"))
	settle(d.jobs)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "按原作者在报告另一种形式上的签名转交 6 条") {
		t.Errorf("the export says %q", got)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := share.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if c := f.Carried(); c.Relayed != 6 {
		t.Errorf("the file relays %d of his records, want all 6", c.Relayed)
	}
}
