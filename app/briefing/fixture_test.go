package briefing

import (
	"fmt"
	"hash/fnv"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/seeds"
)

// seedReport parses the seed with the real parser.
func seedReport(t testing.TB) *data.Report {
	r, err := parse.Parse(seeds.Taiyuan2021, parse.Options{ID: seeds.Taiyuan2021ID})
	if err != nil {
		if t != nil {
			t.Fatal(err)
		}
		panic(err)
	}
	return r
}

// bigReport makes a report of n pledges from the seed's pledges, 20 chapters
// of 10 headlines each, so a pack of any size can be measured.
func bigReport(t testing.TB, n int) *data.Report {
	seed := seedReport(t).Pledges()
	r := &data.Report{ID: "big", Title: "压力测试报告 Stress report", Subtitle: fmt.Sprintf("%d 项承诺", n), Year: 2021}
	const chapters, heads = 20, 10
	per := (n + chapters*heads - 1) / (chapters * heads)
	k := 0
	for c := 1; c <= chapters && k < n; c++ {
		ch := data.Chapter{N: c, Title: fmt.Sprintf("第%d部分 %s", c, seed[c%len(seed)].Text)}
		for h := 1; h <= heads && k < n; h++ {
			hd := data.Headline{N: h}
			for s := 0; s < per && k < n; s++ {
				p := seed[k%len(seed)]
				p.ID = data.PledgeID(r.ID, c, h, s)
				p.Chapter, p.Headline, p.Sentence = c, h, s
				if s == 0 {
					hd.Title = p.Text
				}
				hd.Pledges = append(hd.Pledges, p)
				k++
			}
			ch.Headlines = append(ch.Headlines, hd)
		}
		r.Chapters = append(r.Chapters, ch)
	}
	return r
}

// testReviewers are the three reviewers of the tests; the first is "me".
var testReviewers = []data.Reviewer{
	{ID: "r-li", Name: "李敏"},
	{ID: "r-wang", Name: "王磊"},
	{ID: "r-chen", Name: "陈晓 Chen Xiao"},
}

func hash(parts ...string) uint32 {
	h := fnv.New32a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum32()
}

var (
	leadUnits = []string{"市发改委", "市工信局", "市科技局", "市住建局", "市生态环境局", "市商务局", "市卫健委", "市教育局"}
	notes     = []string{
		"需要在会上核实进度，去年同类承诺未兑现。",
		"目标数字与省里口径不一致，建议问清统计口径。",
		"已有媒体报道开工，但没有看到验收材料。",
		"Budget line not found in the 2021 estimates; ask the finance bureau.",
		"基数不清：\u201c以上\u201d指累计还是新增？",
	}
	evidence = []data.Evidence{
		{Text: "市政府新闻发布会通报", Date: "2021-07-15"},
		{Text: "太原日报报道：项目已开工", Link: "https://example.org/news/1", Date: "2021-05-02"},
		{Text: "统计公报 2021", Date: "2022-03-01"},
	}
	statusCycle = []data.Status{data.InProgress, data.Done, data.Behind, data.NotStarted, data.PartlyDone, data.DoneLate, data.NotDone, data.InProgress, data.Done}
)

// testReviews builds deterministic, realistic reviews: the first reviewer
// reviews every pledge, the second about two in three, the third about one
// in three; scores follow the machine hints with some noise.
func testReviews(r *data.Report, reviewers []data.Reviewer) []data.Review {
	var out []data.Review
	rb := data.DefaultRubric()
	for _, p := range r.Pledges() {
		for k, rv := range reviewers {
			h := hash(p.ID, rv.ID)
			if k > 0 && int(h%100) >= 100-100/(k+1)-5*k {
				continue
			}
			rev := data.NewReview(p.ID, rv.ID)
			rev.Scores = map[string]int{}
			for ci, c := range rb.Criteria {
				v := int((h >> (ci * 3)) % 3)
				switch c.ID {
				case "measurable":
					if p.Hints.Measurable {
						v += 2
					}
				case "time_bound":
					if p.Hints.TimeBound {
						v += 2
					}
				default:
					v++
				}
				if h%7 == 0 && ci == 4 {
					continue // one criterion left unscored now and then
				}
				rev.Scores[c.ID] = min(v, data.MaxScore)
			}
			rev.Status = statusCycle[(h>>8)%uint32(len(statusCycle))]
			rev.LeadUnit = leadUnits[(h>>12)%uint32(len(leadUnits))]
			rev.Flag = h%13 == 0
			if h%5 == 0 {
				rev.Note = notes[(h>>4)%uint32(len(notes))]
			}
			if h%6 == 0 {
				rev.Evidence = []data.Evidence{evidence[(h>>6)%uint32(len(evidence))]}
			}
			if h%17 == 0 {
				rev.Tags = []string{"民生", "重点"}
			}
			rev.Updated = data.HLC{Wall: 1_620_000_000_000 + int64(h%1_000_000), Node: rv.ID}
			out = append(out, rev)
		}
	}
	return out
}

var testDate = time.Date(2021, 11, 20, 9, 0, 0, 0, time.UTC)

// testInput is the seed with three reviewers and their reviews.
func testInput(t testing.TB) Input {
	rep := seedReport(t)
	return Input{
		Report:    rep,
		Rubric:    data.DefaultRubric(),
		Reviewers: testReviewers,
		Me:        testReviewers[0].ID,
		Reviews:   testReviews(rep, testReviewers),
		Workspace: "太原 2021 评审组",
		Generated: testDate,
		Agreement: []AgreementRow{
			{Criterion: "specific", Ordinal: 0.71, OrdinalOK: true, Interval: 0.69, IntervalOK: true, Pairs: 120},
			{Criterion: "measurable", Ordinal: 0.82, OrdinalOK: true, Interval: 0.80, IntervalOK: true, Pairs: 120},
			{Criterion: "time_bound", Ordinal: 0.58, OrdinalOK: true, Interval: 0.61, IntervalOK: true, Pairs: 118},
			{Criterion: "feasible", Ordinal: 0.40, OrdinalOK: true, Interval: 0.44, IntervalOK: true, Pairs: 117},
			{Criterion: "impact", OrdinalOK: false, IntervalOK: false, Pairs: 3},
			{Criterion: StatusAgreement, Percent: 64, PercentOK: true, Pairs: 121},
		},
		Progress: testProgress(rep, testReviewers),
		Disputed: []DisputedPledge{
			{PledgeID: data.PledgeID(rep.ID, 1, 1, 0), Spread: 3, Reasons: []string{"可行性 0 vs 3"}},
			{PledgeID: data.PledgeID(rep.ID, 3, 2, 1), Spread: 2, Reasons: []string{"状态：已完成 vs 滞后"}},
		},
	}
}
