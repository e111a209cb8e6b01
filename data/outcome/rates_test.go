package outcome_test

import (
	"testing"

	"pledgereview/data/outcome"
)

// TestRateRules: a pledged rate needs its figure. 驻马店's 2023 review
// says only "较好完成了…目标任务" and gives five-year averages (年均增长
// 6.3%): the year's growth targets are unclear, not reported done, and so
// is income held in step with a GDP growth the review does not give. A
// growth the review gives in the part of a sentence on the rate's subject
// is compared, though the subject is misspelt there (收人); a quantity
// pledged (管道6000公里以上) is compared with the one figure in its unit
// the review gives on it (管网改造9436公里). A sentence saying only what
// the year is ("今年是…收官之年") pledges nothing: nothing is reported done.
func TestRateRules(t *testing.T) {
	const dir = "testdata/reports/"
	checkRules(t, []rule{
		{"GDP growth, only five-year averages", zhumadian1, zhumadian2, "生产总值增长8%左右", outcome.Unclear, "年均增长6.3%", ""},
		{"investment growth, only five-year averages", zhumadian1, zhumadian2, "固定资产投资增长10%以上", outcome.Unclear, "", ""},
		{"in step with a growth not given", zhumadian1, zhumadian2, "城乡居民收入增长与GDP同步", outcome.Unclear, "", ""},
		{"a growth in the part on the subject", dir + "zhumadian-2002.txt", dir + "zhumadian-2003.txt", "财政一般预算收入增长8％",
			outcome.Met, "比上年实际完成增长21％", "目标 8％，实际 21％ → 达到"},
		{"in step, the growth in the part on the subject", dir + "zhumadian-2004.txt", dir + "zhumadian-2005.txt", "地方财政收入与经济同步增长",
			outcome.Met, "全市地方财政一般预算收入完成12.8亿元，增长20％", "实际 20％ → 达到"},
		{"a length pledged, the one length reported", sichuan25, sichuan26, "更新改造燃气、供排水等老化管道6000公里以上",
			outcome.Met, "完成燃气、排水、供水管网改造9436公里", "目标 6000公里以上，实际 9436公里 → 达到"},
		{"what the year is", sichuan25, sichuan26, "今年是“十四五”规划收官之年，也是“十五五”蓄势之年", outcome.Unclear, "", ""},
	})
	for _, seg := range []string{"生产总值增长8%左右", "固定资产投资增长10%以上", "社会消费品零售总额增长9%左右", "一般公共预算收入增长5.5%"} {
		if j, _ := judgementOf(linksOf(t, zhumadian1, zhumadian2), seg); j.Verdict == outcome.ReportedDone || j.Arithmetic != "" {
			t.Errorf("%s: %s %q, want unclear with no arithmetic", seg, j.Verdict, j.Arithmetic)
		}
	}
}
