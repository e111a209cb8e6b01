package workspace

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"pledgereview/app/briefing"
	"pledgereview/data"
	"pledgereview/data/share"
)

// PackInput gathers what a briefing pack or a spreadsheet of a report shows.
// Agreement and disputes are included once two or more reviewers have
// reviewed the report.
func (s *Session) PackInput(reportID string, now time.Time) (briefing.Input, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, err := s.store.Report(reportID)
	if err != nil {
		return briefing.Input{}, err
	}
	reviews, err := s.store.Reviews(reportID)
	if err != nil {
		return briefing.Input{}, err
	}
	reviewers, err := s.store.Reviewers()
	if err != nil {
		return briefing.Input{}, err
	}
	names := share.DisplayNames(reviewers)
	for i := range reviewers {
		reviewers[i].Name = names[reviewers[i].ID]
	}
	in := briefing.Input{Report: r, Rubric: s.store.Rubric(), Reviewers: reviewers, Me: s.Me.ID,
		Reviews: reviews, Workspace: filepath.Base(s.path), Generated: now}
	if err := s.addProgress(&in); err != nil {
		return briefing.Input{}, err
	}
	if reviewersWithReviews(reviews) >= 2 {
		in.Agreement = agreementRows(data.ReviewAgreement(in.Rubric, reviewers, reviews))
		for _, d := range data.Disputes(reviews) {
			in.Disputed = append(in.Disputed, briefing.DisputedPledge{PledgeID: d.PledgeID, Spread: float64(d.Amount), Reasons: disputeReasons(in.Rubric, d)})
		}
	}
	return in, nil
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

func agreementRows(ag data.Agreement) []briefing.AgreementRow {
	var rows []briefing.AgreementRow
	for _, c := range ag.Criteria {
		rows = append(rows, briefing.AgreementRow{Criterion: c.Criterion,
			Ordinal: c.Ordinal, OrdinalOK: c.OK && !math.IsNaN(c.Ordinal),
			Interval: c.Interval, IntervalOK: c.OK && !math.IsNaN(c.Interval), Pairs: c.Units})
	}
	rows = append(rows, briefing.AgreementRow{Criterion: briefing.StatusAgreement,
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

// WritePack builds a briefing pack and writes it to path through a temporary
// file, so a failed export never replaces a good file; a path that leads
// to one of own is refused before the pack is built.
func WritePack(own OwnFiles, path string, in briefing.Input, opt briefing.Options) error {
	if err := own.Check(path); err != nil {
		return err
	}
	pdf, err := briefing.Build(in, opt)
	if err != nil {
		return err
	}
	return writeExport(own, path, pdf)
}

// WriteTable writes the spreadsheet of a report: XLSX, or CSV when path ends
// in .csv; its own words are in the language l. A path that leads to one
// of own is refused.
func WriteTable(own OwnFiles, path string, in briefing.Input, l briefing.Language) error {
	if err := own.Check(path); err != nil {
		return err
	}
	var buf bytes.Buffer
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		err = briefing.WriteCSV(&buf, in, l)
	case ".xlsx":
		err = briefing.WriteXLSX(&buf, in, l)
	default:
		return fmt.Errorf("export table %s: the file name must end in .xlsx or .csv", path)
	}
	if err != nil {
		return fmt.Errorf("export table %s: %w", path, err)
	}
	return writeExport(own, path, buf.Bytes())
}

// CheckWritable tells early whether a file can be created in path's folder.
func CheckWritable(path string) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".pledgereview-check-*")
	if err != nil {
		return fmt.Errorf("%w in %s: %w", data.ErrCannotCreateFile, dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
