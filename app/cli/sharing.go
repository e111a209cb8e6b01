package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

func init() {
	register("export-review", "write a review file to send to colleagues", runExportReview)
	register("merge", "merge colleagues' review files into the workspace", runMerge)
	register("agreement", "how far the reviewers agree (Krippendorff's alpha)", runAgreement)
}

// errNoName refuses a review file from a reviewer without a name: the
// colleague would see only a key ("k-otrx…"). The window asks the name first.
var errNoName = errors.New("set your name first, so colleagues see who reviewed: pledgereview whoami --name NAME; nothing was written")

func runExportReview(env Env, args []string) error {
	fs := newFlags(env, "export-review", "[-o FILE] [--all] [--report ID]")
	out := fs.String("o", "", "output file (default: <report>-<reviewer>-<date>.pledgereview.json)")
	all := fs.Bool("all", false, "every reviewer's reviews, not only mine")
	reportID := fs.String("report", "", "report id (default: the report you reviewed, else the seed)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	if s.Me.Name == "" {
		return errNoName
	}
	var r *data.Report
	if *reportID == "" {
		r, err = s.MyReport()
		if errors.Is(err, workspace.ErrSeveralReports) {
			return usageErr("%v; choose one with --report ID", err)
		}
	} else {
		r, err = s.Report(*reportID)
	}
	if err != nil {
		return err
	}
	now := time.Now()
	path := *out
	if path == "" {
		path = share.DefaultFileName(r.ID, s.Me.Name, now)
	}
	f, err := s.WriteReviewFile(path, r.ID, *all, now)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wrote %s (reviews: %d, reviewers: %d)\n", path, len(f.Reviews), len(f.Reviewers))
	return nil
}

func runMerge(env Env, args []string) error {
	fs := newFlags(env, "merge", "[--dry-run] [--accept-unsigned] [--accept-key] FILE...")
	dry := fs.Bool("dry-run", false, "print the plan and change nothing")
	unsigned := fs.Bool("accept-unsigned", false, "merge unsigned files of the first version too (nothing proves who wrote them)")
	claims := fs.Bool("accept-key", false, "accept a new key for a colleague whose earlier files were unsigned, after comparing its six words with them")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageErr("give one or more review files")
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	mp, err := s.PlanMerges(pos)
	if err != nil {
		return err
	}
	if *unsigned {
		mp.AcceptUnsigned()
	} else {
		mp.RefuseUnsigned()
	}
	if *claims {
		mp.AcceptClaims()
	} else {
		mp.RefuseClaims()
	}
	for _, fp := range mp.Files {
		if fp.Err != nil {
			fmt.Fprintf(env.Stderr, "refused %s\n", oneLine(fp.Err))
			continue
		}
		fmt.Fprint(env.Stdout, fp.Plan.Summary("en"))
	}
	failed := len(mp.Refused())
	if !*dry {
		res, err := s.ApplyMerges(mp)
		if err != nil {
			return err
		}
		backup := "nothing to write, no backup made"
		if mp.Changes() {
			backup = "backup in " + s.BackupDir()
		}
		fmt.Fprintf(env.Stdout, "merged %d of %d files: %d records written, %d history entries, %d reviewers added; %s\n",
			len(pos)-failed, len(pos), res.Written, res.History, res.Reviewers, backup)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files refused; the workspace is unchanged by them", failed, len(pos))
	}
	return nil
}

func runAgreement(env Env, args []string) error {
	fs := newFlags(env, "agreement", "[--json] [--report ID]")
	asJSON := fs.Bool("json", false, "print JSON")
	reportID := fs.String("report", "", "report id (default: the seed, else the first)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, r, err := openReport(env, *reportID)
	if err != nil {
		return err
	}
	defer s.Close()
	reviews, err := s.Reviews(r.ID)
	if err != nil {
		return err
	}
	reviewers, err := s.Reviewers()
	if err != nil {
		return err
	}
	ag := data.ReviewAgreement(s.Rubric(), reviewers, reviews)
	disputes := data.Disputes(reviews)
	if *asJSON {
		return printAgreementJSON(env, ag, disputes)
	}
	fmt.Fprintf(env.Stdout, "%-12s %8s %8s %6s\n", "criterion", "ordinal", "interval", "units")
	for _, c := range ag.Criteria {
		fmt.Fprintf(env.Stdout, "%-12s %8s %8s %6d\n", c.Criterion, alphaCell(c.Ordinal, c.OK, c.TooFew), alphaCell(c.Interval, c.OK, c.TooFew), c.Units)
	}
	status := "—"
	if ag.StatusTooFew {
		status = "too few"
	} else if ag.StatusOK {
		status = fmt.Sprintf("%.0f%%", ag.Status*100)
	}
	fmt.Fprintf(env.Stdout, "%-12s %8s %8s %6d   (percent agreement)\n", "status", status, "", ag.StatusUnits)
	fmt.Fprintf(env.Stdout, "alpha: 1 = reviewers agree fully, 0 = no better than chance; below %s too little agreement to conclude; \"too few\": fewer than %d pledges scored by two reviewers\n", data.FormatAlpha(data.AlphaThreshold, true), data.MinAgreementPledges)
	fmt.Fprintf(env.Stdout, "disputed pledges: %d\n", len(disputes))
	for _, d := range disputes {
		fmt.Fprintf(env.Stdout, "  %s\tdisagreement %d\n", d.PledgeID, d.Amount)
	}
	return nil
}

// alphaCell is an alpha as data.FormatAlpha writes it, or "too few" when
// too few pledges were scored by two reviewers to give one.
func alphaCell(v float64, ok, tooFew bool) string {
	if tooFew {
		return "too few"
	}
	return data.FormatAlpha(v, ok)
}

func printAgreementJSON(env Env, ag data.Agreement, disputes []data.Dispute) error {
	type crit struct {
		Criterion string   `json:"criterion"`
		Ordinal   *float64 `json:"ordinal"`
		Interval  *float64 `json:"interval"`
		Units     int      `json:"units"`
	}
	out := struct {
		Criteria []crit         `json:"criteria"`
		Status   *float64       `json:"status_agreement"`
		Units    int            `json:"status_units"`
		Disputes []data.Dispute `json:"disputes"`
	}{Units: ag.StatusUnits, Disputes: disputes}
	opt := func(v float64, ok bool) *float64 {
		if !ok || math.IsNaN(v) {
			return nil
		}
		return &v
	}
	for _, c := range ag.Criteria {
		out.Criteria = append(out.Criteria, crit{c.Criterion, opt(c.Ordinal, c.OK), opt(c.Interval, c.OK), c.Units})
	}
	out.Status = opt(ag.Status, ag.StatusOK)
	if out.Disputes == nil {
		out.Disputes = []data.Dispute{}
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
