package parse

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pledgereview/data"
)

// sentenceIDs are the ids "corpus/CC.HH.SS" of chapter c, headline 0,
// sentences from to to.
func sentenceIDs(c, from, to int) []string {
	var out []string
	for s := from; s <= to; s++ {
		out = append(out, fmt.Sprintf("corpus/%02d.00.%02d", c, s))
	}
	return out
}

// importCorpus imports a corpus file as the application does.
func importCorpus(t *testing.T, file string) (string, Options, *data.Report) {
	t.Helper()
	text, opts, r, err := importFile(t, filepath.Join(corpusDir(t), file))
	if err != nil {
		t.Fatal(err)
	}
	return text, opts, r
}

// kindOf is what the report made of a sentence: "pledge", "outcome" or "".
func kindOf(r *data.Report, id string) string {
	if slices.ContainsFunc(r.Pledges(), func(p data.Pledge) bool { return p.ID == id }) {
		return "pledge"
	}
	if slices.ContainsFunc(r.Outcomes(), func(p data.Pledge) bool { return p.ID == id }) {
		return "outcome"
	}
	return ""
}

// TestReviewPartOfPlanChapter: a plan chapter that opens with a look back
// over a past period gives those sentences as reported outcomes, none of
// them a pledge, and the plan after them stays pledges (上海 2026: the
// 15th five-year plan's chapter reviews the 14th; 西藏 2025: "60年来…翻了
// 七番以上" before the year's plan).
func TestReviewPartOfPlanChapter(t *testing.T) {
	tests := []struct {
		file             string
		chapter          int
		outcomes         []string
		pledges          []string
		outcome, pledge0 string // the text of an outcome, of the plan after it
	}{
		{"provinces-2026/2026年上海政府工作报告.txt", 2, sentenceIDs(2, 2, 16), append(sentenceIDs(2, 1, 1), sentenceIDs(2, 17, 23)...),
			"全市生产总值从4.16万亿元增加到5.67万亿元", "“十五五”时期具有承前启后的重要地位。"},
		{"provinces-2025/2025年西藏政府工作报告.docx", 2, sentenceIDs(2, 2, 10), append(sentenceIDs(2, 1, 1), sentenceIDs(2, 11, 15)...),
			"60年来，西藏经济总量和全体居民人均可支配收入翻了七番以上", "我们一定要抓住一切有利时机"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			text, opts, r := importCorpus(t, tt.file)
			checkLossless(t, text, opts, r)
			for _, id := range tt.outcomes {
				if k := kindOf(r, id); k != "outcome" {
					t.Errorf("%s is %q, want a reported outcome", id, k)
				}
			}
			for _, id := range tt.pledges {
				if k := kindOf(r, id); k != "pledge" {
					t.Errorf("%s is %q, want a pledge", id, k)
				}
			}
			c := r.Chapters[tt.chapter-1]
			if c.Kind != data.KindMixed {
				t.Errorf("chapter %q is kind %q, want mixed", c.Title, c.Kind)
			}
			if !slices.ContainsFunc(c.Outcomes, func(p data.Pledge) bool { return strings.Contains(p.Text, tt.outcome) }) {
				t.Errorf("no outcome of chapter %d says %q", tt.chapter, tt.outcome)
			}
			if !slices.ContainsFunc(c.Pledges, func(p data.Pledge) bool { return strings.HasPrefix(p.Text, tt.pledge0) }) {
				t.Errorf("no pledge of chapter %d opens %q", tt.chapter, tt.pledge0)
			}
		})
	}
}

