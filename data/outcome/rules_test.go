package outcome_test

import (
	"strings"
	"testing"

	"pledgereview/data/outcome"
)

// Real pairs of the corpus the rules below are read on.
const (
	gansu25    = "provinces-2025/2025年甘肃省政府工作报告.docx"
	gansu26    = "provinces-2026/2026年甘肃政府工作报告.txt"
	zhumadian1 = "cities/zhumadian-2022.txt"
	zhumadian2 = "cities/zhumadian-2023.txt"
	xizang25   = "provinces-2025/2025年西藏政府工作报告.docx"
	xizang26   = "provinces-2026/2026年西藏政府工作报告.txt"
	guangdong1 = "provinces-2025/2025年广东省政府工作报告.docx"
	guangdong2 = "provinces-2026/2026年广东政府工作报告.txt"
	national1  = "national/2021-state-council.txt"
	jiangsu1   = "provinces-2025/2025年江苏省政府工作报告.docx"
	jiangsu2   = "provinces-2026/2026年江苏政府工作报告.txt"
	shanghai1  = "provinces-2025/2025年上海市政府工作报告.docx"
	shanghai2  = "provinces-2026/2026年上海政府工作报告.txt"
	national2  = "national/2022-state-council.txt"
	beijing1   = "provinces-2025/2025年北京市政府工作报告.docx"
	beijing2   = "provinces-2026/2026年北京政府工作报告.txt"
)

// linked links a pair of corpus reports, once per test binary.
var linked = map[string][]outcome.Link{}

func linksOf(t *testing.T, earlier, later string) []outcome.Link {
	t.Helper()
	if l, ok := linked[earlier+later]; ok {
		return l
	}
	l := outcome.Links(readReport(t, keyReportPath(t, earlier)), readReport(t, keyReportPath(t, later)))
	linked[earlier+later] = l
	return l
}

// rule is what a reviewer reads for one pledge (or one clause or item of
// it) of a real pair: the verdict ("" when the rule is about the outcome
// only), the outcome shown and the arithmetic.
type rule struct {
	name, earlier, later, pledge string
	verdict, outcome, arithmetic string
}

func checkRules(t *testing.T, rules []rule) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			j, ok := judgementOf(linksOf(t, r.earlier, r.later), r.pledge)
			if !ok {
				t.Fatalf("no pledge holds %q", r.pledge)
			}
			if r.verdict != "" && j.Verdict != r.verdict {
				t.Errorf("verdict %s, want %s (%s)", j.Verdict, r.verdict, j.Arithmetic)
			}
			if r.outcome != "" && (j.Best == nil || !strings.Contains(j.Best.Outcome.Text, r.outcome)) {
				got := "nothing"
				if j.Best != nil {
					got = j.Best.Outcome.Text
				}
				t.Errorf("outcome %q, want one holding %q", got, r.outcome)
			}
			if !strings.Contains(j.Arithmetic, r.arithmetic) {
				t.Errorf("arithmetic %q, want it to hold %q", j.Arithmetic, r.arithmetic)
			}
		})
	}
}

// TestFigureRules: figures are compared after unit conversion, with the
// sentence that reports a comparable figure of the year, and a count
// pledged finished against the pieces the review says are finished.
func TestFigureRules(t *testing.T) {
	checkRules(t, []rule{
		{"grain pledged in 斤, reported in 吨", gansu25, gansu26, "粮食产量稳定在252亿斤以上",
			outcome.Met, "粮食总产量突破1300万吨", "目标 252亿斤以上，实际 突破1300万吨（合260亿斤） → 达到"},
		{"the year's figure, not the five years'", gansu25, gansu26, "规模以上工业增加值增长8%左右",
			outcome.Met, "规模以上工业增加值增长9.5%", "目标 8%左右，实际 9.5% → 达到"},
		{"a level in 万千瓦", gansu25, gansu26, "力争新能源并网装机突破8000万千瓦",
			outcome.Met, "新能源总装机达到8041.6万千瓦", "实际 8041.6万千瓦 → 达到"},
		{"a count pledged finished, 2 of 4 finished", gansu25, gansu26, "建成投运4个国家区域医疗中心",
			outcome.Missed, "4个国家级区域医疗中心建设进展顺利", "目标 4个，实际 2个（中山大学附属肿瘤医院甘肃医院、上海市第一人民医院酒泉医院建成投运） → 未达到"},
	})
}

// TestGuardRules: a pledge that something will not happen is met when the
// review says it did not.
func TestGuardRules(t *testing.T) {
	checkRules(t, []rule{
		{"no major accident", gansu25, gansu26, "坚决遏制重特大事故发生", outcome.Met, "未发生重特大事故", ""},
		{"no systemic financial risk", zhumadian1, zhumadian2, "坚决守牢不发生区域性系统性金融风险的底线", outcome.Met, "守住了不发生系统性风险的底线", ""},
	})
}

