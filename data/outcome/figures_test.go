package outcome

import (
	"strings"
	"testing"

	"pledgereview/data"
)

// TestActualFigure: of the figures of one review sentence, the one a
// pledged figure is compared with counts what it counts, is said of its
// indicator, and counts people where the pledge counts people (驻马店
// 2017–2020 and national 2014–2016 reviews, figures as the importer reads
// them).
func TestActualFigure(t *testing.T) {
	tests := []struct {
		name, pledge string
		target       data.Target
		outcome      string
		figures      []data.Target
		want         string
	}{
		{"the villages counted, not the counties", "完成剩余73个贫困村脱贫退出。",
			data.Target{Subject: "贫困村脱贫退出", Value: 73, Unit: "个", Quote: "73个"},
			"上蔡、平舆、确山3个国定贫困县脱贫摘帽，4.07万户、9.02万人实现稳定脱贫，剩余73个贫困村全部退出，贫困发生率降至0.33%。",
			[]data.Target{{Subject: "国定贫困县脱贫摘帽", Value: 3, Unit: "个", Quote: "3个"}, {Subject: "实现稳定脱贫", Value: 90200, Unit: "人", Quote: "9.02万人"},
				{Subject: "贫困村全部退出", Value: 73, Unit: "个", Quote: "73个"}, {Subject: "贫困发生率", Value: 0.33, Unit: "%", Quote: "0.33%"}},
			"73个"},
		{"the villages, not the townships", "新建“四美乡村”示范村268个。",
			data.Target{Subject: "“四美乡村”示范村", Value: 268, Unit: "个", Quote: "268个"},
			"新建“四美乡村”示范乡镇10个、示范村268个、“千万工程”示范村70个。",
			[]data.Target{{Subject: "“四美乡村”示范乡镇", Value: 10, Unit: "个", Quote: "10个"}, {Subject: "示范村", Value: 268, Unit: "个", Quote: "268个"},
				{Subject: "“千万工程”示范村", Value: 70, Unit: "个", Quote: "70个"}},
			"268个"},
		{"approvals, not the licences after them", "今年要再取消和下放行政审批事项200项以上。",
			data.Target{Subject: "行政审批事项", Value: 200, Unit: "项", Comparator: data.AtLeast, Quote: "200项以上"},
			"国务院各部门全年取消和下放246项行政审批事项，取消评比达标表彰项目29项、职业资格许可和认定事项149项。",
			[]data.Target{{Subject: "行政审批事项", Value: 246, Unit: "项", Quote: "246项"}, {Subject: "取消评比达标表彰项目", Value: 29, Unit: "项", Quote: "29项"},
				{Subject: "职业资格许可和认定事项", Value: 149, Unit: "项", Quote: "149项"}},
			"246项"},
		{"growth said two clauses after its indicator", "社会消费品零售总额增长12%，",
			data.Target{Subject: "社会消费品零售总额", Value: 12, Unit: "%", Quote: "12%"},
			"固定资产投资1550.5亿元，同比增长16.7%；社会消费品零售总额786.4亿元，同比增长12.5%，增幅居全省第4位。",
			[]data.Target{{Subject: "固定资产投资", Value: 1.5505e11, Unit: "元", Quote: "1550.5亿元"}, {Subject: "同比", Value: 16.7, Unit: "%", Quote: "16.7%"},
				{Subject: "社会消费品零售总额", Value: 7.864e10, Unit: "元", Quote: "786.4亿元"}, {Subject: "同比", Value: 12.5, Unit: "%", Quote: "12.5%"}},
			"12.5%"},
		{"people counted in 万 before 人口", "今年再解决6000万农村人口的饮水安全问题",
			data.Target{Subject: "农村人口的饮水安全问题", Value: 6e7, Quote: "6000万"},
			"又解决6434万农村人口饮水安全问题。",
			[]data.Target{{Subject: "农村人口饮水安全问题", Value: 6.434e7, Quote: "6434万"}},
			"6434万"},
		{"people counted in 万 after 人口", "今年要完成1000万以上农村贫困人口脱贫任务，",
			data.Target{Subject: "农村贫困人口脱贫任务", Value: 1e7, Comparator: data.AtLeast, Quote: "1000万以上"},
			"农村贫困人口减少1240万，易地扶贫搬迁人口超过240万。",
			[]data.Target{{Subject: "农村贫困人口减少", Value: 1.24e7, Quote: "1240万"}, {Subject: "易地扶贫搬迁人口", Value: 2.4e6, Comparator: data.AtLeast, Quote: "超过240万"}},
			"1240万"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := actualFor(withContext(tt.target, tt.pledge), tt.pledge, tt.figures, tt.outcome)
			if !ok || a.Quote != tt.want {
				t.Errorf("compared with %q (found %v), want %q", a.Quote, ok, tt.want)
			}
		})
	}
}