// TestReviewPartCorrected: the review part is a split like any other: the
// paragraph made "plan" in the preview gives its sentences back as
// pledges, the chapter heading made "plan" keeps the whole chapter the
// plan, and the other chapters keep their ids.
func TestReviewPartCorrected(t *testing.T) {
	text, opts, base := importCorpus(t, "provinces-2026/2026年上海政府工作报告.txt")
	lines := Lines(text, opts.Bold)
	find := func(prefix string) data.Correction {
		for _, l := range lines {
			if strings.HasPrefix(l.Text, prefix) {
				return data.Correction{Line: l.N, Text: l.Text, Make: data.MakePlan}
			}
		}
		t.Fatalf("no line opens %q", prefix)
		return data.Correction{}
	}
	_, _, p0 := base.Count()
	for _, c := range []data.Correction{find("“十四五”时期，上海发展历程"), find("二、关于《上海市国民经济")} {
		t.Run(c.Text[:min(len(c.Text), 30)], func(t *testing.T) {
			o := opts
			o.Corrections = []data.Correction{c}
			r, err := Parse(text, o)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range sentenceIDs(2, 2, 16) {
				if k := kindOf(r, id); k != "pledge" {
					t.Errorf("%s is %q after the correction, want a pledge", id, k)
				}
			}
			if _, _, p := r.Count(); p != p0+15 {
				t.Errorf("%d pledges, want %d + the 15 sentences of the review part", p, p0)
			}
			if r.Chapters[1].Kind != data.KindPlan || r.Chapters[0].Kind != data.KindReview {
				t.Errorf("chapter kinds %q %q, want review, plan", r.Chapters[0].Kind, r.Chapters[1].Kind)
			}
		})
	}
}

// TestLooksBackOrPlans: what opens a review part and what turns a chapter
// to the plan, on sentences of the corpus; a period is past or present by
// the report's year.
func TestLooksBackOrPlans(t *testing.T) {
	tests := []struct {
		s      string
		year   int
		back   bool
		turn   int
		figure bool
	}{
		{"“十四五”时期，上海发展历程极不寻常、极不平凡。", 2026, true, noTurn, false},
		{"“十四五”时期，我国发展仍然处于重要战略机遇期。", 2021, false, turn, false},
		{"这五年，综合经济实力再攀新高峰。", 2026, true, noTurn, false},
		{"过去一年，我们坚持稳中求进工作总基调。", 2025, true, noTurn, false},
		{"60年来，西藏经济总量和全体居民人均可支配收入翻了七番以上。", 2025, true, noTurn, true},
		{"党的十八大以来，随着新发展格局的加快构建，西藏的安全屏障作用不断彰显。", 2025, true, noTurn, false},
		{"全市生产总值从4.16万亿元增加到5.67万亿元。", 2026, false, noTurn, true},
		{"实际使用外资累计超过1000亿美元。", 2026, false, noTurn, true},
		{"“十五五”时期具有承前启后的重要地位。", 2026, false, turn, false},
		{"今年是“十四五”规划收官之年。", 2025, false, turn, false},
		{"经过多年特别是“十四五”时期的发展积淀，甘肃站在了一个新的起点上。", 2026, false, noTurn, false},
		{"在过去的基础上，我们要巩固拓展脱贫攻坚成果。", 2026, false, noTurn, false},
		{"我们一定要抓住一切有利时机，用好一切有利条件。", 2025, false, turn, false},
		{"今后五年，全市生产总值年均增长5%左右。", 2026, false, turn, true},
		{"经济社会发展主要预期目标是：地区生产总值增长7%以上。", 2025, false, turnStated, true},
		{"经过五年持续奋斗，“十三五”规划主要目标任务胜利完成。", 2021, false, noTurn, false},
	}
	for _, tt := range tests {
		if got := looksBack(tt.s, tt.year); got != tt.back {
			t.Errorf("looksBack(%q, %d) = %v, want %v", tt.s, tt.year, got, tt.back)
		}
		if got := planTurn(tt.s, tt.year); got != tt.turn {
			t.Errorf("planTurn(%q, %d) = %d, want %d", tt.s, tt.year, got, tt.turn)
		}
		if got := reportsFigure(tt.s); got != tt.figure {
			t.Errorf("reportsFigure(%q) = %v, want %v", tt.s, got, tt.figure)
		}
	}
}

