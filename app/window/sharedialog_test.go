package window

import (
	"crypto/ed25519"
	"fmt"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/linebreak"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

const (
	sp1 = "taiyuan-2021/01.01.00" // disputed on impact (0 against 4)
	sp2 = "taiyuan-2021/01.01.01" // disputed on status (done against behind)
	sp3 = "taiyuan-2021/01.02.00" // everyone agrees
)

// peer is a colleague with a workspace of their own on disk.
type peer struct {
	s   *workspace.Session
	dir string
}

func newPeer(t *testing.T, name string) *peer {
	t.Helper()
	dir := t.TempDir()
	s, err := workspace.Open(filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SetName(name); err != nil {
		t.Fatal(err)
	}
	return &peer{s: s, dir: dir}
}

// signingKey reads the key a session signs with from its config folder:
// the session does not hand its private key out.
func signingKey(t *testing.T, cfg string, s *workspace.Session) ed25519.PrivateKey {
	t.Helper()
	key, err := workspace.LoadSigningKey(cfg, s.Me())
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func (p *peer) review(t *testing.T, rv data.Review) {
	t.Helper()
	rv.ReviewerID = p.s.Me().ID
	if _, err := p.s.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
}

func (p *peer) export(t *testing.T) string {
	t.Helper()
	path := filepath.Join(p.dir, share.DefaultFileName("taiyuan-2021", p.s.Me().Name, time.Now()))
	if _, err := p.s.WriteReviewFile(path, "taiyuan-2021", false, time.Now()); err != nil {
		t.Fatal(err)
	}
	return path
}

func rev(pledge string, st data.Status, scores map[string]int) data.Review {
	rv := data.NewReview(pledge, "")
	rv.Status, rv.Scores = st, scores
	return rv
}

func storedReviews(t *testing.T, d *Desk) []data.Review {
	t.Helper()
	rs, err := d.sess.Reviews(d.loaded.report.ID)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// rowFor draws the list row of a pledge the list shows.
func rowFor(t *testing.T, d *Desk, pledge string) *pledgeRow {
	t.Helper()
	i, ok := d.loaded.index.Position(pledge)
	if !ok {
		t.Fatalf("no pledge %s", pledge)
	}
	pos := d.rowPosition(i)
	if pos < 0 {
		t.Fatalf("the list does not show %s", pledge)
	}
	r := newPledgeRow()
	d.views.list.updateRow(pos, r)
	return r
}

// threeColleagues makes the desk's reviewer (王芳) and two colleagues (李雷,
// and another 王芳) review three pledges, and returns the colleagues' files.
func threeColleagues(t *testing.T, d *Desk) (li, wang string) {
	t.Helper()
	sc := func(spec, impact int) map[string]int { return map[string]int{"specific": spec, "impact": impact} }
	mine := []data.Review{
		rev(sp1, data.NotRated, sc(1, 0)),
		rev(sp2, data.Done, map[string]int{"specific": 2}),
		rev(sp3, data.Done, map[string]int{"specific": 3}),
	}
	for _, rv := range mine {
		rv.ReviewerID = d.sess.Me().ID
		if _, ok := d.save(rv); !ok {
			t.Fatal("save failed")
		}
	}
	b, c := newPeer(t, "李雷"), newPeer(t, "王芳")
	r := rev(sp1, data.NotRated, sc(1, 4))
	r.Note = "影响力被低估"
	r.Evidence = []data.Evidence{{Text: "市统计公报", Date: "2022-02-01"}}
	b.review(t, r)
	b.review(t, rev(sp2, data.Behind, map[string]int{"specific": 2}))
	b.review(t, rev(sp3, data.Done, map[string]int{"specific": 3}))
	c.review(t, rev(sp1, data.NotRated, map[string]int{"specific": 1}))
	c.review(t, rev(sp2, data.NotRated, map[string]int{"specific": 2}))
	c.review(t, rev(sp3, data.Done, map[string]int{"specific": 3}))
	return b.export(t), c.export(t)
}

// mergeScenario is the proof of the window part of sharing: three
// colleagues' work merged through the merge dialog into one desk, seen side
// by side, disputes marked, filtered and queued, agreement shown, a
// damaged file refused, and the merges undone. Each step builds on the
// desk the steps before it left.
type mergeScenario struct {
	d                *Desk
	fileLi, fileWang string
	before           []data.Review // the workspace before any merge
	held             []data.Review // the workspace after my saves that follow the merges
}

func TestMergeColleaguesThroughTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	s := &mergeScenario{d: newTestDesk(t, a, ws, cfg)}
	s.fileLi, s.fileWang = threeColleagues(t, s.d)
	for _, step := range []struct {
		name string
		run  func(*testing.T)
	}{
		{"before any merge, nothing is disputed and Undo is off", s.beforeMerging},
		{"the plan says what a file adds, and Cancel writes nothing", s.planThenCancel},
		{"a merge says what it wrote, and the same file again brings nothing", s.mergeByMenu},
		{"a file dropped on the window is merged too", s.mergeByDrop},
		{"the list marks the disputed pledges, and only them", s.disputeMarks},
		{"the Disputed filter shows them and clears with the other filters", s.disputedFilter},
		{"the queue shows the largest disagreement first, and leads to each", s.disputedQueue},
		{"the detail shows the reviewers side by side, me first", s.sideBySide},
		{"my change shows at once and can end a dispute", s.myChangeEndsDispute},
		{"the Agreement view gives the figures of data.ReviewAgreement", s.agreement},
		{"an edited file is refused in plain words and changes nothing", s.editedFileRefused},
		{"Undo refuses, saying why, when I saved after the merge", s.undoRefused},
		{"a merge with nothing saved after it is undone, and the desk shows it", s.undoDone},
	} {
		if !t.Run(step.name, step.run) {
			return // the next steps build on this one
		}
	}
}

func (s *mergeScenario) beforeMerging(t *testing.T) {
	d := s.d
	s.before = storedReviews(t, d)
	if len(s.before) != 3 {
		t.Fatalf("the desk holds %d reviews before merging, want 3", len(s.before))
	}
	if rowFor(t, d, sp1).dispute.Visible() {
		t.Error("a disagreement mark before anyone else reviewed")
	}
	if it := fileMenuItem(d, "撤销上次合并"); it == nil || !it.Disabled {
		t.Errorf("Undo last merge is not there or enabled before any merge: %+v", it)
	}
	for _, label := range []string{"导出我的评审文件…", "导出全部评审…", "合并同事的评审文件…"} {
		if it := fileMenuItem(d, label); it == nil || it.Disabled {
			t.Errorf("File menu has no usable %q", label)
		}
	}
}

// the plan of 李雷's file, in Chinese, before anything is written
func (s *mergeScenario) planThenCancel(t *testing.T) {
	d := s.d
	plan := planOf(t, d, s.fileLi)
	for _, want := range []string{"李雷", "新增评审人\n1（李雷）", "新增记录\n3", "更新记录（较新）\n0", "拒绝记录\n0", filepath.Base(s.fileLi)} {
		if !strings.Contains(plan, want) {
			t.Errorf("the plan does not say %q:\n%s", want, plan)
		}
	}
	if !reflect.DeepEqual(storedReviews(t, d), s.before) {
		t.Fatal("planning changed the workspace")
	}
	test.Tap(overlayButton(d.win.Canvas(), "取消"))
	if !reflect.DeepEqual(storedReviews(t, d), s.before) {
		t.Fatal("Cancel changed the workspace")
	}
}

func (s *mergeScenario) mergeByMenu(t *testing.T) {
	d := s.d
	if got := mergeThrough(t, d, s.fileLi); !strings.Contains(got, "写入 3 条记录") || !strings.Contains(got, d.sess.BackupDir()) {
		t.Errorf("the result dialog says %q", got)
	}
	if plan := planOf(t, d, s.fileLi); !strings.Contains(plan, "未变记录\n3") || !overlayButton(d.win.Canvas(), "合并").Disabled() {
		t.Errorf("a second merge of the same file: Merge enabled, or the plan says %q", plan)
	}
	closeOverlays(d)
}

// 王芳's file comes by dropping it on the window
func (s *mergeScenario) mergeByDrop(t *testing.T) {
	d := s.d
	d.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(s.fileWang)})
	settle(d.jobs)
	if plan := overlayTexts(d.win.Canvas()); !strings.Contains(plan, filepath.Base(s.fileWang)) {
		t.Fatalf("the dropped file's plan says %q", plan)
	}
	tapMerge(t, d)
	if all := storedReviews(t, d); len(all) != 9 {
		t.Fatalf("the desk holds %d reviews after two merges, want 9", len(all))
	}
	if reviewers, _ := d.sess.Reviewers(); len(reviewers) != 3 {
		t.Fatalf("reviewers %v", reviewers)
	}
}

func (s *mergeScenario) disputeMarks(t *testing.T) {
	for pledge, want := range map[string]bool{sp1: true, sp2: true, sp3: false} {
		r := rowFor(t, s.d, pledge)
		if r.dispute.Visible() != want || (want && r.dispute.Text() != "有分歧") {
			t.Errorf("%s: disagreement mark shown %v (%q), want %v", pledge, r.dispute.Visible(), r.dispute.Text(), want)
		}
	}
}

func (s *mergeScenario) disputedFilter(t *testing.T) {
	d := s.d
	if d.views.bar.disputed.Text != "有分歧（2）" {
		t.Errorf("the Disputed filter reads %q", d.views.bar.disputed.Text)
	}
	d.views.bar.disputed.SetChecked(true)
	if n := d.views.list.list.Length(); n != 2 {
		t.Errorf("the Disputed filter shows %d pledges, want 2", n)
	}
	if !strings.Contains(d.views.list.count.Text, "显示 2 项") {
		t.Errorf("count says %q", d.views.list.count.Text)
	}
	test.Type(d.views.list.search, "5G")
	if n := d.views.list.list.Length(); n != 1 {
		t.Errorf("Disputed and a search show %d pledges, want 1", n)
	}
	test.Tap(d.views.bar.clear)
	if d.views.bar.disputed.Checked || d.views.list.list.Length() < 100 {
		t.Errorf("clearing the filters leaves Disputed %v, %d rows", d.views.bar.disputed.Checked, d.views.list.list.Length())
	}
}

func (s *mergeScenario) disputedQueue(t *testing.T) {
	d := s.d
	q := d.showDisputed()
	got := overlayTexts(d.win.Canvas())
	first, second := strings.Index(got, sp1+"  "), strings.Index(got, sp2+"  ")
	if !strings.Contains(got, "共 2 项") || first < 0 || second < first {
		t.Fatalf("the queue does not show %s, then %s: %q", sp1, sp2, got)
	}
	if !strings.Contains(got, "分歧 4") || !strings.Contains(got, "“分歧”为各评分项分差之和") {
		t.Errorf("the queue's amounts have no label: %q", got)
	}
	q.list.Select(1)
	if row := d.currentRow(); row == nil || row.Pledge.ID != sp2 {
		t.Errorf("choosing in the queue did not show %s", sp2)
	}
	d.nextDisputed()
	if row := d.currentRow(); row == nil || row.Pledge.ID != sp1 {
		t.Errorf("Next disputed after %s did not show %s", sp2, sp1)
	}
}

// on sp1, shown by the step before
func (s *mergeScenario) sideBySide(t *testing.T) {
	d := s.d
	if !d.views.side.box.Visible() {
		t.Fatal("the side-by-side view is hidden")
	}
	reviewers, _ := d.sess.Reviewers()
	names := share.DisplayNames(reviewers)
	heads := sideHeads(d.views.side)
	if me := names[d.sess.Me().ID] + "（我）"; len(heads) != 3 || heads[0] != me {
		t.Fatalf("side by side shows %q, want 3 reviewers starting with %q", heads, me)
	}
	for _, rv := range reviewers {
		if rv.ID != d.sess.Me().ID && !contains(heads, names[rv.ID]) {
			t.Errorf("side by side misses %q: %q", names[rv.ID], heads)
		}
	}
	if !contains(heads, "王芳 (2)") && !contains(heads, "王芳 (2)（我）") {
		t.Errorf("two people named 王芳 are not told apart: %q", heads)
	}
	for _, o := range test.LaidOutObjects(d.views.side.box) {
		if l, ok := o.(*messageLabel); ok {
			for _, r := range afterWrapBreaks(l.message, l.Text) {
				if linebreak.NoLineStart(r) {
					t.Errorf("a side-by-side line starts with %q: %q", r, l.Text)
				}
			}
		}
	}
	side := objectTexts(d.views.side.box)
	for _, want := range []string{"影响力被低估", "市统计公报", "影响力 0–4", "具体性"} {
		if !strings.Contains(side, want) {
			t.Errorf("side by side does not show %q:\n%s", want, side)
		}
	}
}

func (s *mergeScenario) myChangeEndsDispute(t *testing.T) {
	d := s.d
	mine := d.currentRow().Mine
	mine.Scores = map[string]int{"specific": 1, "impact": 3}
	if _, ok := d.save(mine); !ok {
		t.Fatal("save failed")
	}
	// 3 against 4: no longer a dispute on impact
	if d.views.bar.disputed.Text != "有分歧（1）" || rowFor(t, d, sp1).dispute.Visible() {
		t.Errorf("after my save %s is still disputed (%q)", sp1, d.views.bar.disputed.Text)
	}
	mine.Scores = map[string]int{"specific": 1, "impact": 0}
	if _, ok := d.save(mine); !ok {
		t.Fatal("save failed")
	}
	s.held = storedReviews(t, d)
}

func (s *mergeScenario) agreement(t *testing.T) {
	d := s.d
	reviewers, _ := d.sess.Reviewers()
	ag := data.ReviewAgreement(d.sess.Rubric(), reviewers, storedReviews(t, d))
	v := d.showAgreement()
	defer v.dlg.Hide()
	cells := gridLines(v.grid, 4)
	if len(cells) != len(ag.Criteria)+2 {
		t.Fatalf("agreement table has %d lines", len(cells))
	}
	rb := d.sess.Rubric()
	for i, c := range ag.Criteria {
		want := []string{criterionLabel(rb.Criterion(c.Criterion)), data.FormatAlpha(c.Ordinal, c.OK), data.FormatAlpha(c.Interval, c.OK), fmt.Sprint(c.Units)}
		if c.TooFew {
			want[1], want[2] = "承诺太少", "承诺太少"
		}
		if line := cells[i+1]; !reflect.DeepEqual(line, want) {
			t.Errorf("agreement line %v, want %v", line, want)
		}
	}
	if cells[1][1] != "1.000" || cells[1][3] != "3" {
		t.Errorf("specific: all three agree on three pledges, shown %v", cells[1])
	}
	// measurable is scored by nobody; impact by two reviewers on one pledge,
	// 0 against 4: too little data, not disagreement, and not in red
	for _, line := range []int{2, 3} {
		if l := v.grid.Objects[line*4+1].(*widget.Label); cells[line][1] != "承诺太少" || l.Importance == widget.DangerImportance {
			t.Errorf("line %v: %q in importance %v", cells[line], cells[line][1], l.Importance)
		}
	}
	status := cells[len(cells)-1]
	if status[1] != "承诺太少" || status[3] != fmt.Sprint(ag.StatusUnits) || ag.StatusUnits >= data.MinAgreementPledges {
		t.Errorf("status agreement %v over %d", status, ag.StatusUnits)
	}
	// "too few pledges" looks the same in the status line as in the criteria
	statusCell := v.grid.Objects[(len(cells)-1)*4+1].(*widget.Label)
	critCell := v.grid.Objects[2*4+1].(*widget.Label)
	if sc, cc := labelTextColor(t, statusCell), labelTextColor(t, critCell); statusCell.Importance != widget.LowImportance || sc != cc {
		t.Errorf("status \"too few pledges\" in importance %v colour %v, the criteria's in colour %v", statusCell.Importance, sc, cc)
	}
	got := overlayTexts(d.win.Canvas())
	if !strings.Contains(got, "1 表示评审人完全一致，0 表示与随机打分无异") {
		t.Errorf("the Agreement view has no plain line on alpha: %q", got)
	}
	if !strings.Contains(got, "0.8") || !strings.Contains(got, "0.667") || !strings.Contains(got, "不足 3 项") {
		t.Errorf("the Agreement view does not explain alpha: %q", got)
	}
}

func (s *mergeScenario) editedFileRefused(t *testing.T) {
	d := s.d
	raw, err := os.ReadFile(s.fileLi)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(t.TempDir(), "damaged.json")
	os.WriteFile(damaged, []byte(strings.Replace(string(raw), "影响力被低估", "影响力被高估", 1)), 0o644)
	if got := planOf(t, d, damaged); !strings.Contains(got, "签名之后被改动过") || !strings.Contains(got, "工作区没有任何改动") {
		t.Errorf("refusal says %q", got)
	}
	if !reflect.DeepEqual(storedReviews(t, d), s.held) {
		t.Fatal("a refused file changed the workspace")
	}
}

// my saves after the merges are never thrown away by an undo, and the
// refusal says why without asking anything first
func (s *mergeScenario) undoRefused(t *testing.T) {
	d := s.d
	if it := fileMenuItem(d, "撤销上次合并"); it == nil || it.Disabled {
		t.Fatal("Undo last merge is disabled after a merge")
	}
	if got := undoThrough(t, d); !strings.Contains(got, "撤销合并会丢失") {
		t.Errorf("the refused undo says %q", got)
	}
	if !reflect.DeepEqual(storedReviews(t, d), s.held) {
		t.Fatal("a refused undo changed the workspace")
	}
}

func (s *mergeScenario) undoDone(t *testing.T) {
	d := s.d
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp3, data.Behind, map[string]int{"specific": 0}))
	mergeThrough(t, d, zhang.export(t))
	closeOverlays(d)
	d.selectPledge(sp3)
	if heads := sideHeads(d.views.side); len(heads) != 4 || !contains(heads, "张伟") || !rowFor(t, d, sp3).dispute.Visible() {
		t.Fatalf("after 张伟's merge the desk shows %q side by side, %s disputed: %v", heads, sp3, rowFor(t, d, sp3).dispute.Visible())
	}
	if got := undoThrough(t, d); !strings.Contains(got, "已恢复为上次合并之前") {
		t.Fatalf("the undo says %q", got)
	}
	if got := storedReviews(t, d); !reflect.DeepEqual(got, s.held) {
		t.Errorf("undo did not restore the workspace before 张伟's merge: %d reviews", len(got))
	}
	if heads := sideHeads(d.views.side); len(heads) != 3 || contains(heads, "张伟") || rowFor(t, d, sp3).dispute.Visible() {
		t.Errorf("after undo the desk shows %q side by side, %s disputed: %v", heads, sp3, rowFor(t, d, sp3).dispute.Visible())
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// objectTexts gathers the labels shown inside an object.
func objectTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range test.LaidOutObjects(o) {
		if text, ok := labelText(x); ok {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

func TestExportReviewFiles(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	fileLi, _ := threeColleagues(t, d)
	mergeThrough(t, d, fileLi)

	dir := t.TempDir()
	for _, all := range []bool{false, true} {
		closeOverlays(d)
		d.showReviewExport(all)
		entry := overlayEntry(d.win.Canvas())
		name := share.DefaultFileName(d.loaded.report.ID, "王芳", time.Now())
		if filepath.Base(entry.Text) != name {
			t.Errorf("default file %q, want %q", entry.Text, name)
		}
		path := filepath.Join(dir, fmt.Sprintf("all-%v%s", all, share.FileExt))
		entry.SetText(path)
		test.Tap(overlayButton(d.win.Canvas(), "导出"))
		settle(d.jobs)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := share.Decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		want, who := 3, 1
		if all {
			want, who = 6, 2
		}
		if len(f.Reviews) != want || len(f.Reviewers) != who {
			t.Errorf("export all=%v holds %d reviews by %d reviewers, want %d by %d", all, len(f.Reviews), len(f.Reviewers), want, who)
		}
		for _, rv := range f.Reviews {
			if !all && rv.ReviewerID != d.sess.Me().ID {
				t.Errorf("my review file holds a review by %s", rv.ReviewerID)
			}
		}
		if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "评审文件已保存") || !strings.Contains(got, path) {
			t.Errorf("result dialog says %q", got)
		}
		if a.Preferences().String(prefShareFolder) != dir {
			t.Error("the folder is not remembered")
		}
	}
}

func TestMergeRefusalInPlainWords(t *testing.T) {
	test.NewTempApp(t)
	setLanguage(langZh)
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("x.json: %w: the file is for \"beijing-2021\", this workspace for \"taiyuan-2021\"", share.ErrWrongReport), "另一份报告"},
		{fmt.Errorf("x.json: %w: the file is for %w \"taiyuan-2021\" (its text differs)", share.ErrWrongReport, share.ErrOtherVersion), "另一个版本"},
		// the report the file is for, named, cleaned as a name from a file,
		// with the share of its sentences found here rounded down
		{fmt.Errorf("x.json: %w", &share.ReportMismatch{FileReport: "beijing\u202e-2021", Searched: true, Found: -1}), "x.json 是另一份报告（beijing-2021）的评审，不是本工作区这份报告的。请先导入那份报告再合并。"},
		{fmt.Errorf("x.json: %w", &share.ReportMismatch{FileReport: "beijing-2021", Here: "taiyuan-2021", Found: 0.419}), "是另一份报告（beijing-2021）的评审，不是本工作区这份报告的（只有 41% 的句子能在这里找到）。"},
		{fmt.Errorf("x.json: %w", &share.ReportMismatch{FileReport: "taiyuan-2021", Found: 0.969, Version: true}), "针对的是报告 taiyuan-2021 的另一个版本：它的原文与本工作区中的差别太大（只有 96% 的句子能在这里找到）。"},
		{fmt.Errorf("x.json: %w", &share.ReportMismatch{FileReport: "taiyuan-2021", Found: -1, Version: true}), "针对的是报告 taiyuan-2021 的另一个版本：它的原文与本工作区中的不同，而且文件来自旧版承诺评审"},
		{fmt.Errorf("x.json: %w: checksum", share.ErrDamaged), "已损坏"},
		{fmt.Errorf("x.json: %w", share.ErrNewerFormat), "更新版本"},
		{fmt.Errorf("x.json: %w", share.ErrTooLarge), "64 MB"},
		{fmt.Errorf("x.json: %w", share.ErrNotReviewFile), "不是承诺评审的评审文件"},
		{fmt.Errorf("x.json: %w (%w)", workspace.ErrRefusedBefore, share.ErrForged), "在签名之后被改动过，或者含有签名人并未写过的评审。请同事重新导出。在它改动之前，仍会被拒绝。"},
		{fmt.Errorf("read review file /tmp/x.json: %w", fs.ErrNotExist), "x.json 不存在"},
	} {
		got := mergeRefusal(c.err, "/tmp/x.json")
		if !strings.Contains(got, c.want) || !strings.Contains(got, "工作区没有任何改动") || !strings.Contains(got, "x.json") {
			t.Errorf("%v: says %q", c.err, got)
		}
	}
	// a file of another report, end to end
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, fyne.CurrentApp(), ws, cfg)
	f, err := d.sess.ExportReviewFile(d.loaded.report.ID, false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.Fingerprint = "0000"
	otherText, _ := share.ContentOf("另一份报告：一段完全不同的文字。")
	f.Content = &otherText // another report: its text is not this one's
	raw, err := share.Encode(f, signingKey(t, d.opt.ConfigDir, d.sess))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "other.json")
	os.WriteFile(path, raw, 0o644)
	if got := planOf(t, d, path); !strings.Contains(got, "针对的是报告 "+f.ReportID+" 的另一个版本") || !strings.Contains(got, "只有 ") {
		t.Errorf("refusal says %q", got)
	}
}

// A file dropped while a dialog is open is not merged behind it.
func TestDropWhileBusyIsRefused(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	fileLi, _ := threeColleagues(t, d)
	before := storedReviews(t, d)
	showMessage("提示", "正在处理。", d.win)
	d.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(fileLi)})
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "请先完成或关闭") {
		t.Errorf("a drop while busy says %q", got)
	}
	if !reflect.DeepEqual(storedReviews(t, d), before) {
		t.Fatal("a drop while busy changed the workspace")
	}
}

// gridLines reads the labels of a grid of cols columns, line by line.
func gridLines(g *fyne.Container, cols int) [][]string {
	var out [][]string
	for i, o := range g.Objects {
		if i%cols == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], o.(*widget.Label).Text)
	}
	return out
}

// labelTextColor is the colour a label's text is drawn in.
func labelTextColor(t *testing.T, l *widget.Label) color.Color {
	t.Helper()
	for _, o := range test.LaidOutObjects(l) {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
			return tx.Color
		}
	}
	t.Fatalf("label %q draws no text", l.Text)
	return nil
}
