package briefing

import (
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pledgereview/data"
)

func buildMeeting(t *testing.T) (string, Input) {
	t.Helper()
	in := testInput(t)
	pdf, err := Build(in, Options{Kind: KindMeeting, IncludeNotes: true})
	if err != nil {
		t.Fatal(err)
	}
	return writePack(t, pdf), in
}

func pdfPages(t *testing.T, path string) int {
	t.Helper()
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// The meeting brief of the seed with three reviewers fits on four A4 pages
// and names every pledge behind its figures.
func TestMeetingBriefFitsFourPages(t *testing.T) {
	path, in := buildMeeting(t)
	if n := pdfPages(t, path); n > 4 {
		t.Fatalf("meeting brief has %d pages, want at most 4", n)
	}
	raw, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for i, page := range strings.Split(strings.TrimRight(string(raw), "\f"), "\f") {
		if i > 0 && !strings.Contains(page, "决定 Decision") {
			t.Errorf("page %d does not repeat the table heading", i+1)
		}
	}
	text := stripSpace(string(raw))
	for _, want := range []string{"会议简报", "滞后与逾期", "未决分歧", "已标记", "决定Decision", "各章序时进度"} {
		if !strings.Contains(text, want) {
			t.Errorf("meeting brief lacks %q", want)
		}
	}
	set := data.DefaultScheduleSettings()
	byPledge := map[string][]data.ProgressUpdate{}
	for _, u := range in.Progress {
		byPledge[u.PledgeID] = append(byPledge[u.PledgeID], u)
	}
	pledgeCol := columnText(t, path, 18+14, 50) // the 承诺 column of the table
	listed := 0
	for _, p := range in.Report.Pledges() {
		s := data.Worst(data.Schedule(p, in.Report.Year, byPledge[p.ID], in.Generated, set))
		if s.Verdict != data.VerdictBehind && s.Verdict != data.VerdictOverdue {
			continue
		}
		listed++
		if !strings.Contains(text, shortID(p.ID)) || !strings.Contains(pledgeCol, stripSpace(p.Text)) {
			t.Errorf("behind pledge %s is not listed with its full text", p.ID)
		}
		if !strings.Contains(text, stripSpace((&model{}).gapCell(s))) {
			t.Errorf("behind pledge %s: figures %q missing", p.ID, (&model{}).gapCell(s))
		}
	}
	if listed == 0 {
		t.Fatal("the fixture has no pledge behind schedule: the test proves nothing")
	}
	m, err := newModel(in, Options{Kind: KindMeeting})
	if err != nil {
		t.Fatal(err)
	}
	late := 0 // behind by the test, or overdue as data.Overdue says, with progress figures or without
	for _, it := range m.pledges {
		if v := it.verdict(); v == data.VerdictBehind || v == data.VerdictOverdue {
			late++
		}
	}
	if late < listed || !strings.Contains(text, "滞后与逾期Behindscheduleandoverdue（"+strconv.Itoa(late)+"）") {
		t.Errorf("the heading does not count the %d behind or overdue pledges (%d with figures)", late, listed)
	}
	for _, dp := range in.Disputed {
		if !strings.Contains(text, shortID(dp.PledgeID)) {
			t.Errorf("dispute %s missing", dp.PledgeID)
		}
	}
}

// columnText is the text of every page between x and x+w mm from the left
// edge, white space removed: one column of the tables, in reading order.
func columnText(t *testing.T, path string, x, w float64) string {
	t.Helper()
	pt := func(mm float64) string { return strconv.Itoa(int(mm / 25.4 * 72)) }
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-x", pt(x), "-y", "0", "-W", pt(w), "-H", "842", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return stripSpace(string(out))
}

func TestMeetingBriefFont(t *testing.T) {
	path, _ := buildMeeting(t)
	needTool(t, "pdffonts")
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 3 || !strings.Contains(lines[2], "yes yes") {
		t.Fatalf("want one embedded subset font:\n%s", out)
	}
}

// BenchmarkMeetingBriefSeed: the seed with three reviewers; goal ≤ 100 ms.
func BenchmarkMeetingBriefSeed(b *testing.B) {
	in := testInput(b)
	for b.Loop() {
		if _, err := Build(in, Options{Kind: KindMeeting, IncludeNotes: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// With the disputes the fixture's three reviewers really have (over a
// hundred), the brief still fits on four pages: the widest disputes get
// rows, the others are named by id.
func TestMeetingBriefManyDisputesStillFourPages(t *testing.T) {
	in := testInput(t)
	in.Disputed = nil
	for _, dp := range data.Disputes(in.Reviews) {
		in.Disputed = append(in.Disputed, DisputedPledge{PledgeID: dp.PledgeID, Spread: float64(dp.Amount), Reasons: []string{"评分不一"}})
	}
	if len(in.Disputed) < 50 {
		t.Fatalf("only %d disputes: the test proves nothing", len(in.Disputed))
	}
	pdf, err := Build(in, Options{Kind: KindMeeting, IncludeNotes: true})
	if err != nil {
		t.Fatal(err)
	}
	path := writePack(t, pdf)
	if n := pdfPages(t, path); n > 4 {
		t.Fatalf("%d pages with %d disputes", n, len(in.Disputed))
	}
	raw, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := stripSpace(string(raw))
	for _, dp := range in.Disputed {
		if !strings.Contains(text, shortID(dp.PledgeID)) {
			t.Errorf("dispute %s is not named", dp.PledgeID)
		}
	}
	if !strings.Contains(text, "详见完整简报") {
		t.Error("no pointer to the full pack for the disputes left out")
	}
}
