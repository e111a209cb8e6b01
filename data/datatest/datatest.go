// Package datatest builds realistic domain objects for tests in one line.
package datatest

import (
	"fmt"
	"strings"

	"pledgereview/data"
)

var phrases = []string{
	"年底5G基站达到5000座以上", "培育高科技领军企业100家", "全年新增停车位1万个以上",
	"国庆节前完成五一广场改造", "推动山西老陈醋走向世界", "新增绿地3000亩",
	"改造老旧小区700个以上", "实施“百馆兴体”工程", "加快推进新冠疫苗接种",
	"推出不少于100项“一件事一次办”集成服务高频事项",
}

// Report returns a report with the given shape. Every chapter has headlines
// headlines, and each headline is followed by sentences sentences; pledges
// with a target or a deadline appear regularly.
func Report(id string, chapters, headlines, sentences int) *data.Report {
	r := &data.Report{ID: id, Title: "测试报告 " + id, Subtitle: "2021年《政府工作报告》解读", Year: 2021, Fingerprint: "fp-" + id}
	var src strings.Builder
	offset := 0
	emit := func(text string) (int, int) {
		start := offset
		src.WriteString(text)
		src.WriteString("\n")
		offset += len([]rune(text)) + 1
		return start, start + len([]rune(text))
	}
	n := 0
	for c := 1; c <= chapters; c++ {
		ch := data.Chapter{N: c, Title: fmt.Sprintf("第%d章 太原要有新担当", c)}
		emit(ch.Title)
		for h := 1; h <= headlines; h++ {
			hl := data.Headline{N: h, Title: phrases[(c+h)%len(phrases)]}
			for s := 0; s <= sentences; s++ {
				text := hl.Title
				if s > 0 {
					text = fmt.Sprintf("%s，第%d项措施。", phrases[n%len(phrases)], n)
				}
				start, end := emit(text)
				p := data.Pledge{ID: data.PledgeID(id, c, h, s), Chapter: c, Headline: h, Sentence: s, Text: text, Start: start, End: end}
				if n%3 == 0 {
					p.Targets = []data.Target{{Subject: "停车位", Value: float64(1000 + n), Unit: "个", Comparator: data.AtLeast, Quote: "1万个以上"}}
				}
				if n%4 == 0 {
					p.Deadline = &data.Deadline{Raw: "年底", Due: fmt.Sprintf("2021-%02d-28", 1+n%12)}
				}
				p.Hints = data.Hints{Measurable: len(p.Targets) > 0, TimeBound: p.Deadline != nil}
				hl.Pledges = append(hl.Pledges, p)
				n++
			}
			ch.Headlines = append(ch.Headlines, hl)
		}
		r.Chapters = append(r.Chapters, ch)
	}
	r.Source = src.String()
	return r
}

// ReportOfSize returns a report of at least n pledges.
func ReportOfSize(id string, n int) *data.Report {
	const headlines, sentences = 10, 9
	chapters := (n + headlines*(sentences+1) - 1) / (headlines * (sentences + 1))
	return Report(id, chapters, headlines, sentences)
}

// Review returns a filled review of a pledge by a reviewer; seed varies it.
func Review(pledgeID, reviewerID string, seed int) data.Review {
	st := data.Statuses[seed%len(data.Statuses)].ID
	return data.Review{
		PledgeID: pledgeID, ReviewerID: reviewerID,
		Scores: map[string]int{"specific": seed % 5, "measurable": (seed + 1) % 5, "time_bound": (seed + 2) % 5},
		Status: st, LeadUnit: "市发改委", Tags: []string{"重点"}, Flag: seed%2 == 0,
		Note: fmt.Sprintf("第%d条意见：进度需要核实。", seed),
	}
}