// TestItemRules: an action pledge naming several pieces of work is judged
// per piece where the review speaks of each; one left short of the stage
// pledged is missed, and so is the pledge.
func TestItemRules(t *testing.T) {
	checkRules(t, []rule{
		{"陇电入鲁 in operation", gansu25, gansu26, "建成投运陇电入鲁工程", outcome.ReportedDone, "陇电入鲁工程建成投运", "承诺 建成，报告 陇电入鲁工程建成投运 → 达到"},
		{"陇电入川 only ready for approval", gansu25, gansu26, "开工建设陇电入川工程", outcome.Missed, "陇电入川工程具备核准条件", "承诺 开工，报告 陇电入川工程具备核准条件 → 未达到"},
		{"上罗、许信 open to traffic", zhumadian1, zhumadian2, "确保上罗、许信高速公路建成通车", outcome.ReportedDone, "上罗高速、许信高速建成通车", "→ 达到"},
		{"确阜、上淮 still in preparation", zhumadian1, zhumadian2, "争取开工确阜、上淮高速公路", outcome.Missed, "确阜高速、上淮高速前期工作扎实推进", "承诺 开工，报告 确阜高速、上淮高速前期工作扎实推进 → 未达到"},
	})
}

// TestItemsMissPledge: the pledge of which one piece is missed is missed.
func TestItemsMissPledge(t *testing.T) {
	for _, k := range linksOf(t, gansu25, gansu26) {
		if strings.Contains(k.Pledge.Text, "开工建设陇电入川工程") {
			if k.Verdict != outcome.Missed || len(k.Targets) != 2 {
				t.Errorf("verdict %s with %d pieces judged, want missed with 2", k.Verdict, len(k.Targets))
			}
			return
		}
	}
	t.Fatal("no pledge on 陇电入川")
}

// TestFloorRules: "以上", "稳定在X以上" and "突破X" are floors; "力争" beside
// a target is an aspiration, not the figure to reach, and alone does not
// change the rule; "A、B分别控制在X和Y以内" holds A to X and B to Y, both
// ceilings.
func TestFloorRules(t *testing.T) {
	checkRules(t, []rule{
		{"以上 with an aspiration", xizang25, xizang26, "地区生产总值增长7%以上、力争达到8%",
			outcome.Met, "地区生产总值增长7%", "目标 7%以上，实际 7% → 达到"},
		{"突破 after 力争", gansu25, gansu26, "力争新能源并网装机突破8000万千瓦",
			outcome.Met, "新能源总装机达到8041.6万千瓦", "目标 突破8000万千瓦，实际 8041.6万千瓦 → 达到"},
		{"分别 … 以内", xizang25, xizang26, "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内",
			outcome.Met, "城镇调查失业率控制在5%以内", "目标 5%，实际 5%以内 → 达到"},
	})
	for _, k := range linksOf(t, xizang25, xizang26) {
		for _, j := range k.Targets {
			if strings.HasPrefix(j.Quote, "力争") {
				t.Errorf("an aspiration judged as a clause of its own: %s (%s)", j.Quote, j.Verdict)
			}
		}
	}
}

// TestWordingRules: an indicator said in two parts of a clause, and a
// pledge's word the review says in another.
func TestWordingRules(t *testing.T) {
	checkRules(t, []rule{
		{"规模以上工业企业…增加值", guangdong1, guangdong2, "规模以上工业增加值增长6%左右",
			outcome.Missed, "规模以上工业企业达7.6万家、增加值增长3%", "目标 6%左右，实际 3% → 未达到"},
		{"新能源 reported as 可再生能源", national1, national2, "大力发展新能源",
			outcome.ReportedDone, "可再生能源发电装机规模突破10亿千瓦", ""},
	})
}

// TestPhraseRules: an action named by a phrase of its own (保交房), said
// once in the review in a piece that reports it finished, is linked there
// however the pledge's other actions dilute the match; a phrase shared
// with a piece that does not say so is no link (上海文学馆 / 上海博物馆).
func TestPhraseRules(t *testing.T) {
	checkRules(t, []rule{
		{"保交房 delivered", gansu25, gansu26, "继续做好保交房工作", outcome.ReportedDone, "保交房7.4万套住房全部交付", ""},
		{"保交房 completed", guangdong1, guangdong2, "坚决打好保交房攻坚战", outcome.ReportedDone, "全面完成保交房任务", ""},
		{"a shared phrase, nothing finished", shanghai1, shanghai2, "建成上海文学馆", outcome.NotReported, "", ""},
	})
}