// TestRunInHeadlineWhole: a headline run into its lead sentence is cut
// before the lead's verb, not inside its own object: 驻马店 2022's
// "（三）着力推动制造业高质量发展加快产业提质升级。" is the headline
// "着力推动制造业高质量发展" over "加快产业提质升级。".
func TestRunInHeadlineWhole(t *testing.T) {
	_, _, r := importCorpus(t, "cities/zhumadian-2022.txt")
	want := map[string]string{
		"着力保持经济平稳健康运行": "突出抓好项目建设。",
		"着力推动制造业高质量发展": "加快产业提质升级。",
		"着力保障和改善民生":    "继续办好民生实事。",
	}
	found := 0
	for _, c := range r.Chapters {
		for _, h := range c.Headlines {
			lead, ok := want[h.Title]
			if !ok {
				continue
			}
			found++
			if len(h.Pledges) < 2 || h.Pledges[1].Text != lead {
				t.Errorf("headline %q: first sentence %q, want %q", h.Title, h.Pledges[1].Text, lead)
			}
		}
	}
	if found != len(want) {
		t.Errorf("%d of the headlines %v found whole", found, want)
	}
	for _, p := range r.Pledges() {
		if p.Text == "高质量发展加快产业提质升级。" {
			t.Errorf("pledge %s is the headline's cut-off end %q", p.ID, p.Text)
		}
	}
}

// pageJumpWords find a page-jump marker's words in a sentence.
var pageJumpWords = regexp.MustCompile(`(下转|上接|紧接)第.{1,3}版`)

// TestPageJumpSetAside: 西藏 2026, scraped from the newspaper's page, has
// "（下转第四版）（紧接第一版）" inside its review: no sentence holds a
// page-jump marker, the sentence after it opens on its own words, and
// the markers are listed as set aside.
func TestPageJumpSetAside(t *testing.T) {
	text, opts, r := importCorpus(t, "provinces-2026/2026年西藏政府工作报告.txt")
	checkLossless(t, text, opts, r)
	for _, p := range allSentences(r) {
		if pageJumpWords.MatchString(p.Text) {
			t.Errorf("%s holds a page-jump marker: %q", p.ID, p.Text)
		}
	}
	for _, p := range r.Outcomes() {
		if p.ID == "corpus/01.00.14" && !strings.HasPrefix(p.Text, "我们坚持人民至上") {
			t.Errorf("outcome %s opens %q, want 我们坚持人民至上…", p.ID, p.Text)
		}
	}
	if k := kindOf(r, "corpus/01.00.14"); k != "outcome" {
		t.Errorf("01.00.14 is %q, want an outcome of the review", k)
	}
	var jumps []string
	for _, a := range r.SetAside {
		if a.Reason == data.AsidePageJump {
			jumps = append(jumps, a.Text)
		}
	}
	if strings.Join(jumps, "") != "（下转第四版）（紧接第一版）" {
		t.Errorf("page jumps set aside: %q", jumps)
	}
}

// TestReviewPartBlindToTitles: the review-part rules, read without the
// chapter's title, split the corpus's two chapters whose titles name
// both parts ("'十三五'时期发展成就和'十四五'时期主要目标任务") where their
// titles split them: the rules are the genre's, not fitted to 上海 and
// 西藏.
func TestReviewPartBlindToTitles(t *testing.T) {
	for _, f := range []string{"national/2021-state-council.txt", "provinces-2026/2026年北京政府工作报告.txt"} {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, opts, r := importCorpus(t, f)
			rs := []rune(text)
			lines := joinBrokenDelivery(rs, applyCorrections(rs, sourceLines(rs, opts.Bold), nil))
			starts := make([]int, len(lines))
			for i, l := range lines {
				starts[i] = l.start
			}
			mixed := 0
			for _, c := range r.Chapters {
				if c.Kind != data.KindMixed {
					continue
				}
				mixed++
				blind := c
				blind.Pledges = chapterSentences(c) // as if no title had split it
				from, to := reviewPart(starts, &blind, r.Year)
				var got []string
				for _, p := range blind.Pledges {
					if p.Start >= from && p.Start < to {
						got = append(got, p.ID)
					}
				}
				var want []string
				for _, p := range c.Outcomes {
					want = append(want, p.ID)
				}
				if len(want) < 10 || !slices.Equal(got, want) {
					t.Errorf("chapter %q: the rules find %d review sentences %v, the title %d %v", c.Title, len(got), got, len(want), want)
				}
			}
			if mixed != 1 {
				t.Errorf("%d mixed chapters, want 1", mixed)
			}
		})
	}
}
