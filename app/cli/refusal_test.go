package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// englishSentence is two English words in a row: a sentence, or part of
// one, left untranslated. File names hold no spaces; the program's name
// before a command's error, and a command quoted to type, are taken out
// first.
var englishSentence = regexp.MustCompile(`[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}`)

var quotedCommand = regexp.MustCompile("`[^`]*`")

// refusedFiles writes, in dir, review files of five kinds merge and sync
// refuse, each with the Chinese words it is refused with: a file cut
// short, one edited after it was signed, one of another report (a city
// report of the corpus, named), one of a newer format and one that is no review
// file at all. Their times are an hour old, as a team folder's files
// that have settled.
func refusedFiles(t *testing.T, dir, prefix string) map[string]string {
	t.Helper()
	b := newHarness(t)
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	signed := filepath.Join(b.dir, "zhang.json")
	b.ok("export-review", "-o", signed)
	raw, err := os.ReadFile(signed)
	if err != nil {
		t.Fatal(err)
	}
	c := newHarness(t)
	city := cityReport(t, c, "hefei-2024.docx")
	c.ok("review", city+"/03.04.01", "--status", "done")
	other := filepath.Join(c.dir, "hefei.json")
	c.ok("export-review", "--report", city, "-o", other)
	otherRaw, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]struct {
		raw  []byte
		says string
	}{
		"damaged":     {raw[:len(raw)/2], "已损坏或被手工改动过（校验和不符，或文件不完整）。请同事重新导出。"},
		"edited":      {[]byte(strings.Replace(string(raw), `"done"`, `"not_done"`, 1)), "在签名之后被改动过，或者含有签名人并未写过的评审。请同事重新导出。"},
		"otherreport": {otherRaw, "是另一份报告（" + city + "）的评审，不是本工作区这份报告的。请先导入那份报告再合并。"},
		"newer":       {[]byte(`{"format":"pledge-review/9"}`), "由更新版本的承诺评审写成。请先更新程序再合并。"},
		"notreview":   {[]byte("2024年政府工作报告\n一、过去一年工作回顾\n"), "不是承诺评审的评审文件。"},
	}
	hourAgo := time.Now().Add(-time.Hour)
	says := map[string]string{}
	for name, f := range files {
		name = prefix + name + ".pledgereview.json"
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, f.raw, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(path, hourAgo, hourAgo)
		says[name] = f.says
	}
	return says
}

// wantChineseRefusals checks that every file is refused, named, in the
// Chinese words of its reason, and that no English sentence is printed.
func wantChineseRefusals(t *testing.T, what, frame, errs string, says map[string]string) {
	t.Helper()
	for name, s := range says {
		if want := frame + name + " " + s; !strings.Contains(errs, want) {
			t.Errorf("%s under zh_CN: stderr lacks %q\n%s", what, want, errs)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		line = strings.TrimPrefix(strings.TrimPrefix(line, "pledgereview merge:"), "pledgereview sync:")
		if m := englishSentence.FindString(quotedCommand.ReplaceAllString(line, "")); m != "" {
			t.Errorf("%s under zh_CN printed English %q in %q", what, m, line)
		}
	}
}

// Under a Chinese locale merge and sync say in Chinese why each review
// file was refused, naming it, in the window's words.
func TestRefusalsSpeakChinese(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	a := newHarness(t)
	a.ok("whoami", "--name", "王芳")

	given := t.TempDir()
	says := refusedFiles(t, given, "")
	var paths []string
	for name := range says {
		paths = append(paths, filepath.Join(given, name))
	}
	for _, dry := range []bool{true, false} {
		args := append([]string{"merge"}, paths...)
		if dry {
			args = append([]string{"merge", "--dry-run"}, paths...)
		}
		code, _, errs := a.run(args...)
		if code != 1 || !strings.Contains(errs, "5 个文件中有 5 个被拒绝") {
			t.Errorf("%v: exit %d\n%s", args[:2], code, errs)
		}
		wantChineseRefusals(t, "merge", "已拒绝：", errs, says)
	}

	team := t.TempDir()
	says = refusedFiles(t, team, "taiyuan-2021--k-")
	code, _, errs := a.run("sync", team)
	if code != 1 {
		t.Errorf("sync: exit %d\n%s", code, errs)
	}
	wantChineseRefusals(t, "sync", "未合并：", errs, says)

	// The edited file again, under another name: refused for what it holds,
	// as before, without being read again.
	edited, err := os.ReadFile(filepath.Join(team, "taiyuan-2021--k-edited.pledgereview.json"))
	if err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(team, "taiyuan-2021--k-edited2.pledgereview.json")
	os.WriteFile(again, edited, 0o644)
	code, _, errs = a.run("sync", team)
	if code != 1 {
		t.Errorf("sync of a file refused before: exit %d\n%s", code, errs)
	}
	wantChineseRefusals(t, "sync of a file refused before", "未合并：", errs, map[string]string{
		"taiyuan-2021--k-edited2.pledgereview.json": "在签名之后被改动过，或者含有签名人并未写过的评审。请同事重新导出。在它改动之前，仍会被拒绝。"})
}

// A file of another report is refused naming that report, in English as
// in Chinese, so that the user knows which report to import to merge it.
func TestRefusalNamesTheOtherReport(t *testing.T) {
	c := newHarness(t)
	city := cityReport(t, c, "hefei-2024.docx")
	c.ok("review", city+"/03.04.01", "--status", "done")
	other := filepath.Join(t.TempDir(), "hefei.json")
	c.ok("export-review", "--report", city, "-o", other)

	for _, l := range []struct{ locale, says string }{
		{"en_US.UTF-8", "hefei.json holds reviews of another report, hefei-2024, not of the one in this workspace. Import that report to merge them."},
		{"zh_CN.UTF-8", "hefei.json 是另一份报告（hefei-2024）的评审，不是本工作区这份报告的。请先导入那份报告再合并。"},
	} {
		t.Setenv("LC_ALL", l.locale)
		a := newHarness(t)
		a.ok("whoami", "--name", "王芳")
		code, _, errs := a.run("merge", other)
		if code != 1 || !strings.Contains(errs, l.says) {
			t.Errorf("merge of a file of %s under %s: exit %d, stderr lacks %q\n%s", city, l.locale, code, l.says, errs)
		}
	}
}
