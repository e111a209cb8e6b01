package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
)

// The new-user review's onepara.txt: a title line, then one paragraph of
// targets, in which the importer finds no chapter. The preview proposes
// the file's own first line as the title and never claims the file has
// none; once line 1 is marked a chapter, the summary words every count
// for one or for many, and an unknown delivery date once, in both
// languages.
func TestImportPreviewWordsOneParagraphReport(t *testing.T) {
	text := "某某市2025年政府工作报告\n\n各位代表：今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人，我们将新建5G基站1000个，改造老旧小区50个，年底前建成市民中心。\n"
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importText(t, d, []byte(text), "onepara.txt")
	c := d.win.Canvas()
	if ip.title.Text != "某某市2025年政府工作报告" {
		t.Errorf("proposed title %q, want the file's first line", ip.title.Text)
	}
	if shown := overlayTexts(c); strings.Contains(shown, "没有标题行") || !strings.Contains(shown, "此标题根据文件名和正文拟定") {
		t.Errorf("the note on the title:\n%s", shown)
	}

	ip.tabs.SelectIndex(1)
	ip.list.Select(0)
	tapDialogButton(t, c, "设为章")
	if ip.draft.Unstructured != nil {
		t.Fatalf("still no report after making line 1 a chapter: %v", ip.draft.Unstructured)
	}
	shown := squeeze(ip.summary.Text)
	for _, want := range []string{"，未找到报告日期", "1章，0个标题，1项承诺，找到"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the summary lacks %q: %s", want, shown)
		}
	}
	if strings.Contains(shown, "其中附件") || strings.Contains(shown, "作报告日期未找到") {
		t.Errorf("the summary: %s", shown)
	}
	setLanguage(langEn)
	defer setLanguage(langZh)
	ip.refresh()
	en := ip.summary.Text
	for _, want := range []string{", delivery date not found", "1 chapter, 0 headlines, 1 pledge, "} {
		if !strings.Contains(en, want) {
			t.Errorf("the English summary lacks %q: %s", want, en)
		}
	}
	for _, wrong := range []string{"delivered delivery", "1 chapters", "of which 0", "1 pledges"} {
		if strings.Contains(en, wrong) {
			t.Errorf("the English summary says %q: %s", wrong, en)
		}
	}
}

// The question before a report is imported again counts the pledges whose
// text changed without "1 pledges changed their text": 驻马店 2023 with the
// one reviewed pledge edited.
func TestReimportQuestionCountsOnePledge(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	addCity(t, d, "zhumadian-2023.txt")
	text := reviewOn(t, d, "zhumadian-2023/03.01.03", "看一下")
	raw, err := os.ReadFile(corpusFile(t, "cities/zhumadian-2023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), text, strings.Replace(text, "。", "，并确保如期完成。", 1), 1)
	path := filepath.Join(t.TempDir(), "zhumadian-2023.txt")
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := workspace.ParseReportFile(path, "zhumadian-2023")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want, wrong string }{
		{langZh, "1条承诺的文字有改动", "1pledges"},
		{langEn, "Pledgeswhosetextchanged:1;", "1pledgeschanged"},
	} {
		setLanguage(tc.lang)
		d.offerReimport(d.sess, r)
		shown := squeeze(overlayTexts(d.win.Canvas()))
		if !strings.Contains(shown, tc.want) || strings.Contains(shown, tc.wrong) {
			t.Errorf("%s: the question says %s", tc.lang, shown)
		}
		d.win.Canvas().Overlays().Top().Hide()
	}
	setLanguage(langZh)
}