// TestDoneRules: a review reports an action done in words of its own kind
// of work: opened (开园), reached in full (全部通达), done to effect (成效显著).
func TestDoneRules(t *testing.T) {
	checkRules(t, []rule{
		{"开园", shanghai1, shanghai2, "推动乐高乐园度假区开园运营", outcome.ReportedDone, "乐高乐园顺利开园", ""},
		{"全部通达", xizang25, xizang26, "实现边境乡镇驻地5G和千兆光网通达全覆盖", outcome.ReportedDone, "边境乡镇驻地全部通达5G和千兆光网", ""},
		{"成效显著", zhumadian1, zhumadian2, "推行“管委会+公司”“三化三制”改革", outcome.ReportedDone, "开发区“三化三制”改革成效显著", ""},
	})
}

// TestIndicatorRules: logistics costs are an indicator of their own, not
// GDP; a pledge that names one beside a figure of another thing (a port
// of 20万吨级) still links by its words.
func TestIndicatorRules(t *testing.T) {
	checkRules(t, []rule{
		{"物流成本", guangdong1, guangdong2, "实施降低全社会物流成本专项行动", outcome.Met, "社会物流总费用与地区生产总值的比率降至13.6%左右", ""},
		{"a figure of no indicator", jiangsu1, jiangsu2, "完成苏南运河全线二级航道建设", outcome.ReportedDone, "苏南运河二级航道、宿连三级航道全线通航", ""},
	})
}

// TestPeriodRules: a pledge of the year is not judged on the period's
// figures. A total of five years ("建成5G基站8.99万个") reaches the year's
// amount and says nothing of it: unclear, whatever its words (a sentence
// of the year's part is judged, though "PM2.5年均浓度" sits in it); the start of a from-to span is where the
// period began ("由52.23%提高到58.08%"); a figure of the period's part
// ("年均增长7.3%，高于全省1个百分点") is not put before the sentence on the
// year; a review in one paragraph is read in its parts.
func TestPeriodRules(t *testing.T) {
	checkRules(t, []rule{
		{"five-year total of an amount added", gansu25, gansu26, "新建5G基站8000个", outcome.Unclear, "建成5G基站8.99万个", ""},
		{"five-year total of villages", gansu25, gansu26, "打造100个左右省级“和美乡村”", outcome.Unclear, "建成300个省级和美乡村", ""},
		{"the year's part: 新增公园127座", shanghai1, shanghai2, "新增公园120座", outcome.Met, "新增公园127座", "目标 120座，实际 127座 → 达到"},
		{"the level reached, not the start", gansu25, gansu26, "力争常住人口城镇化率达到58.1%", outcome.Missed, "由52.23%提高到58.08%", "目标 58.1%，实际 58.08% → 未达到"},
		{"a pledged from-to", national2, "testdata/reports/national-2023.txt", "将科技型中小企业加计扣除比例从75%提高到100%", outcome.Met, "分别从50%、75%提高至100%", "目标 100%，实际 100% → 达到"},
		{"the year's sentence, not the five years'", "testdata/reports/zhumadian-2020.txt", "testdata/reports/zhumadian-2021.txt", "生产总值增速高于全省1个百分点左右", "", "生产总值增长3.6%", ""},
		{"in step with growth: the year's income, not the five years'", "testdata/reports/national-2017.txt", "national/2018-state-council.txt", "居民收入和经济增长基本同步", outcome.Met, "居民收入增长7.3%", "实际 7.3%"},
		{"one paragraph, the year's part", "testdata/reports/zhumadian-2025.txt", "testdata/reports/zhumadian-2026.txt", "规上工业增加值增长8%", outcome.Met, "规上工业增加值增长8.2%", "目标 8%，实际 8.2% → 达到"},
	})
}

// TestStillUnderWay: work pledged finished that the review says was only
// pushed on is missed (驻马店 2019 → 2020); figures of one clause are
// judged each on its own, so 73 villages out are met beside the people
// out of poverty missed.
func TestStillUnderWay(t *testing.T) {
	const zmd19, zmd20 = "testdata/reports/zhumadian-2019.txt", "testdata/reports/zhumadian-2020.txt"
	checkRules(t, []rule{
		{"pushed on, not finished", zmd19, zmd20, "确保开源大道、解放大道、交通路下穿铁路工程建成投用",
			outcome.Missed, "解放大道下穿工程加快推进", "承诺 建成，报告 12条城市组团连通工程、“一园两馆”、杨靖宇将军纪念馆及开源大道、解放大道下穿工程加快推进 → 未达到"},
		{"the villages counted", zmd19, zmd20, "完成剩余73个贫困村脱贫退出",
			outcome.Met, "剩余73个贫困村全部退出", "目标 73个，实际 73个 → 达到"},
		{"the people counted", zmd19, zmd20, "实现10.02万农村贫困人口稳定脱贫",
			outcome.Missed, "9.02万人实现稳定脱贫", "目标 10.02万，实际 9.02万人 → 未达到"},
	})
}