// TestPiecesOfAClause: a clause of several targets is judged per target,
// each with the words before it; figures of one list of projects stay
// together.
func TestPiecesOfAClause(t *testing.T) {
	for _, tt := range []struct {
		text    string
		targets []string
		want    string
	}{
		{"确保今年利用境外资金3.86亿美元，完成进出口30亿元。", []string{"3.86亿美元", "30亿元"}, "确保今年利用境外资金3.86亿美元，|完成进出口30亿元。"},
		{"引导企业完成新一轮技术改造，确保创建国家级绿色工厂3家、培育节能减排示范企业100家以上。", []string{"3家", "100家以上"},
			"引导企业完成新一轮技术改造，确保创建国家级绿色工厂3家、|培育节能减排示范企业100家以上。"},
		{"今年全市确定省重点项目32个，总投资567.4亿元，年度计划投资169.4亿元；", []string{"32个", "567.4亿元", "169.4亿元"},
			"今年全市确定省重点项目32个，总投资567.4亿元，年度计划投资169.4亿元；"},
		{"城乡居民人均可支配收入分别增长8%、9%。", []string{"8%", "9%"}, "城乡居民人均可支配收入分别增长8%、9%。"},
		{"完成白云山大道、板桥路等23条道路新建和雪松大道、学院路等道路续建及洪河大道、置地大道等15条道路升级改造，", []string{"23条", "15条"},
			"完成白云山大道、板桥路等23条道路新建和雪松大道、学院路等道路续建及洪河大道、置地大道等15条道路升级改造，"},
		{"完成193个贫困村摘帽退出、9.3万贫困人口稳定脱贫和2000人易地扶贫搬迁任务。", []string{"193个", "9.3万", "2000人"},
			"完成193个贫困村摘帽退出、|9.3万贫困人口稳定脱贫和2000人易地扶贫搬迁任务。"},
	} {
		c := clause{text: tt.text}
		for _, q := range tt.targets {
			c.targets = append(c.targets, data.Target{Quote: q})
		}
		var got []string
		for _, p := range enumerated(c) {
			got = append(got, p.text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("pieces of %s:\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
}

// TestPairedFigures: "养老、医疗保险参保人数达到422万人和661万人" gives each
// figure its own subject, as 分别 would (驻马店 2018).
func TestPairedFigures(t *testing.T) {
	in := []data.Target{{Subject: "医疗保险参保人数", Value: 4.22e6, Unit: "人", Quote: "422万人"}, {Subject: "和", Value: 6.61e6, Unit: "人", Quote: "661万人"}}
	got := respectively("确保城乡居民养老、医疗保险参保人数达到422万人和661万人。", in)
	if !strings.Contains(got[0].Subject, "养老") || !strings.Contains(got[1].Subject, "医疗保险") {
		t.Errorf("subjects %q, %q", got[0].Subject, got[1].Subject)
	}
}

// TestFigureGuards: the cases a review of these rules found (none of them
// of one report): a from-to list is no list of targets, a range needs its
// bottom among the targets, a level reached is no change, a figure with
// 分别 over one subject keeps the words before it.
func TestFigureGuards(t *testing.T) {
	c := clause{text: "城乡低保标准分别从每人每月202元、270元提高到209元、280元。",
		targets: []data.Target{{Quote: "202元"}, {Quote: "270元"}, {Quote: "209元"}, {Quote: "280元"}}}
	if got := enumerated(c); len(got) != 1 {
		t.Errorf("a from-to list cut into %d pieces", len(got))
	}
	two := data.Target{Value: 2, Unit: "家", Quote: "2家"}
	if endsRange("力争新增上市企业1~2家", two, []data.Target{two}) {
		t.Error("the top of a range with no bottom target skipped")
	}
	low := data.Target{Value: 6.5, Unit: "%", Quote: "6.5%"}
	high := data.Target{Value: 7, Unit: "%", Quote: "7%"}
	if !endsRange("国内生产总值增长6.5%－7%", high, []data.Target{low, high}) {
		t.Error("the top of 6.5%－7% compared as a floor")
	}
	target := data.Target{Value: 5.5, Unit: "%", Comparator: data.AtMost, Quote: "5.5%以内"}
	actual := data.Target{Value: 5.6, Unit: "%", Quote: "5.6%"}
	if _, other := otherWay("城镇调查失业率降低到5.5%以内", target, "城镇调查失业率上升到5.6%", actual); other {
		t.Error("a level reached read as a rise against a fall")
	}
	seven := data.Target{Subject: "和", Value: 7.4, Unit: "%", Quote: "7.4%"}
	if got := figureContext("城乡居民人均可支配收入分别增长6%和7.4%", seven); !strings.Contains(got, "可支配收入") {
		t.Errorf("context of 7.4%% = %q, lost its subject", got)
	}
}
