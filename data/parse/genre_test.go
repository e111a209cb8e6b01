package parse

import (
	"strconv"
	"strings"
	"testing"

	"pledgereview/data"
)

// Shapes of the real genre, each in a few lines taken from the corpus.

func TestFirstLineChapterIsNotTheTitle(t *testing.T) {
	text := "二、2022年工作安排\n（一）稳增长。地区生产总值增长6%左右。\n（二）惠民生。新建学校3所。\n三、加强政府自身建设\n（一）依法行政。"
	r := mustParse(t, text, "x")
	if r.Title != "" || chapterTitles(r) != "2022年工作安排|加强政府自身建设" || r.Year != 2022 {
		t.Errorf("title %q, chapters %s, year %d", r.Title, chapterTitles(r), r.Year)
	}
	checkLossless(t, text, Options{}, r)
}

func TestOrdinalHeadlines(t *testing.T) {
	// 甘肃: the headlines of a chapter are paragraphs opening 一是, 二是; a
	// numbered list under one of them stays pledges.
	text := `2025年甘肃省政府工作报告
一、2024年工作回顾
刚刚过去的一年，是甘肃发展史上很不平凡的一年。
一是聚力打好稳增长阵地战，经济运行持续向好。第一产业增加值增长6.6%。
二是聚力打好调结构突围战，产业体系加快升级。
1.新增规上工业企业300户。
2.新建5G基站1万个。
二、2025年重点工作
一是聚焦全方位扩大内需，着力提消费促投资
大力提振消费需求。全面落实“两新”政策。
二是大力推进新型工业化，加快构建现代化产业体系
三是统筹新型城镇化和乡村振兴，一是要稳，二是要进。`
	r := mustParse(t, text, "g")
	checkLossless(t, text, Options{}, r)
	var got []string
	for _, c := range r.Chapters {
		for _, h := range c.Headlines {
			got = append(got, h.Title)
		}
	}
	diffLines(t, got, []string{
		"一是聚力打好稳增长阵地战，经济运行持续向好", "二是聚力打好调结构突围战，产业体系加快升级",
		"一是聚焦全方位扩大内需，着力提消费促投资", "二是大力推进新型工业化，加快构建现代化产业体系",
		"三是统筹新型城镇化和乡村振兴，一是要稳，二是要进"})
	h := r.Headline(1, 2)
	if h == nil || len(h.Outcomes) != 3 || h.Outcomes[1].Text != "新增规上工业企业300户。" {
		t.Errorf("items under 二是: %+v", h)
	}
}

func TestUnnumberedChapters(t *testing.T) {
	// 四川: chapter headings without numbers; 名词解释 after the body.
	text := `2025年四川省政府工作报告
来源：四川日报
2025年1月20日在四川省第十四届人民代表大会第四次会议上
四川省人民政府省长 施小琳
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
2024年工作回顾
过去一年，是实现“十四五”规划目标任务的关键一年。
（一）巩固增强经济回升向好态势。全省地区生产总值增长5.7%。
2025年工作安排建议
（一）全方位扩大内需，稳住经济基本盘。年底前完成100个项目。
加强政府自身建设
（一）树牢正确政绩观。坚持高质量发展。
各位代表！迎接风险挑战，惟有无畏前行。
名词解释
1.稳增长“18条”：2024年4月7日，省政府印发《关于进一步推动经济稳定向好的若干政策措施》。
2.“两重”：是指国家重大战略实施和重点领域安全能力建设。`
	r := mustParse(t, text, "s")
	checkLossless(t, text, Options{}, r)
	if got := chapterTitles(r); got != "2024年工作回顾|2025年工作安排建议|加强政府自身建设" {
		t.Errorf("chapters %s", got)
	}
	if r.SourceLine != "来源：四川日报" || r.Delivered != "2025-01-20" || r.Speaker != "四川省人民政府省长 施小琳" || r.Year != 2025 ||
		r.Preamble != "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。" {
		t.Errorf("front matter %q %q %q %d %q", r.SourceLine, r.Delivered, r.Speaker, r.Year, r.Preamble)
	}
	if len(r.Glossary) != 2 || r.Glossary[0].Term != "稳增长“18条”" || !strings.HasPrefix(r.Glossary[0].Text, "2024年4月7日，省政府印发") {
		t.Fatalf("glossary %+v", r.Glossary)
	}
	e := r.Glossary[1]
	if got := string([]rune(text)[e.Start:e.End]); got != "“两重”：是指国家重大战略实施和重点领域安全能力建设。" {
		t.Errorf("glossary offsets give %q", got)
	}
	for _, p := range r.Pledges() {
		if strings.Contains(p.Text, "2024年4月7日") {
			t.Errorf("glossary text became pledge %s", p.ID)
		}
	}
	if p, _ := r.Pledge("s/02.01.01"); p.Deadline == nil || p.Deadline.Due != "2025-12-31" {
		t.Errorf("年底前 counted from the delivery year: %+v", p.Deadline)
	}
}

