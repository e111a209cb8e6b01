package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// setLocale gives the test the locale of a user's shell.
func setLocale(t *testing.T, lang string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", lang)
}

// review and list name a status in one language: the locale's.
func TestReviewAndListSpeakTheLocale(t *testing.T) {
	const id = "taiyuan-2021/01.01.00"
	for _, c := range []struct {
		lang, review, list, not string
	}{
		{"zh_CN.UTF-8", id + "：推进中，均分 3.00\n", "\t推进中\t", "in progress"},
		{"en_US.UTF-8", id + ": in progress, average 3.00\n", "\tin progress\t", "推进中"},
		{"C.UTF-8", id + ": in progress, average 3.00\n", "\tin progress\t", "推进中"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			setLocale(t, c.lang)
			h := newHarness(t)
			got := h.ok("review", id, "--score", "specific=3", "--status", "in_progress")
			if got != c.review {
				t.Errorf("review printed %q, want %q", got, c.review)
			}
			list := h.ok("list", "--reviewed", "yes")
			if !strings.Contains(list, id+c.list) || strings.Contains(got+list, c.not) {
				t.Errorf("list printed %q, want %q after the id and no %q", list, c.list, c.not)
			}
		})
	}
	t.Run("not scored", func(t *testing.T) {
		setLocale(t, "zh_CN.UTF-8")
		h := newHarness(t)
		if got := h.ok("review", id, "--flag"); got != id+"：未评估，未评分\n" {
			t.Errorf("review printed %q", got)
		}
	})
}

// brief --lang zh|en|both sets the language of the pack's own words.
func TestBriefLanguage(t *testing.T) {
	needPdftotext(t)
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--flag")
	for _, c := range []struct {
		lang      string
		want, not []string
	}{
		{"zh", []string{"目录", "方法附录", "第 2 页"}, []string{"Contents", "Method annex", "page 2"}},
		{"en", []string{"Contents", "Method annex", "page 2"}, []string{"目录", "方法附录", "第 2 页"}},
		{"both", []string{"目录", "Contents", "方法附录", "Method annex"}, nil},
	} {
		pdf := filepath.Join(h.dir, c.lang+".pdf")
		h.ok("brief", "-o", pdf, "--lang", c.lang)
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(string(out), w) {
				t.Errorf("--lang %s: the pack lacks %q", c.lang, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(string(out), w) {
				t.Errorf("--lang %s: the pack says %q", c.lang, w)
			}
		}
	}
	h.fails(2, "--lang is zh, en or both", "brief", "-o", filepath.Join(h.dir, "x.pdf"), "--lang", "fr")
}

func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
}

// review --status takes the id, the English label with spaces or
// underscores, and the Chinese label; a wrong one lists the valid statuses,
// as --help does.
func TestReviewStatusSpellings(t *testing.T) {
	const id = "taiyuan-2021/01.01.00"
	setLocale(t, "en_US.UTF-8")
	h := newHarness(t)
	for _, spelling := range []string{"behind", "behind_schedule", "behind schedule", "Behind-Schedule", "滞后"} {
		if got := h.ok("review", id, "--status", spelling); got != id+": behind schedule, not scored\n" {
			t.Errorf("--status %q printed %q", spelling, got)
		}
	}
	if got := h.ok("list", "--status", "behind_schedule,in progress"); !strings.Contains(got, id+"\tbehind schedule\t") {
		t.Errorf("list --status behind_schedule printed %q", got)
	}
	h.fails(2, `unknown status "sleeping"; use one of: not_rated (not rated, 未评估), not_started (not started, 未启动), in_progress (in progress, 推进中), behind (behind schedule, 滞后),`, "review", id, "--status", "sleeping")
	h.fails(2, `unknown status "late"; use one of: not_rated`, "list", "--status", "behind,late")
	_, _, help := h.run("review", "--help")
	for _, want := range []string{"behind (behind schedule, 滞后)\n", "partly_done (partly done, 部分完成)\n"} {
		if !strings.Contains(help, want) {
			t.Errorf("review --help lacks %q:\n%s", want, help)
		}
	}
}
