package outcome_test

import (
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/outcome"
	"pledgereview/data/parse"
)

const (
	plan2025 = `2025年某市政府工作报告
——2025年1月10日在某市第十届人民代表大会第三次会议上
各位代表：
一、2024年工作回顾
过去一年，地区生产总值增长5.1%。
二、2025年重点工作
（一）扩大有效需求。今年地区生产总值增长5%左右。新建5G基站3000个。
（二）改善民生。建成区域养老服务中心20个。推进数字乡村试点。
`
	review2026 = `2026年某市政府工作报告
——2026年1月12日在某市第十届人民代表大会第四次会议上
各位代表：
一、2025年工作回顾
过去一年，全市地区生产总值增长5.4%。
新建5G基站2800个，累计达到1.2万个。
新建区域养老服务中心22个，养老服务更加便利。
二、2026年重点工作
（一）扩大有效需求。今年地区生产总值增长5%左右。
`
)

func parsePair(t *testing.T) (*data.Report, *data.Report) {
	t.Helper()
	a, err := parse.Parse(plan2025, parse.Options{ID: "city-2025"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := parse.Parse(review2026, parse.Options{ID: "city-2026"})
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

// TestLinksOfAPair: what a reviewer reads for each pledge of 2025: the
// outcome, the verdict with its arithmetic, the pledge passed over in
// silence, and the one the 2026 plan repeats.
func TestLinksOfAPair(t *testing.T) {
	a, b := parsePair(t)
	if _, _, n := a.Count(); n != 6 {
		t.Fatalf("2025 counts %d pledges, want the plan's 6 (the review is no pledge)", n)
	}
	got := map[string]outcome.Link{}
	for _, k := range outcome.Links(a, b) {
		got[k.Pledge.Text] = k
	}
	check := func(pledge, verdict, outcomeText, arithmetic string) {
		t.Helper()
		k, ok := got[pledge]
		if !ok {
			t.Fatalf("no link for %q", pledge)
		}
		if k.Verdict != verdict {
			t.Errorf("%s: verdict %s, want %s", pledge, k.Verdict, verdict)
		}
		if outcomeText == "" && k.Best != nil || outcomeText != "" && (k.Best == nil || k.Best.Outcome.Text != outcomeText) {
			t.Errorf("%s: outcome %+v, want %q", pledge, k.Best, outcomeText)
		}
		if k.Arithmetic != arithmetic {
			t.Errorf("%s: arithmetic %q, want %q", pledge, k.Arithmetic, arithmetic)
		}
	}
	check("今年地区生产总值增长5%左右。", outcome.Met, "过去一年，全市地区生产总值增长5.4%。", "目标 5%左右，实际 5.4% → 达到")
	check("新建5G基站3000个。", outcome.Missed, "新建5G基站2800个，累计达到1.2万个。", "目标 3000个，实际 2800个 → 未达到")
	check("建成区域养老服务中心20个。", outcome.Met, "新建区域养老服务中心22个，养老服务更加便利。", "目标 20个，实际 22个 → 达到")
	check("推进数字乡村试点。", outcome.NotReported, "", "")
	if k := got["今年地区生产总值增长5%左右。"]; k.CarriedOver != "city-2026/02.01.01" {
		t.Errorf("GDP pledge carried over to %q, want the 2026 plan's city-2026/02.01.01", k.CarriedOver)
	}
	if k := got["新建5G基站3000个。"]; k.CarriedOver != "" {
		t.Errorf("5G pledge carried over to %q, want none", k.CarriedOver)
	}
}

// TestAccept: accepting a link writes the outcome as evidence with its
// source, the status the verdict suggests, and the figure as a progress
// value at the later report's delivery date; accepting again adds nothing.
func TestAccept(t *testing.T) {
	a, b := parsePair(t)
	var k outcome.Link
	for _, l := range outcome.Links(a, b) {
		if l.Pledge.Text == "新建5G基站3000个。" {
			k = l
		}
	}
	rv := data.NewReview(k.Pledge.ID, "k-me")
	ups := outcome.Accept(&rv, b, k)
	ups2 := outcome.Accept(&rv, b, k)
	if len(rv.Evidence) != 1 {
		t.Fatalf("evidence %+v, want one", rv.Evidence)
	}
	ev := rv.Evidence[0]
	if ev.Text != "2026年报告 · 第一部分 · 第2句：新建5G基站2800个，累计达到1.2万个。" || ev.Date != "2026-01-12" || !strings.HasPrefix(ev.Link, outcome.EvidencePrefix) {
		t.Errorf("evidence %+v", ev)
	}
	if rv.Status != data.PartlyDone {
		t.Errorf("status %s, want partly done (a target missed)", rv.Status)
	}
	if len(ups) != 1 || ups[0].Target != 1 || ups[0].Value != 2800 || ups[0].AsOf != "2026-01-12" || len(ups2) != 1 {
		t.Errorf("progress %+v", ups)
	}
}

func TestNextReport(t *testing.T) {
	ids := []string{"beijing-2025", "beijing-2026", "2021-state-council", "2022-state-council", "henan-2026"}
	for from, want := range map[string]string{"beijing-2025": "beijing-2026", "2021-state-council": "2022-state-council", "henan-2026": "", "beijing-2026": ""} {
		if got := outcome.NextReport(from, ids); got != want {
			t.Errorf("NextReport(%s) = %q, want %q", from, got, want)
		}
	}
}

// TestChoose: picking another candidate makes it the outcome, with the
// verdict read from it, and keeps the first among the candidates.
func TestChoose(t *testing.T) {
	dir := datatest.CorpusDir(t)
	b := readReport(t, filepath.Join(dir, "national/2022-state-council.txt"))
	for _, k := range outcome.Links(readReport(t, filepath.Join(dir, "national/2021-state-council.txt")), b) {
		if k.Best == nil || len(k.Candidates) == 0 || len(k.Targets) > 0 {
			continue
		}
		first := *k.Best
		c := outcome.Choose(b, k, k.Candidates[0])
		if c.Best.Outcome.ID != k.Candidates[0].Outcome.ID || c.Candidates[0].Outcome.ID != first.Outcome.ID || c.Verdict == outcome.NotReported {
			t.Errorf("chose %s (%s), candidates %v", c.Best.Outcome.ID, c.Verdict, c.Candidates)
		}
		return
	}
	t.Fatal("no pledge with candidates")
}

// TestAcceptKeepsEveryTargetOfRespectively: a pledge of "A、B分别…X和Y"
// reads each target with its own subject; accepting it still records the
// figure of each target the review reports, on the pledge's own target.
func TestAcceptKeepsEveryTargetOfRespectively(t *testing.T) {
	later := readReport(t, filepath.Join(datatest.CorpusDir(t), xizang26))
	for _, k := range linksOf(t, xizang25, xizang26) {
		if !strings.Contains(k.Pledge.Text, "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内") {
			continue
		}
		want := 0
		for i, tg := range k.Pledge.Targets {
			if tg.Quote == "5%" || strings.HasPrefix(tg.Quote, "5%") {
				want = i + 1
			}
		}
		rv := data.NewReview(k.Pledge.ID, "k-me")
		for _, u := range outcome.Accept(&rv, later, k) {
			if u.Target == want {
				if u.Value != 5 {
					t.Errorf("unemployment recorded as %v, want 5", u.Value)
				}
				return
			}
		}
		t.Fatalf("no progress value on target %d (%+v) of %s", want, k.Pledge.Targets, k.Pledge.Text)
	}
	t.Fatal("the 西藏 2025 pledge on unemployment and prices is not linked")
}
