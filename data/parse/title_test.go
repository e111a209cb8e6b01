package parse

import (
	"testing"

	"pledgereview/data"
)

func TestProposedTitle(t *testing.T) {
	for _, tt := range []struct {
		file, id, title, source string
		year                    int
		want                    string
	}{
		{"2024年泸州市政府工作报告.docx", "luzhou-2024", "", "各位代表：", 2024, "泸州市2024年政府工作报告"},
		{"/tmp/report.txt", "report", "", "——2023年1月4日在驻马店市第五届人民代表大会第一次会议上", 2023, "驻马店市2023年政府工作报告"},
		{"xilingol-2024.docx", "xilingol-2024", "", "各位主任、委员：", 2024, "锡林郭勒2024年政府工作报告"},
		{"锡林郭勒盟2024年政府工作报告.docx", "x", "", "", 2024, "锡林郭勒盟2024年政府工作报告"},
		{"a.docx", "a", "", "各位代表：", 0, "政府工作报告"},
		{"a.docx", "a", "2025年四川省政府工作报告", "", 2025, ""},
	} {
		r := &data.Report{ID: tt.id, Title: tt.title, Year: tt.year, Source: tt.source}
		if got := ProposedTitle(tt.file, r); got != tt.want {
			t.Errorf("ProposedTitle(%q, %q) = %q, want %q", tt.file, tt.source, got, tt.want)
		}
	}
}

// TestCityYearSource: with no delivery line, the year of a city report is
// the reviewed year plus one, and the report says so.
func TestCityYearSource(t *testing.T) {
	r := mustParse(t, "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n（一）稳增长。完成投资100亿元。\n二、2024年工作安排\n（一）扩内需。新增就业1万人。", "x")
	if r.Title != "" || r.Year != 2024 || r.YearFrom != data.YearFromReview {
		t.Errorf("title %q, year %d from %q; want no title, 2024 from the review chapter", r.Title, r.Year, r.YearFrom)
	}
	r = mustParse(t, "各位主任、委员：\n下面，我代表行署作工作报告。\n一、2024年重点任务\n（一）扩内需。新增就业1万人。\n（二）惠民生。新建学校3所。", "x")
	if r.Title != "" || r.Year != 2024 || r.YearFrom != data.YearFromPlan {
		t.Errorf("title %q, year %d from %q; want no title, 2024 from the plan chapter", r.Title, r.Year, r.YearFrom)
	}
}
