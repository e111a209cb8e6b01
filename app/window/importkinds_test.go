package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestImportPreviewLabelsChaptersByKind: in the preview of 西藏 2025
// (.docx), the review chapter is labelled a review, the plan chapter
// that opens with a few outcomes "review and plan", never a review; the
// summary says where the outcome sentences are, chapter by chapter.
func TestImportPreviewLabelsChaptersByKind(t *testing.T) {
	for _, tt := range []struct{ lang, review, plan, split string }{
		{langZh, "回顾（兑现情况）  2024年工作回顾", "回顾与部署  2025年工作安排", "回顾部分：83 句（“2024年工作回顾”74 句；“2025年工作安排”9 句）"},
		{langEn, "Review (outcomes)  2024年工作回顾", "Review and plan  2025年工作安排", "Review of the past: 83 sentences (74 in 2024年工作回顾; 9 in 2025年工作安排)"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, tt.lang)
			t.Cleanup(func() { setLanguage(langEn) })
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			ip := importCopy(t, d, corpusFile(t, "provinces-2025/2025年西藏政府工作报告.docx"), "xizang-2025.docx")
			var chapters []string
			for _, l := range strings.Split(ip.outline.Text, "\n") {
				if !strings.HasPrefix(l, " ") {
					chapters = append(chapters, l)
				}
			}
			if len(chapters) != 2 || chapters[0] != tt.review || chapters[1] != tt.plan {
				t.Errorf("the Structure tab names the chapters %q", chapters)
			}
			if !strings.Contains(ip.summary.Text, tt.split) {
				t.Errorf("the summary says %q, want %q", ip.summary.Text, tt.split)
			}
		})
	}
}
