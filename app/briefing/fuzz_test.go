package briefing

import (
	"strings"
	"testing"
	"time"

	"pledgereview/data"
)

// hostileInput puts s everywhere a user or a file can put text.
func hostileInput(s string) Input {
	id := "fuzz"
	p := data.Pledge{ID: data.PledgeID(id, 1, 1, 0), Chapter: 1, Headline: 1, Text: s,
		Targets:  []data.Target{{Subject: s, Value: 1e300, Unit: s, Comparator: "??", Quote: s}},
		Deadline: &data.Deadline{Raw: s, Due: s}}
	q := data.Pledge{ID: data.PledgeID(id, 1, 1, 1), Chapter: 1, Headline: 1, Sentence: 1, Text: s + s}
	e := data.Pledge{ID: data.PledgeID(id, 1, 1, 2), Chapter: 1, Headline: 1, Sentence: 2, Text: ""}
	rep := &data.Report{ID: id, Title: s, Subtitle: s, Chapters: []data.Chapter{{N: 1, Title: s,
		Headlines: []data.Headline{{N: 1, Title: s, Pledges: []data.Pledge{p, q, e}}}}}}
	rv := []data.Reviewer{{ID: "a", Name: s}, {ID: "b", Name: ""}}
	var reviews []data.Review
	for _, pl := range []data.Pledge{p, q, e} {
		reviews = append(reviews, data.Review{PledgeID: pl.ID, ReviewerID: "a", Status: data.Status(s),
			Scores: map[string]int{"specific": 9, s: 1}, LeadUnit: s, Tags: []string{s}, Flag: true, Note: s,
			Evidence: []data.Evidence{{Text: s, Link: s, Date: s}}})
	}
	return Input{Report: rep, Reviewers: rv, Me: "a", Reviews: reviews, Workspace: s,
		Generated: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC),
		Agreement: []AgreementRow{{Criterion: s, Label: s}, {Criterion: StatusAgreement}},
		Disputed:  []DisputedPledge{{PledgeID: p.ID, Reasons: []string{s}}}}
}

func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"", " ", "年底5G基站达到5000座以上", "😀𠀀𝄞", "\x00\x01\x1b[31m\x7f\u200b\ufeff", "\xff\xfe\xfd",
		strings.Repeat("长", 10000), strings.Repeat("a", 10000), strings.Repeat("，", 3000), "（《“「【", "\n\n\r\t",
		"\u0e01\u0301\u202e", // a rune the font lacks, a combining mark, a bidi override
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 40000 {
			s = s[:40000]
		}
		pdf, err := Build(hostileInput(s), Options{IncludeNotes: true})
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		if len(pdf) == 0 {
			t.Fatal("empty PDF")
		}
	})
}
