package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestReviewProgressAddsToTheSeriesAndPrintsTheTest(t *testing.T) {
	h := newHarness(t)
	out := h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=3800@2021-09-30|市通信管理局通报|https://example.gov.cn/5g|2021-10-08")
	// The year 2021 is long over: without a later update the pledge is overdue.
	want := "3800/5000 = 76.0% done; the deadline 2021-12-31 has passed → overdue"
	if !strings.Contains(out, want) {
		t.Fatalf("output %q, want %q", out, want)
	}
	out = h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=5100@2021-12-20")
	if !strings.Contains(out, "5100/5000 = 102.0% done: target reached → done") {
		t.Fatalf("second update: %q", out)
	}
	h.fails(1, "no such target", "review", "taiyuan-2021/01.01.00", "--progress", "2=1@2021-06-30")
	h.fails(2, "not a date", "review", "taiyuan-2021/01.01.00", "--progress", "1=1@30.6.2021")
	h.fails(2, "completion share", "review", "taiyuan-2021/01.01.01", "--progress", "0=120@2021-06-30")
}

func TestBriefKindMeeting(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=3000@2021-09-30|通报", "--note", "进度慢，需督办")
	pdf := filepath.Join(h.dir, "meeting.pdf")
	h.ok("brief", "-o", pdf, "--kind", "meeting")
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{"会议简报", "01.01.00", "进度慢，需督办", "逾期"} {
		if !strings.Contains(text, want) {
			t.Errorf("meeting brief lacks %q", want)
		}
	}
	h.fails(2, "--kind", "brief", "-o", pdf, "--kind", "short")
}

func TestScheduleSettings(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "李敏")
	if out := h.ok("schedule"); out != "plan start\t1 January of the report year\ntolerance\t5%\n" {
		t.Fatalf("defaults: %q", out)
	}
	h.ok("schedule", "--plan-start", "2021-03-01", "--tolerance", "2.5")
	if out := h.ok("schedule"); out != "plan start\t2021-03-01\ntolerance\t2.5%\n" {
		t.Errorf("settings not kept: %q", out)
	}
	h.fails(2, "tolerance", "schedule", "--tolerance", "80")
	h.fails(2, "plan start", "schedule", "--plan-start", "3月1日")
}
