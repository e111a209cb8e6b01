package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestOlderReports: 驻马店's reports of 2006–2012, scraped with a title
// in Chinese numerals written with digit zeros ("标题：二00八年政府工作报告")
// and headings run into their first paragraph, are dated by their title,
// their review of the year before is a review even when its heading says
// only "2007年政府的工作", and their headings end where the text opens on
// a year again or after "主要目标和任务". The State Council's report of
// 2002 reviews 2001 under an unnumbered heading in full-width digits
// ("首先报告２００１年的工作") before its numbered chapters; that of 1998
// reviews "过去五年" (its year, written "1 9 9 8 年", is still not read).
func TestOlderReports(t *testing.T) {
	tests := []struct {
		file      string
		year      int
		chapter   int
		kind      string
		title     string
		firstText string
	}{
		{"zhumadian-2008.txt", 2008, 0, data.KindReview, "2007年政府的工作", ""},
		{"zhumadian-2006.txt", 2006, 1, data.KindPlan, "2006年政府工作的主要目标和任务", "2006年是“十一五”规划的开局之年。"},
		{"zhumadian-2009.txt", 2009, 2, data.KindPlan, "2009年主要工作任务", "做好今年的政府工作"},
		{"zhumadian-2012.txt", 2012, 0, data.KindReview, "过去五年工作的回顾", ""},
		{"national-2002.txt", 2002, 0, data.KindReview, "首先报告２００１年的工作", ""},
		{"national-2002.txt", 2002, 1, data.KindPlan, "扩大和培育内需，促进经济较快增长", "保持国民经济较快增长，是扩大就业"},
		{"national-2000.txt", 2000, 0, data.KindReview, "1999年国内工作回顾", ""},
		{"national-1998.txt", 0, 0, data.KindReview, "关于过去五年的政府工作", ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.file, tt.chapter+1), func(t *testing.T) {
			raw, err := os.ReadFile("../outcome/testdata/reports/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			r := mustParse(t, string(raw), "z")
			if r.Year != tt.year {
				t.Errorf("year %d (%s), want %d", r.Year, r.YearFrom, tt.year)
			}
			if len(r.Chapters) <= tt.chapter {
				t.Fatalf("%d chapters", len(r.Chapters))
			}
			c := r.Chapters[tt.chapter]
			if c.Kind != tt.kind || c.Title != tt.title {
				t.Errorf("chapter %d: %s %q, want %s %q", tt.chapter+1, c.Kind, c.Title, tt.kind, tt.title)
			}
			if tt.firstText != "" && (len(c.Pledges) == 0 || !strings.HasPrefix(c.Pledges[0].Text, tt.firstText)) {
				t.Errorf("chapter %d opens on %q, want %q", tt.chapter+1, firstOf(c.Pledges), tt.firstText)
			}
		})
	}
}

func firstOf(ps []data.Pledge) string {
	if len(ps) == 0 {
		return ""
	}
	return ps[0].Text
}

// TestYearRestart: a heading ends where its text opens a sentence on a
// year again, not inside a span of years or a sentence that names two.
func TestYearRestart(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int
	}{
		{"2007年政府的工作2007年，在省委、省政府和市委的正确领导下", 10},
		{"2016年至2020年，全市地区生产总值年均增长7%", 0},
		{"2020年我们完成了2021年的任务", 0},
	} {
		rs := []rune(tt.line)
		if got := yearRestart(rs, 0, len(rs)); got != tt.want {
			t.Errorf("%s: heading ends at %d, want %d", tt.line, got, tt.want)
		}
	}
}
