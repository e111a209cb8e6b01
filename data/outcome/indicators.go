package outcome

import (
	"sort"
	"strings"
)

// indicators is the small synonym table of the genre's indicators: the
// canonical name, then the words reports use for it.
var indicators = [][]string{
	{"GDP", "国内生产总值", "地区生产总值", "生产总值", "GDP", "经济增长", "经济增速", "经济总量"},
	{"jobs", "城镇新增就业", "新增城镇就业", "新增就业"},
	{"unemployment", "城镇调查失业率", "调查失业率", "失业率"},
	{"registered", "城镇登记失业率", "登记失业率"},
	{"cpi", "居民消费价格", "CPI", "物价"},
	{"income", "居民人均可支配收入", "人均可支配收入", "居民收入", "城乡居民收入", "农村居民收入", "城镇居民收入", "人均纯收入", "居民人均收入"},
	{"urban", "常住人口城镇化率", "城镇化率"},
	{"grain", "粮食产量", "粮食总产量", "粮食生产"},
	{"energy", "单位国内生产总值能耗", "单位地区生产总值能耗", "单位生产总值能耗", "单位GDP能耗", "万元生产总值能耗", "万元地区生产总值能耗", "万元GDP能耗", "能耗强度", "能源消耗"},
	{"trade", "进出口", "外贸", "货物贸易"},
	{"fdi", "实际使用外资", "利用外资", "外资"},
	{"revenue", "一般公共预算收入", "地方财政收入", "财政收入"},
	{"investment", "固定资产投资", "有效投资"},
	{"retail", "社会消费品零售总额", "社零"},
	{"industry", "规模以上工业增加值", "规上工业增加值", "工业增加值"},
	{"rd", "研发投入", "研发经费", "研发费用", "R&D"},
	{"deficit", "赤字率"},
	{"bonds", "专项债券", "专项债"},
	{"air", "细颗粒物", "PM2.5", "空气质量优良", "优良天数"},
	{"renovation", "老旧小区"},
	{"5g", "5G"},
	{"housing", "保障性租赁住房", "保障性住房", "保障房"},
	{"carbon", "碳达峰", "碳排放", "碳中和", "单位国内生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放", "单位生产总值二氧化碳排放", "二氧化碳排放"},
	{"logistics", "社会物流总费用与地区生产总值的比率", "社会物流总费用与生产总值的比率", "社会物流总费用", "物流成本"},
	{"poverty", "脱贫", "贫困人口"},
	{"water", "地表水", "水质"},
	{"forest", "森林覆盖率", "造林", "国土绿化"},
	{"tax", "减税降费", "退税"},
	{"smallbiz", "普惠小微", "小微企业贷款"},
	{"hightech", "高新技术企业"},
	{"leverage", "宏观杠杆率", "杠杆率"},
	{"shantytown", "棚户区住房改造", "棚户区改造", "棚改"},
	{"visitors", "旅游人数", "旅游接待人数", "接待游客", "接待国内外游客", "游客"},
	{"tourism", "旅游总收入", "旅游收入"},
	// new energy is said of power (风电, 光伏) as renewable energy is; its
	// cars are read first and name none (see masked)
	{"renewables", "可再生能源", "新能源"},
	{masked, "新能源汽车", "新能源车"},
	{masked, "游客服务中心", "游客中心", "游客集散中心"},
}

// masked names the words of the table that hide the shorter ones inside
// them and name no indicator.
const masked = "-"

// synonym is one word of the table and its indicator.
type synonym struct{ word, name string }

// synonyms lists the table's words, longest first, so that 城镇调查失业率
// is read before 失业率.
var synonyms = func() []synonym {
	var out []synonym
	for _, row := range indicators {
		for _, w := range row[1:] {
			out = append(out, synonym{w, row[0]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].word) > len(out[j].word) })
	return out
}()

// gapped are indicators said in two parts of one clause, the subject of
// the first owning the second: "规模以上工业企业达7.6万家、增加值增长3%" is
// the growth of 规模以上工业增加值.
var gapped = []struct{ head, tail, name string }{
	{"规模以上工业企业", "增加值", "industry"},
	{"规上工业企业", "增加值", "industry"},
}

// indicatorsOf names the indicators text speaks of.
func indicatorsOf(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range gapped {
		if i := strings.Index(text, g.head); i >= 0 && !seen[g.name] {
			rest := text[i+len(g.head):]
			if k := strings.IndexAny(rest, "，；。"); k >= 0 {
				rest = rest[:k]
			}
			if strings.Contains(rest, g.tail) {
				seen[g.name] = true
				out = append(out, g.name)
			}
		}
	}
	for _, s := range synonyms {
		if !strings.Contains(text, s.word) {
			continue
		}
		// a longer word read first hides the shorter ones inside it
		text = strings.ReplaceAll(text, s.word, "□")
		if !seen[s.name] && s.name != masked {
			seen[s.name] = true
			out = append(out, s.name)
		}
	}
	return out
}

// sharedCount counts the indicators a and b both name.
func sharedCount(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// shared reports whether a and b name a common indicator.
func shared(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// alsoSaid are words a review says for a pledge's word in another
// ("可再生能源发电装机" reports on "大力发展新能源"): the query is expanded
// with them, as a search engine expands one with synonyms. The table is
// kept to words that name the same thing and nothing else: the words of
// the indicators at large would bring in the sentences of others
// ("单位国内生产总值能耗" would fetch the GDP sentence).
var alsoSaid = [][2]string{{"新能源", "可再生能源"}}

// shortForms are the short words reports use for long ones, and words
// that name one policy by its slogan ("两新" is 大规模设备更新和消费品以旧
// 换新): a pledge's word is searched for in both forms, at full weight.
var shortForms = [][2]string{
	{"国企", "国有企业"}, {"民企", "民营企业"}, {"外企", "外资企业"},
	{"单产", "亩产"}, {"化债", "化解债务"},
	{"以旧换新", "两新"}, {"设备更新", "两新"},
}

// spelledOut is the other form of each of text's shortForms.
func spelledOut(text string) string {
	var out []string
	for _, p := range shortForms {
		switch a, b := strings.Contains(text, p[0]), strings.Contains(text, p[1]); {
		case a && !b:
			out = append(out, p[1])
		case b && !a:
			out = append(out, p[0])
		}
	}
	return strings.Join(out, "，")
}

// expanded is context with the words alsoSaid of those of text.
func expanded(text, context string) string {
	out := context
	for _, p := range alsoSaid {
		switch a, b := strings.Contains(text, p[0]), strings.Contains(text, p[1]); {
		case a && !b:
			out += "，" + p[1]
		case b && !a:
			out += "，" + p[0]
		}
	}
	return out
}