func TestProjectsAnnex(t *testing.T) {
	// 广东: 附件1 lists the year's livelihood projects: reviewable pledges.
	text := `2025年广东省政府工作报告
——2025年1月15日在广东省第十四届人民代表大会第三次会议上
一、2024年工作回顾
过去一年，全省地区生产总值增长3.5%。
二、2025年工作安排
（一）做实粤港澳大湾区“一点两地”全新定位。深入实施“湾区通”工程。
（二）深入实施“百县千镇万村高质量发展工程”。
各位代表！潮头逐浪勇击桨，奋楫扬帆正当时！
附件1
2025年省十件民生实事
　　一、为老年人提供健康管理服务。新增护理型床位超过1000张。
　　二、提升困难群众兜底保障水平。农村低保标准占城镇低保标准的比例达到77%以上。
附件2 名词解释
　　1.“岳山造林”：上世纪70年代，肇庆市怀集县在岳山率先探索采育场改革。`
	r := mustParse(t, text, "gd")
	checkLossless(t, text, Options{}, r)
	if got := chapterTitles(r); got != "2024年工作回顾|2025年工作安排|附件1 2025年省十件民生实事" {
		t.Fatalf("chapters %s", got)
	}
	a := r.Chapters[2]
	if a.Annex != data.AnnexProjects || len(a.Headlines) != 2 || a.Headlines[0].Title != "为老年人提供健康管理服务" {
		t.Errorf("annex %q with %d headlines", a.Annex, len(a.Headlines))
	}
	if p, ok := r.Pledge("gd/03.02.01"); !ok || len(p.Targets) != 1 || p.Targets[0].Value != 77 || p.Targets[0].Comparator != data.AtLeast {
		t.Errorf("annex pledge targets %+v", p.Targets)
	}
	if len(r.Glossary) != 1 || r.Glossary[0].Term != "“岳山造林”" {
		t.Errorf("glossary %+v", r.Glossary)
	}
	// the closing 各位代表！ addresses the hall; the rest of its line is a pledge
	if n := len(r.SetAside); n != 2 || r.SetAside[0].Text != "各位代表！" || r.SetAside[0].Reason != data.AsideSalutation ||
		r.SetAside[1].Text != "附件2 名词解释" || r.SetAside[1].Reason != data.AsideGlossaryHeading {
		t.Errorf("set aside %+v", r.SetAside)
	}
}

func TestReportYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"delivery date wins over word counts", "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n一、2023年工作回顾\n2023年增长5%。2023年就业稳定。2023年物价平稳。", 2024},
		{"title", "2025年上海市政府工作报告\n一、2024年工作回顾\n2024年增长5%。2024年就业稳定。", 2025},
		{"review heading is the year before", "各位代表：\n一、2018年工作回顾\n2018年增长。2018年稳定。2018年平稳。", 2019},
		{"task heading", "各位代表：\n三、2019年政府工作任务\n2020年目标。2020年目标。", 2019},
		{"year's work heading (national 2011)", "各位代表：\n一、“十一五”时期回顾\n2006年以来增长。比2005年翻番。比2005年提高。\n三、2011年的工作\n今年增长8%。", 2011},
		{"a review heading with a word before 工作回顾 (national 2000), a plan opening on its own year",
			"各位代表：\n一、1999年国内工作回顾\n1999年，国内生产总值增长7.1%。\n二、坚持实行扩大内需的方针\n2000年，要继续发行长期建设国债。", 2000},
		{"a first chapter on the work of the year before", "各位代表：\n一、2007年的工作\n2007年，全市生产总值增长13.4%。\n二、2008年的工作\n今年增长12%。", 2008},
		{"a five-year review with no year in its headings (national 2013)",
			"各位代表：\n一、过去五年工作回顾\n五年来，比2007年增长。比2007年提高。比2007年翻番。\n2012年，国内生产总值增长7.8%。\n二、今年经济社会发展的总体要求\n今年增长7.5%。", 2013},
	}
	for _, tt := range tests {
		if r := mustParse(t, tt.text, "y"); r.Year != tt.want {
			t.Errorf("%s: year %d, want %d", tt.name, r.Year, tt.want)
		}
	}
}

func TestDeliveryLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"——2025年1月15日在广东省第十四届人民代表大会第三次会议上", "2025-01-15"},
		{"----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议上", "2025-01-15"},
		{"2025年1月14日在北京市第十六届人民代表大会第三次会议上", "2025-01-14"},
		{"（2024年1月23日在江苏省第十四届人民代表大会第二次会议上）", "2024-01-23"},
		{"——二〇二四年一月二十二日在某省第十四届人民代表大会第二次会议上", "2024-01-22"},
		{"2025年1月14日，市十六届人大三次会议开幕。", ""},
		{"2025年工作安排", ""},
	}
	for _, tt := range tests {
		rs := []rune(tt.line)
		got, ok := deliveryDate(rs, span{0, len(rs)})
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: %q %v, want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestLeadPhraseHeadlines(t *testing.T) {
	// A chapter without （一） or 一是 whose paragraphs open with a short
	// lead sentence has them as headlines; a chapter where few do has none.
	text := `政府工作报告
一、2025年重点工作
今年要重点做好以下工作。
大力提振消费。落实提振消费专项行动，社会消费品零售总额增长5%左右。
着力提高投资效益。完善“两重”项目储备机制。
全力稳外贸稳外资。深化内外贸一体化试点。
促进国企民企蓬勃发展。高质量完成国企改革深化提升行动。
二、2025年工作总体要求
今年是“十四五”规划收官之年。做好今年工作，要坚持稳中求进。
积极的财政政策要加力提效。赤字率拟按4%左右安排。
综合各方面因素，建议今年全市经济社会发展主要预期目标是：地区生产总值增长5%左右。
实现上述目标，必须坚持党的全面领导，坚持以人民为中心。`
	r := mustParse(t, text, "l")
	checkLossless(t, text, Options{}, r)
	var got []string
	for _, c := range r.Chapters {
		got = append(got, c.Title+"|"+strconv.Itoa(len(c.Headlines)))
	}
	diffLines(t, got, []string{"2025年重点工作|4", "2025年工作总体要求|0"})
	if h := r.Headline(1, 1); h == nil || h.Title != "大力提振消费" || len(h.Pledges) != 2 {
		t.Errorf("lead headline %+v", h)
	}
}

func TestDeadlinesCountFromDelivery(t *testing.T) {
	// 广东 2025, read on January 15: 春节前 in the review is January 28,
	// 2025; 四季度 in "2024年工作回顾" is 2024's, before the report was
	// delivered, so it is what was done and no deadline; 年底前 in the
	// tasks is 2025's.
	text := `2025年广东省政府工作报告
——2025年1月15日在广东省第十四届人民代表大会第三次会议上
一、2024年工作回顾
广州、深圳援助梅州建设4个小镇，受灾群众春节前将入住新居。
因城施策调整优化房地产政策，四季度新建商品房网签成交量由降转增。
二、2025年工作安排
年底前完成100个城中村改造项目。`
	r := mustParse(t, text, "d")
	var got []string
	for _, p := range allSentences(r) {
		if p.Deadline != nil {
			got = append(got, p.Deadline.Raw+"|"+p.Deadline.Due)
		}
	}
	diffLines(t, got, []string{"春节前|2025-01-28", "年底前|2025-12-31"})
}

func TestGlossaryContinuationLine(t *testing.T) {
	text := "2025年某省政府工作报告\n一、2025年工作安排\n（一）扩内需。加力实施“两新”政策。\n（二）强创新。\n（三）惠民生。\n（四）防风险。\n名词解释\n1.“两新”：是指大规模设备更新\n和消费品以旧换新。\n2.“两重”：是指国家重大战略实施。"
	r := mustParse(t, text, "g")
	checkLossless(t, text, Options{}, r)
	if len(r.Glossary) != 2 || r.Glossary[0].Text != "是指大规模设备更新和消费品以旧换新。" {
		t.Fatalf("glossary %+v", r.Glossary)
	}
	if e := r.Glossary[0]; !strings.HasSuffix(string([]rune(text)[e.Start:e.End]), "和消费品以旧换新。") {
		t.Errorf("entry offsets end at %q", string([]rune(text)[e.Start:e.End]))
	}
}

func TestClosingCredits(t *testing.T) {
	text := "转型发展蹚新路\n科技自立自强\n年底5G基站达到5000座以上\n今年新建基站1000座。\n本报记者 郜蓉 张晓丽\n责任编辑：王五"
	r := mustParse(t, text, "b")
	checkLossless(t, text, Options{}, r)
	if r.Byline != "本报记者 郜蓉 张晓丽 责任编辑：王五" {
		t.Errorf("byline %q", r.Byline)
	}
	for _, p := range r.Pledges() {
		if strings.Contains(p.Text, "记者") {
			t.Errorf("credit line became pledge %s", p.ID)
		}
	}
}
