package window

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// TestRefusedFileIsStructuredByHand: a file in which the importer finds no
// report (one line, read as a title) still opens in the preview with its
// lines; marking them by hand makes it a report that is added.
func TestRefusedFileIsStructuredByHand(t *testing.T) {
	text := "2024年工作报告　一、稳增长。新增就业1万人。二、惠民生。新建学校3所。\n本报告附表另发。\n"
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importText(t, d, []byte(text), "refused-2024.txt")
	c := d.win.Canvas()

	if shown := overlayTexts(c); !strings.Contains(shown, "未能在此文件中找到章节或承诺（txt 文件，2 行）") {
		t.Fatalf("the preview does not say that no report was found:\n%s", shown)
	}
	// Add with nothing marked: the preview says why and stays open
	tapDialogButton(t, c, "添加")
	settle(d.jobs)
	if shown := overlayTexts(c); !strings.Contains(shown, "还没有可添加的报告") || d.loaded.report != nil && d.loaded.report.ID == "refused-2024" {
		t.Fatalf("adding an unstructured file:\n%s", shown)
	}
	tapDialogButton(t, c, "确定")

	ip.tabs.SelectIndex(1)
	ip.list.Select(0)
	tapDialogButton(t, c, "设为标题")
	if ip.draft.Unstructured != nil {
		t.Fatalf("still no report after making line 1 a headline: %v", ip.draft.Unstructured)
	}
	if _, h, p := ip.report.Count(); h != 1 || p != 2 {
		t.Errorf("%d headlines and %d pledges after the correction, want line 1 as the headline and line 2 under it", h, p)
	}
	tapDialogButton(t, c, "添加")
	settle(d.jobs)
	if d.loaded.report == nil || d.loaded.report.ID != "refused-2024" {
		t.Fatalf("the report made by hand is not on the desk")
	}
}

// 泸州 2024 is one Word paragraph whose headings run into the text, marked
// by bold runs and by their numbers. Should the automatic split fail on a
// file like it, the reviewer structures it by hand: here the file comes
// as text, one line per heading and paragraph as the importer cuts it,
// with the bold and the numbers (一、（一）) gone. The importer then
// mis-reads it: the lead phrases of the paragraphs become the headlines
// (29 in the review, 30 in the plan instead of 7 and 7). In the preview
// the reviewer finds each heading by its words and makes it a headline:
// the report has the chapters and headlines of the file.
func TestLuzhouStructuredByHand(t *testing.T) {
	dr, err := workspace.OpenReportDraft(corpusFile(t, "cities/luzhou-2024.docx"), "")
	if err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)`)
	var flat strings.Builder
	for _, l := range dr.Lines() {
		flat.WriteString(number.ReplaceAllString(l.Text, "") + "\n")
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importText(t, d, []byte(flat.String()), "泸州市2024年政府工作报告.txt")
	c := d.win.Canvas()
	if got := headlinesPerChapter(ip.report); got != "29 30 4" {
		t.Fatalf("the flattened file is read with %s headlines per chapter: the importer no longer mis-reads it, make it harder", got)
	}

	chapters := []struct {
		title     string
		headlines []string
	}{
		{"2023年工作回顾", []string{"千方百计稳增长，经济发展质效稳中有升", "持续壮大实体经济，现代化产业体系加快构建",
			"充分发挥区位优势，开放合作水平稳步提升", "科学统筹城乡发展，融合发展格局加快形成", "切实提升科教水平，创新发展动能更加强劲",
			"倾力增进民生福祉，群众生活品质不断改善", "守牢安全发展底线，社会大局保持和谐稳定"}},
		{"2024年工作安排建议", []string{"聚焦抓项目增效益，持续巩固经济回升势头", "聚焦产业转型升级，加快建设现代化产业体系",
			"聚焦促进共同富裕，扎实推进城乡融合发展", "聚焦城市功能完善，提升新时代区域中心城市能级", "聚焦群众关心关切，用心用情办好民生实事",
			"聚焦生态文明建设，筑牢长江上游重要生态屏障", "聚焦风险防范化解，织密扎牢安全发展防线"}},
		{"切实加强政府自身建设", []string{"旗帜鲜明讲政治", "持之以恒强法治", "担当作为抓落实", "清正廉洁守底线"}},
	}
	ip.tabs.SelectIndex(1)
	mark := func(words, button string) {
		t.Helper()
		ip.find.SetText(words)
		ip.find.OnSubmitted(ip.find.Text)
		if ip.sel < 0 || strings.TrimRight(ip.lines[ip.sel].Text, "。") != words {
			t.Fatalf("finding %q selected line %d", words, ip.sel)
		}
		tapDialogButton(t, c, button)
	}
	for _, ch := range chapters[:2] {
		for _, h := range ch.headlines {
			mark(h, "设为标题")
		}
	}

	if len(ip.report.Chapters) != len(chapters) {
		t.Fatalf("%d chapters after the corrections, want %d", len(ip.report.Chapters), len(chapters))
	}
	for i, ch := range chapters {
		got := ip.report.Chapters[i]
		var heads []string
		for _, h := range got.Headlines {
			heads = append(heads, h.Title)
		}
		if got.Title != ch.title || strings.Join(heads, "|") != strings.Join(ch.headlines, "|") {
			t.Errorf("chapter %d is %q with headlines\n%s\nwant %q with\n%s", i+1, got.Title, strings.Join(heads, "\n"), ch.title, strings.Join(ch.headlines, "\n"))
		}
	}
	if ip.report.Chapters[0].Kind != data.KindReview {
		t.Error("the review of 2023 is not a review chapter")
	}
	tapDialogButton(t, c, "添加")
	settle(d.jobs)
	if d.loaded.report == nil || headlinesPerChapter(d.loaded.report) != "7 7 4" || len(d.loaded.report.Corrections) != 14 {
		t.Fatalf("the report added is not the one structured by hand")
	}
}

// headlinesPerChapter is the count of headlines of each chapter.
func headlinesPerChapter(r *data.Report) string {
	var n []string
	for _, ch := range r.Chapters {
		n = append(n, strconv.Itoa(len(ch.Headlines)))
	}
	return strings.Join(n, " ")
}
