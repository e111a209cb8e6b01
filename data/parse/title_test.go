package parse

import (
	"strings"
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
		// A title of the genre's name alone tells no two years apart.
		{"zhumadian-2022.txt", "zhumadian-2022", "政府工作报告", "标题：二0二二年政府工作报告\n政府工作报告\n——2022年3月2日在驻马店市第四届人民代表大会第九次会议上", 2022, "驻马店市2022年政府工作报告"},
		// No chapter found yet: the first line is the title.
		{"onepara.txt", "onepara", "", "某某市2025年政府工作报告\n\n各位代表：今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。", 0, "某某市2025年政府工作报告"},
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

// TestTitleOfScrapedPages: the title of a report copied from a web page or
// from Wikisource is the report's, whatever the page put around it or
// wherever it broke the line.
func TestTitleOfScrapedPages(t *testing.T) {
	body := "\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年工作回顾\n（一）稳增长。完成投资100亿元。\n二、2026年重点工作\n（一）扩内需。新增就业1万人。"
	for _, tt := range []struct {
		name, text                        string
		title, delivered, source, speaker string
		navigation                        int
	}{
		{"toolbar above the title (北京 2026)",
			"下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n殷勇同志作政府工作报告。本报记者 戴冰摄" + body,
			"2026年北京市政府工作报告", "2026-01-25", "来源：北京日报", "北京市市长 殷勇", 11},
		{"furniture under the title (四川 2026)",
			"2026年四川省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n四川日报\n【字体：\n大\n中\n小\n】\n分享：\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n四川省人民政府省长 施小琳" + body,
			"2026年四川省人民政府工作报告", "2026-02-03", "来源: 四川日报", "四川省人民政府省长 施小琳", 7},
		{"title broken in the genre's name (State Council 2021)",
			"\u200b\n\n政府工作报\n告\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上" + body,
			"政府工作报告", "2021-03-05", "", "", 0},
		{"title under the delivery line",
			"——2025年3月5日在第十四届全国人民代表大会第三次会议上\n政府工作报告\n国务院总理 李强" + body,
			"政府工作报告", "2025-03-05", "", "国务院总理 李强", 0},
		{"delivery line broken after 在 (广东 2026)",
			"政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利" + body,
			"政府工作报告", "2026-01-26", "", "广东省省长 孟凡利", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, tt.text, "x")
			nav := 0
			for _, a := range r.SetAside {
				if a.Reason == data.AsideNavigation {
					nav++
				}
			}
			if r.Title != tt.title || r.Subtitle != "" || r.Delivered != tt.delivered || r.SourceLine != tt.source || r.Speaker != tt.speaker || nav != tt.navigation {
				t.Errorf("title %q subtitle %q delivered %q source %q speaker %q, %d lines of the page set aside; want %q \"\" %q %q %q, %d",
					r.Title, r.Subtitle, r.Delivered, r.SourceLine, r.Speaker, nav, tt.title, tt.delivered, tt.source, tt.speaker, tt.navigation)
			}
			if r.Preamble != "各位代表：\n现在，我代表省人民政府，向大会报告工作。" {
				t.Errorf("preamble %q", r.Preamble)
			}
			if c := r.Chapters; len(c) != 2 || c[0].Title != "2025年工作回顾" {
				t.Errorf("chapters %+v", c)
			}
			checkLossless(t, tt.text, Options{}, r)
		})
	}
}

// TestSentenceAcrossLinkedTitle: Wikisource breaks a line around a linked
// book title and at a printed page break (a line of U+200B); the sentence
// stays whole ("根据《" was a pledge of State Council 2021).
func TestSentenceAcrossLinkedTitle(t *testing.T) {
	text := "各位代表：\n一、2021年重点工作\n（一）稳增长。根据《\n中共中央关于制定规划的建议\n》，国务院编制了《\n纲要（草案）\n》。现提请大会审议。\n（二）惠民生。城镇调查失业率控制在5.\n\u200b\n5%以内。"
	r := mustParse(t, text, "x")
	var got []string
	for _, p := range r.Pledges() {
		got = append(got, stripSpace(p.Text))
	}
	want := []string{"稳增长。", "根据《中共中央关于制定规划的建议》，国务院编制了《纲要（草案）》。", "现提请大会审议。", "惠民生。", "城镇调查失业率控制在5.5%以内。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pledges\n%q\nwant\n%q", got, want)
	}
	checkLossless(t, text, Options{}, r)
}