// TestOlderReportRules, read on the pairs the blind keys of 2003–2019
// brought: "A、B…X和Y" against "A、B分别…X'、Y'" compares X with X' and Y
// with Y'; "X个百分点左右" is met within 0.5 points; "由每人每年120元提高到
// 200元" reports the 200元, not the 120元 it started from; a fall reported
// for a rise pledged counts below zero, and "5%" is not read as the tail
// of "8.5%"; "增长6.5%－7%" is met from 6.5% up; prices said to have held
// ("总体平稳", "基本持平") are within a ceiling on their rise.
func TestOlderReportRules(t *testing.T) {
	const dir = "testdata/reports/"
	checkRules(t, []rule{
		{"figures paired with 和 against figures listed with 分别", dir + "zhumadian-2018.txt", dir + "zhumadian-2019.txt", "确保城乡居民养老、医疗保险参保人数达到422万人和661万人",
			outcome.Met, "分别达到423.6万人、684.6万人", "目标 422万人，实际 423.6万人 → 达到；目标 661万人，实际 684.6万人 → 达到"},
		{"points about", dir + "zhumadian-2014.txt", dir + "zhumadian-2015.txt", "城镇化率提高2个百分点左右",
			outcome.Met, "较上年提高1.5个百分点", "目标 2个百分点左右，实际 1.5个百分点 → 达到"},
		{"from-to with words between", dir + "national-2011.txt", dir + "national-2012.txt", "今年要把新农合和城镇居民医保财政补助标准提高到200元",
			outcome.Met, "由每人每年120元提高到200元", "目标 200元，实际 200元 → 达到"},
		{"a fall against a rise", dir + "zhumadian-2003.txt", dir + "zhumadian-2004.txt", "第一产业增长5％",
			outcome.Missed, "其中第一产业下降17.3%", "目标 5％，实际 下降17.3% → 未达到"},
		{"a fall against a fall", dir + "national-2016.txt", dir + "national-2017.txt", "单位国内生产总值能耗下降3.4%以上",
			outcome.Met, "单位国内生产总值能耗下降5%", "目标 3.4%以上，实际 5% → 达到"},
		{"a range", dir + "national-2016.txt", dir + "national-2017.txt", "国内生产总值增长6.5%－7%",
			outcome.Met, "增长6.7%", "目标 6.5%，实际 6.7% → 达到"},
		{"a growth whose subject is the piece before", dir + "hailar-2014.txt", dir + "hailar-2015.txt", "地方财政总收入增长16%",
			outcome.Missed, "地方财政总收入完成24.9亿元，同比增长0.4%", "目标 16%，实际 0.4% → 未达到"},
		{"visitors are 游客", dir + "hailar-2012.txt", dir + "hailar-2013.txt", "全区旅游人数力争突破370万人次",
			outcome.Met, "全年接待国内外游客突破370万人次", "目标 突破370万人次，实际 突破370万人次 → 达到"},
		{"a subject's words of any work", dir + "hailar-2015.txt", dir + "hailar-2016.txt", "全面完成孙家屯、团结村等7个现代牧场建设任务",
			outcome.Missed, "建成4个现代化牧场", "目标 7个，实际 4个 → 未达到"},
		{"a long subject", dir + "hailar-2013.txt", dir + "hailar-2014.txt", "完成50万平方米老旧小区既有建筑节能改造",
			outcome.Missed, "14万平方米既有建筑节能改造", "目标 50万平方米，实际 14万平方米 → 未达到"},
		{"a count whose noun stands before its figure", beijing1, beijing2, "实施500个老旧小区综合整治",
			outcome.Met, "老旧小区改造完工1225个", "目标 500个，实际 1225个 → 达到"},
		{"an aspiration of a subject of its own", dir + "zhumadian-2008.txt", dir + "zhumadian-2009.txt", "力争粮食总产稳定在600万吨以上",
			outcome.Met, "全年粮食总产达639.1万吨", "目标 600万吨以上，实际 639.1万吨 → 达到"},
		{"a target reached in words", dir + "national-1999.txt", dir + "national-2000.txt", "今年的经济增长预期为7％左右",
			outcome.Met, "国内生产总值增长率达到预期目标", ""},
		{"prices held in words, under their ceiling", beijing1, beijing2, "居民消费价格涨幅2%左右",
			outcome.Met, "居民消费价格总体平稳", ""},
		{"prices flat on the year before", dir + "shanghai-2024.txt", shanghai1, "居民消费价格涨幅3%左右",
			outcome.Met, "居民消费价格与上年基本持平", ""},
	})
}
