package cli

import (
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
