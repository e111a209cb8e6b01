package briefing

import (
	"fmt"
	"math"
	"strings"
	"time"

	"pledgereview/data"
)

// NewInput is what a pack or a spreadsheet shows of a workspace's reviews
// of a report, made at generated. Agreement and disputes are included once
// two or more reviewers have reviewed the report.
func NewInput(set data.ReviewSet, generated time.Time) Input {
	schedule := set.Schedule
	in := Input{Report: set.Report, Rubric: set.Rubric, Reviewers: set.Reviewers, Me: set.Me,
		Reviews: set.Reviews, Workspace: set.Workspace, Generated: generated,
		Progress: set.Progress, Schedule: &schedule}
	if reviewersWithReviews(set.Reviews) >= 2 {
		in.Agreement = agreementRows(data.ReviewAgreement(in.Rubric, set.Reviewers, set.Reviews))
		for _, d := range data.Disputes(set.Reviews) {
			in.Disputed = append(in.Disputed, DisputedPledge{PledgeID: d.PledgeID, Spread: float64(d.Amount), Reasons: disputeReasons(in.Rubric, d)})
		}
	}
	return in
}

func reviewersWithReviews(reviews []data.Review) int {
	seen := map[string]bool{}
	for _, rv := range reviews {
		if rv.Reviewed() {
			seen[rv.ReviewerID] = true
		}
	}
	return len(seen)
}

func agreementRows(ag data.Agreement) []AgreementRow {
	var rows []AgreementRow
	for _, c := range ag.Criteria {
		rows = append(rows, AgreementRow{Criterion: c.Criterion,
			Ordinal: c.Ordinal, OrdinalOK: c.OK && !math.IsNaN(c.Ordinal),
			Interval: c.Interval, IntervalOK: c.OK && !math.IsNaN(c.Interval), Pairs: c.Units})
	}
	rows = append(rows, AgreementRow{Criterion: StatusAgreement,
		Percent: ag.Status * 100, PercentOK: ag.StatusOK && !math.IsNaN(ag.Status), Pairs: ag.StatusUnits})
	return rows
}

// disputeReasons words a dispute for the pack, in Chinese.
func disputeReasons(rb data.Rubric, d data.Dispute) []string {
	var out []string
	for _, r := range d.Reasons {
		if r.Criterion == "" {
			labels := make([]string, len(r.Statuses))
			for i, st := range r.Statuses {
				labels[i] = st.Info().Zh
			}
			out = append(out, "状态不一："+strings.Join(labels, " / "))
			continue
		}
		label := r.Criterion
		if c := rb.Criterion(r.Criterion); c != nil {
			label = c.Zh
		}
		out = append(out, fmt.Sprintf("%s评分 %d–%d", label, r.Min, r.Max))
	}
	return out
}
