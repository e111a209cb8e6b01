package cli

import (
	"bytes"
	"crypto/ed25519"
	"path/filepath"
	"pledgereview/data"
	"pledgereview/data/share"
	"regexp"
	"strings"
	"testing"
	"time"
)

// english finds words of the CLI's English sentences in a Chinese run.
var english = regexp.MustCompile(`\b(wrote|merged|records|reviews?|reviewers|backup|nothing|files?|disputed|criterion|ordinal|status|done|overdue|deadline)\b`)

func wantChinese(t *testing.T, what, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("%s under zh_CN printed %q, want %q", what, out, w)
		}
	}
	if m := english.FindString(out); m != "" {
		t.Errorf("%s under zh_CN printed English %q in %q", what, m, out)
	}
}

// Under a Chinese locale the sub-commands that share and compare reviews
// speak Chinese, as the window does there.
func TestSharingCommandsSpeakChinese(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟")
	a.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=0", "--status", "done")
	b.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--status", "behind")
	b.ok("review", "taiyuan-2021/01.02.00", "--status", "in_progress")

	file := filepath.Join(b.dir, "zhang.pledgereview.json")
	wantChinese(t, "export-review", b.ok("export-review", "-o", file), "已写入 "+file+"（评审 2 条，评审人 1 位）")
	out := a.ok("merge", file)
	wantChinese(t, "merge", out, "合并计划：taiyuan-2021（张伟 导出于", "新增记录：2",
		"已合并 1 个文件中的 1 个：写入 2 条记录", "备份在 ")
	wantChinese(t, "agreement", a.ok("agreement"), "评分项", "状态", "有分歧的承诺：1 条", "分歧 ")

	wantChinese(t, "sync", a.ok("sync", team), "已写入 taiyuan-2021--k-", "（1 条评审）")
	wantChinese(t, "sync", b.ok("sync", team), "已合并王芳的 1 条评审（1 个文件：taiyuan-2021--k-")
	wantChinese(t, "a quiet sync", b.ok("sync", team), team+" 中没有新内容")
	code, _, errs := a.run("merge", filepath.Join(a.dir, "没有这个文件.json"))
	if code != 1 || !strings.Contains(errs, "1 个文件中有 1 个被拒绝") {
		t.Errorf("a refused merge under zh_CN: exit %d, %q", code, errs)
	}
}

// The schedule test after `review --progress` is worded in Chinese there.
func TestReviewProgressSpeaksChinese(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	h := newHarness(t)
	out := h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=3800@2021-09-30")
	wantChinese(t, "review --progress", out, "taiyuan-2021/01.01.00 #1: 逾期", "3800/5000")
}

// The messages of the trust checks speak Chinese there too: the key's
// words are read out by phone, so they stay the same in both languages.
func TestTrustMessagesSpeakChinese(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	wantChinese(t, "trust", h.ok("trust"), "还没有记住任何同事的密钥")
	now := time.Now().UnixMilli()
	h.ok("merge", legacySigned(t, h, "old-key.json", 7, now, data.Done))
	words := share.FingerprintWordsBoth(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)).Public().(ed25519.PublicKey))
	code, out, errs := h.run("trust", "--forget", "刘洋")
	if code != 1 || !strings.Contains(out, "本工作区认得的 刘洋（r-00112233aabbccdd）的密钥："+words) ||
		!strings.Contains(errs, "什么也没有忘记：请给 刘洋 打电话") {
		t.Errorf("trust --forget without --yes under zh_CN: exit %d\n%s\n%s", code, out, errs)
	}
	code, _, errs = h.run("merge", legacySigned(t, h, "new-key.json", 9, now+1000, data.Behind))
	if code != 1 || !strings.Contains(errs, "的记录用一把新密钥签名") || !strings.Contains(errs, words) {
		t.Errorf("a changed key under zh_CN: exit %d, %q", code, errs)
	}
	out = h.ok("trust", "--forget", "刘洋", "--yes")
	wantChinese(t, "trust --forget --yes", out, "已忘记 刘洋（r-00112233aabbccdd）的密钥")
}
