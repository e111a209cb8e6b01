package parse

import (
	"strings"
	"testing"

	"pledgereview/data"
)

const correctionsReport = `2025年某市政府工作报告
各位代表：
现在，我代表市人民政府报告工作。
一、2024年工作回顾
过去一年，经济增长5%。
（一）稳增长。投资增长6%。
二、2025年重点工作
大力提振消费。落实政策。
（一）扩内需。消费增长5%。
（二）强创新。研发投入增长
10%以上。
三、加强政府自身建设
（一）依法行政。推进法治政府建设。`

// nonBlankLine returns line n of the report among its non-blank lines.
func nonBlankLine(n int) string { return strings.Split(correctionsReport, "\n")[n] }

func TestCorrections(t *testing.T) {
	base := mustParse(t, correctionsReport, "c")
	if got := chapterTitles(base); got != "2024年工作回顾|2025年重点工作|加强政府自身建设" {
		t.Fatalf("without corrections: chapters %s", got)
	}
	tests := []struct {
		name string
		line int
		make string
		// want is the outline of the chapter the correction changes.
		chapter int
		want    []string
		// stable are the chapters whose pledge ids must not change.
		stable []int
	}{
		{"chapter", 7, data.MakeChapter, 3, []string{"03.00.01|落实政策。", "03.01.00|扩内需。", "03.01.01|消费增长5%。", "03.02.00|强创新。", "03.02.01|研发投入增长|~", "03.02.02|10%以上。"}, []int{1}},
		{"headline", 7, data.MakeHeadline, 2, []string{"02.01.00|大力提振消费。", "02.01.01|落实政策。", "02.02.00|扩内需。", "02.02.01|消费增长5%。", "02.03.00|强创新。", "02.03.01|研发投入增长|~", "02.03.02|10%以上。"}, []int{1, 3}},
		{"body", 5, data.MakeBody, 1, []string{"01.00.01|过去一年，经济增长5%。", "01.00.02|（一）稳增长。", "01.00.03|投资增长6%。"}, []int{2, 3}},
		{"join-next", 9, data.MakeJoinNext, 2, []string{"02.00.01|大力提振消费。", "02.00.02|落实政策。", "02.01.00|扩内需。", "02.01.01|消费增长5%。", "02.02.00|强创新。", "02.02.01|研发投入增长\n10%以上。"}, []int{1, 3}},
		{"annex", 11, data.MakeAnnex, 3, []string{"03.01.00|依法行政。", "03.01.01|推进法治政府建设。"}, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := []data.Correction{{Line: tt.line, Text: nonBlankLine(tt.line), Make: tt.make}}
			opts := Options{ID: "c", Corrections: c}
			r, err := Parse(correctionsReport, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, correctionsReport, r)
			checkLossless(t, correctionsReport, opts, r)
			diffLines(t, chapterOutline(r, tt.chapter), tt.want)
			for _, n := range tt.stable {
				if strings.Join(chapterOutline(r, n), "\n") != strings.Join(chapterOutline(base, n), "\n") {
					t.Errorf("chapter %d changed:\n%s", n, strings.Join(chapterOutline(r, n), "\n"))
				}
			}
			if len(r.Corrections) != 1 {
				t.Errorf("corrections kept on the report: %v", r.Corrections)
			}
			again, _ := Parse(correctionsReport, opts)
			if strings.Join(outline(again), "\n") != strings.Join(outline(r), "\n") {
				t.Error("the same corrections give another report")
			}
			// A correction whose line no longer holds its text is ignored.
			c[0].Text = "别的文字"
			stale, _ := Parse(correctionsReport, Options{ID: "c", Corrections: c})
			if strings.Join(outline(stale), "\n") != strings.Join(outline(base), "\n") {
				t.Error("a stale correction was applied")
			}
		})
	}
	r, _ := Parse(correctionsReport, Options{ID: "c", Corrections: []data.Correction{{Line: 7, Text: nonBlankLine(7), Make: data.MakeChapter}}})
	if got := chapterTitles(r); got != "2024年工作回顾|2025年重点工作|大力提振消费|加强政府自身建设" {
		t.Errorf("chapters after make-chapter: %s", got)
	}
	r, _ = Parse(correctionsReport, Options{ID: "c", Corrections: []data.Correction{{Line: 11, Text: nonBlankLine(11), Make: data.MakeAnnex}}})
	if a := r.Chapters[2].Annex; a != data.AnnexProjects || r.Chapters[2].Title != "三、加强政府自身建设" {
		t.Errorf("annex chapter = %q %q", r.Chapters[2].Title, a)
	}
}

func chapterTitles(r *data.Report) string {
	var out []string
	for _, c := range r.Chapters {
		out = append(out, c.Title)
	}
	return strings.Join(out, "|")
}

// chapterOutline is outline limited to chapter n.
func chapterOutline(r *data.Report, n int) []string {
	var out []string
	for _, l := range outline(r) {
		if strings.HasPrefix(l, pad2(n)+".") {
			out = append(out, l)
		}
	}
	return out
}

func pad2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// TestLinesNameCorrections holds Lines to what a correction needs: the
// line a correction names by its index and text is the one it changes.
func TestLinesNameCorrections(t *testing.T) {
	text := "\ufeff2025年某市政府工作报告\r\n\r\n\u3000\u3000一、2024年工作回顾\u200b\n过去一年，经济增长5%。\n \n二、2025年重点工作\n大力提振消费。落实政策。"
	lines := Lines(text, nil)
	if len(lines) != 5 || lines[1].Text != "一、2024年工作回顾" || lines[4].N != 4 {
		t.Fatalf("lines %+v", lines)
	}
	l := lines[4]
	if string([]rune(text)[l.Start:l.End]) != l.Text {
		t.Errorf("offsets of %+v", l)
	}
	r, err := Parse(text, Options{ID: "l", Corrections: []data.Correction{{Line: l.N, Text: l.Text, Make: data.MakeHeadline}}})
	if err != nil {
		t.Fatal(err)
	}
	if h := r.Headline(2, 1); h == nil || h.Title != "大力提振消费" {
		t.Errorf("headline %+v", h)
	}
}
