package outcome

import (
	"fmt"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestCompare holds the verdict to the rules of the genre, with the line
// of arithmetic the reviewer reads.
func TestCompare(t *testing.T) {
	gdp := &data.Target{Subject: "地区生产总值", Value: 5.4, Unit: "%", Quote: "5.4%"}
	tests := []struct {
		name   string
		target data.Target
		actual float64
		text   string
		want   string
	}{
		{"about, within 0.5 points", data.Target{Subject: "地区生产总值", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 5.4, "地区生产总值增长5%左右", "目标 5%左右，实际 X → 达到"},
		{"about, short by more", data.Target{Subject: "地区生产总值", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 4.4, "地区生产总值增长5%左右", "目标 5%左右，实际 X → 未达到"},
		{"floor", data.Target{Subject: "粮食产量", Value: 1.3e12, Unit: "斤", Comparator: data.AtLeast, Quote: "1.3万亿斤以上"}, 1.29e12, "粮食产量保持在1.3万亿斤以上", "目标 1.3万亿斤以上，实际 X → 未达到"},
		{"unemployment about is a ceiling", data.Target{Subject: "城镇调查失业率", Value: 5.5, Unit: "%", Comparator: data.About, Quote: "5.5%左右"}, 5.6, "城镇调查失业率5.5%左右", "目标 5.5%左右，实际 X → 未达到"},
		{"CPI under the ceiling", data.Target{Subject: "居民消费价格涨幅", Value: 3, Unit: "%", Comparator: data.About, Quote: "3%左右"}, 0.9, "居民消费价格涨幅3%左右", "目标 3%左右，实际 X → 达到"},
		{"level within 1 %", data.Target{Subject: "新增就业", Value: 1.2e7, Unit: "人", Comparator: data.About, Quote: "1200万人左右"}, 1.19e7, "城镇新增就业1200万人左右", "目标 1200万人左右，实际 X → 达到"},
		{"a bare figure 控制在 is a ceiling", data.Target{Subject: "居民消费价格总水平涨幅", Value: 3, Unit: "%", Comparator: data.Exactly, Quote: "3%"}, 1.5, "居民消费价格总水平涨幅控制在3%", "目标 3%，实际 X → 达到"},
		{"points about, within 0.5", data.Target{Subject: "城镇化率", Value: 2, Unit: "个百分点", Comparator: data.About, Quote: "2个百分点左右"}, 1.5, "城镇化率提高2个百分点左右", "目标 2个百分点左右，实际 X → 达到"},
		{"in step with growth", data.Target{Subject: "居民收入", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 5.0, "居民收入增长与经济增长同步", "目标 与经济增长同步（5.4%），实际 X → 达到"},
		{"in step, behind", data.Target{Subject: "居民收入", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 4.6, "居民收入增长与经济增长同步", "目标 与经济增长同步（5.4%），实际 X → 未达到"},
	}
	l := &Linker{gdp: gdp}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := l.compare(tt.target, data.Target{Value: tt.actual, Unit: tt.target.Unit, Quote: "X"}, tt.text).chinese()
			if line != tt.want {
				t.Errorf("got %q, want %q", line, tt.want)
			}
		})
	}
}

// TestClauses: a pledge of several targets is judged per clause, and two
// equal quotes ("3%左右" twice) go each to its own clause.
func TestClauses(t *testing.T) {
	p := data.Pledge{Text: "居民消费价格涨幅3%左右；生态环境质量进一步改善，单位国内生产总值能耗降低3%左右。",
		Targets: []data.Target{{Quote: "3%左右", Subject: "居民消费价格涨幅"}, {Quote: "3%左右", Subject: "单位国内生产总值能耗降低"}}}
	cs := clauses(p)
	if len(cs) != 2 || len(cs[0].targets) != 1 || len(cs[1].targets) != 1 || cs[1].targets[0].Subject != "单位国内生产总值能耗降低" {
		t.Fatalf("clauses = %+v", cs)
	}
}

// TestEnumeratedClauses: targets enumerated with 、 are judged one by one
// (四川 2025: 老旧小区 met, 城中村 missed), a list of nouns before one
// target is no enumeration of targets.
func TestEnumeratedClauses(t *testing.T) {
	p := data.Pledge{Text: "开展城市更新行动，改造老旧小区4000个以上、城市危旧房3万套、城中村10万户，更新改造老化管道6000公里以上。",
		Targets: []data.Target{{Quote: "4000个以上"}, {Quote: "3万套"}, {Quote: "10万户"}, {Quote: "6000公里以上"}}}
	var got []string
	for _, c := range clauses(p) {
		got = append(got, c.text)
	}
	want := []string{"开展城市更新行动，", "改造老旧小区4000个以上、", "城市危旧房3万套、", "城中村10万户，", "更新改造老化管道6000公里以上。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("clauses = %q, want %q", got, want)
	}
	p = data.Pledge{Text: "建设高铁、高速公路1000公里，新建5G基站2万个。", Targets: []data.Target{{Quote: "1000公里"}, {Quote: "2万个"}}}
	if cs := clauses(p); len(cs) != 2 || cs[0].text != "建设高铁、高速公路1000公里，" {
		t.Errorf("clauses = %+v", cs)
	}
	// the level reached is the same target as the growth (海拉尔区 2016)
	p = data.Pledge{Text: "主要预期目标是：地区生产总值增长7.5%，达到309亿元；公共财政预算收入增长5%，达到15.8亿元。",
		Targets: []data.Target{{Quote: "7.5%"}, {Quote: "309亿元"}, {Quote: "5%"}, {Quote: "15.8亿元"}}}
	if cs := clauses(p); len(cs) != 2 || cs[0].text != "主要预期目标是：地区生产总值增长7.5%，达到309亿元；" || len(cs[1].targets) != 2 {
		t.Errorf("clauses = %+v", cs)
	}
}

// TestIndicators: the longest word is read first, so the energy intensity
// of GDP is no GDP figure.
func TestIndicators(t *testing.T) {
	if got := indicatorsOf("单位国内生产总值能耗降低3%左右"); len(got) != 1 || got[0] != "energy" {
		t.Errorf("indicators = %v, want [energy]", got)
	}
	if got := indicatorsOf("国内生产总值增长5%"); len(got) != 1 || got[0] != "GDP" {
		t.Errorf("indicators = %v, want [GDP]", got)
	}
	if got := indicatorsOf("游客服务中心建成投用"); len(got) != 0 {
		t.Errorf("indicators of a visitor centre = %v, want none", got)
	}
	if got := indicatorsOf("全年接待国内外游客突破370万人次"); len(got) != 1 || got[0] != "visitors" {
		t.Errorf("indicators = %v, want [visitors]", got)
	}
}

// TestStatements: a semicolon part that lists targets of several
// indicators at its commas (广东 2025) is cut into one clause each, so
// that the income clause is held to GDP and the CPI clause to prices; a
// part whose pieces do not all name one stays whole.
func TestStatements(t *testing.T) {
	p := data.Pledge{Text: "居民人均可支配收入增长与经济增长同步，居民消费价格涨幅2%左右；城镇调查失业率5.5%左右，城镇新增就业110万人以上；进出口量稳质升，国际收支基本平衡。",
		Targets: []data.Target{{Quote: "2%左右", Subject: "居民消费价格涨幅"}, {Quote: "5.5%左右", Subject: "城镇调查失业率"}, {Quote: "110万人以上", Subject: "城镇新增就业"}}}
	var got []string
	for _, c := range clauses(p) {
		got = append(got, fmt.Sprintf("%s/%d", c.text, len(c.targets)))
	}
	want := []string{"居民人均可支配收入增长与经济增长同步，/0", "居民消费价格涨幅2%左右；/1", "城镇调查失业率5.5%左右，/1", "城镇新增就业110万人以上；/1", "进出口量稳质升，国际收支基本平衡。/0"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("clauses:\n got  %v\n want %v", got, want)
	}
}

// TestSameMeasure: a share of a whole is no growth, a five-year average
// or total no year's figure (江苏 and 广东 2026 reviews).
func TestSameMeasure(t *testing.T) {
	share := data.Target{Subject: "先进制造业、高技术制造业增加值占规模以上工业增加值比重", Value: 56.2, Unit: "%", Quote: "56.2%"}
	growth := data.Target{Subject: "规模以上工业增加值", Value: 6, Unit: "%", Comparator: data.About, Quote: "6%左右"}
	if a, ok := actualFor(growth, "规模以上工业增加值增长6%左右", []data.Target{share}, "先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%"); ok {
		t.Errorf("a growth target compared with the share %s", a.Quote)
	}
	if sameMeasure("粮食产量", "积极应对气候变化影响，粮食总产量连续9年稳定在") {
		t.Error("a level held nine years in a row taken for the year's")
	}
	outcomes := []data.Pledge{
		{Text: "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。", Targets: []data.Target{{Subject: "年均", Value: 5.7, Unit: "%", Quote: "5.7%"}}},
		{Text: "地区生产总值增长5.3%、增量保持全国第一。", Targets: []data.Target{{Subject: "地区生产总值", Value: 5.3, Unit: "%", Quote: "5.3%"}}},
	}
	if g := gdpOutcome(outcomes, nil); g == nil || g.Value != 5.3 {
		t.Errorf("GDP growth of the year = %+v, want 5.3%%", g)
	}
	// national 2018: the contribution to the world's growth is no GDP
	// growth, and the sentence on the year goes before the five years'
	outcomes = []data.Pledge{
		{Text: "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。", Targets: []data.Target{
			{Value: 7.1, Unit: "%", Quote: "7.1%"}, {Value: 11.4, Unit: "%", Quote: "11.4%"}, {Value: 15, Unit: "%", Quote: "15%左右"}, {Subject: "对世界经济增长贡献率", Value: 30, Unit: "%", Quote: "超过30%"}}},
		{Text: "国内生产总值增长6.9%，居民收入增长7.3%。", Targets: []data.Target{{Value: 6.9, Unit: "%", Quote: "6.9%"}, {Value: 7.3, Unit: "%", Quote: "7.3%"}}},
	}
	if g := gdpOutcome(outcomes, []bool{true, false}); g == nil || g.Value != 6.9 {
		t.Errorf("GDP growth of 2017 = %+v, want 6.9%%", g)
	}
	// 驻马店 2022: GDP named two clauses before its growth; 2023: the only
	// growth given is industry's, no GDP growth at all
	pct := func(v float64, quote string) data.Target { return data.Target{Value: v, Unit: "%", Quote: quote} }
	for _, tt := range []struct {
		o    data.Pledge
		want float64 // 0: none
	}{
		{data.Pledge{Text: "全市生产总值完成3082.8亿元，首次突破3000亿元大关，增长7.2%，增速居全省第五位；规上工业增加值增长5.3%。",
			Targets: []data.Target{pct(7.2, "7.2%"), pct(5.3, "5.3%")}}, 7.2},
		{data.Pledge{Text: "全市生产总值达到3257.4亿元，规模以上工业增加值增长6%。", Targets: []data.Target{pct(6, "6%")}}, 0},
	} {
		g := gdpOutcome([]data.Pledge{tt.o}, nil)
		if g == nil && tt.want != 0 || g != nil && g.Value != tt.want {
			t.Errorf("%s: GDP growth %+v, want %v", tt.o.Text, g, tt.want)
		}
	}
}

// TestSteadyGrowth: trade pledged steady is met by trade growth (广东
// 2025→2026), not by another indicator's growth nor by a five-year one.
func TestSteadyGrowth(t *testing.T) {
	o := func(text, quote string, v float64) data.Pledge {
		return data.Pledge{Text: text, Targets: []data.Target{{Value: v, Unit: "%", Quote: quote}}}
	}
	tests := []struct {
		outcome data.Pledge
		want    bool
	}{
		{o("货物进出口总额9.5万亿元、增长4.4%，贡献了全国24.1%的增量。", "4.4%", 4.4), true},
		{o("开展“以旧换新”等促消费活动，社会消费品零售总额实现4.6万亿元、增长2.8%。", "2.8%", 2.8), false},
		{o("进出口总额年均增长6.2%。", "6.2%", 6.2), false},
	}
	for _, tt := range tests {
		if got := steadyGrowth("进出口总额稳量提质；", tt.outcome); got != tt.want {
			t.Errorf("steadyGrowth(%q) = %v, want %v", tt.outcome.Text, got, tt.want)
		}
	}
}

// TestFigureWords: a direction pledged besides the figure and confirmed
// in like words is met; a pledged rate is not met by the word "增长" alone.
func TestFigureWords(t *testing.T) {
	deficit := []data.Target{{Subject: "赤字率", Value: 3.2, Unit: "%", Comparator: data.About, Quote: "3.2%左右"}}
	if v := figureWords("今年赤字率拟按3.2%左右安排、比去年有所下调", deficit, "财政赤字率和宏观杠杆率下降"); v != Met {
		t.Errorf("deficit lowered: %s, want met", v)
	}
	income := []data.Target{{Subject: "居民人均可支配收入", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}}
	if v := figureWords("居民人均可支配收入增长5%左右", income, "城乡居民人均可支配收入稳步增长"); v != Unclear {
		t.Errorf("a rate without its figure: %s, want unclear", v)
	}
	// a target reached, or not, in words: said of the pledge's indicator,
	// and of the year done, not of another indicator, a share or a target
	// still ahead
	gdp := []data.Target{{Subject: "经济增长", Value: 7, Unit: "%", Comparator: data.About, Quote: "7％左右"}}
	for outcome, want := range map[string]string{
		"国内生产总值增长率达到预期目标，经济结构有所调整":    Met,
		"经济增长好于年初的预期目标":               Met,
		"经济增长未能达到预期目标":                Missed,
		"全年退出钢铁产能超过6500万吨，超额完成年度目标任务": "",
		"部分指标未能完成年度目标":                "",
		"经济增速完成年度目标的92%":              "",
		"确保经济增长实现全年目标":                "",
		"明确了未来五年经济增长的发展目标":            "",
		"经济结构有所调整，经济效益明显改善":           "",
	} {
		if v := reachedInWords("今年的经济增长预期为7％左右", gdp, outcome); v != want {
			t.Errorf("%s: %q, want %q", outcome, v, want)
		}
	}
	if v := figureWords("今年的经济增长预期为7％左右", gdp, "国内生产总值增长率达到预期目标"); v != Met {
		t.Errorf("GDP reached in words: %s, want met", v)
	}
	steel := []data.Target{{Subject: "退出钢铁产能", Value: 5000, Unit: "万吨", Comparator: data.AtLeast, Quote: "5000万吨以上"}}
	if v := reachedInWords("退出钢铁产能5000万吨以上", steel, "全年退出钢铁产能超过6500万吨，超额完成年度目标任务"); v != Met {
		t.Errorf("steel capacity cut beyond the year's target: %q, want met", v)
	}
	if !sameDirection("进一步扩大消费品以旧换新政策覆盖范围", "消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%") {
		t.Error("扩大 and 增长 say the same direction")
	}
	if sameDirection("压减钢铁产能", "钢铁产量增长") {
		t.Error("压减 and 增长 say the same direction")
	}
}

// TestSameSubject: a figure's subject is matched on the words pledged
// before it when they make half of those said around it.
func TestSameSubject(t *testing.T) {
	green := data.Target{Subject: "联山联水联社区的绿道", Value: 1000, Unit: "公里", Quote: "1000公里"}
	if !sameSubject(green, "新增联山联水联社区的绿道", "新增绿道绿道") {
		t.Error("新增绿道 is not the greenway pledged")
	}
	jobs := data.Target{Subject: "农村劳动力转移就业", Value: 40, Unit: "万人", Quote: "40万人"}
	if sameSubject(jobs, "新增农村劳动力转移就业", "城镇新增就业城镇新增就业") {
		t.Error("urban jobs taken for rural labour moved")
	}
}

// TestRespectively: "A、B分别…X和Y以内" gives X to A and Y to B, both
// ceilings; one subject for two figures is left alone.
func TestRespectively(t *testing.T) {
	text := "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。"
	in := []data.Target{{Subject: "居民消费价格涨幅分别", Value: 5, Unit: "%", Comparator: data.Exactly, Quote: "5%"},
		{Subject: "和", Value: 3, Unit: "%", Comparator: data.AtMost, Quote: "3%以内"}}
	got := respectively(text, in)
	if got[0].Subject != "城镇调查失业率" || got[1].Subject != "居民消费价格涨幅" || got[0].Comparator != data.AtMost {
		t.Errorf("respectively = %+v", got)
	}
	if in[0].Subject != "居民消费价格涨幅分别" {
		t.Error("the report's targets were changed")
	}
	one := []data.Target{{Subject: "城乡居民人均可支配收入分别", Quote: "8%"}, {Subject: "和", Quote: "10%"}}
	if got := respectively("城乡居民人均可支配收入分别增长8%和10%", one); got[0].Subject != one[0].Subject {
		t.Errorf("one subject split: %+v", got)
	}
}

// TestIndicatorWording: "规模以上工业企业…、增加值" in one clause names
// industrial value added, not across a comma; new-energy cars are no
// new energy.
func TestIndicatorWording(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string
	}{
		{"规模以上工业企业达7.6万家、增加值增长3%", "industry"},
		{"规模以上工业企业达7.6万家，服务业增加值增长3%", ""},
		{"新能源总装机达到8041.6万千瓦", "renewables"},
		{"可再生能源发电装机规模突破10亿千瓦", "renewables"},
		{"新能源汽车产量增长27.7%", ""},
		{"单位生产总值能耗完成“十四五”考核目标", "energy"},
		{"单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降", "carbon,energy"},
		{"社会物流总费用与生产总值的比率再下降0.3个百分点", "logistics"},
	} {
		if got := strings.Join(indicatorsOf(tt.text), ","); got != tt.want {
			t.Errorf("%s: indicators %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRestated: an action the review repeats in the pledge's own words is
// reported done; words of any work ("进一步推进") or a run too short are not
// the action repeated.
func TestRestated(t *testing.T) {
	tests := []struct {
		pledge, outcome string
		want            bool
	}{
		{"持续打好蓝天、碧水、净土保卫战", "持续打好蓝天、碧水、净土保卫战。", true},
		{"继续搞好房地产市场调控和保障性安居工程建设", "坚持搞好房地产市场调控不动摇，遏制了房价过快上涨势头。", true},
		{"进一步推进全面深化改革", "改革进一步推进全面展开。", false},
		{"加快发展现代物流", "现代服务业增加值增长8%。", false},
		{"加快建设城市轨道交通", "城市轨道交通建设滞后。", false},
	}
	for _, tt := range tests {
		if got := restated(tt.pledge, tt.outcome); got != tt.want {
			t.Errorf("restated(%q, %q) = %v, want %v", tt.pledge, tt.outcome, got, tt.want)
		}
	}
	o := data.Pledge{Text: "持续打好蓝天、碧水、净土保卫战。"}
	if v := actionVerdict("完善支持绿色发展的政策和金融工具，持续打好蓝天、碧水、净土保卫战。", o); v != ReportedDone {
		t.Errorf("a restated action: %s, want reported done", v)
	}
}
