package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"pledgereview/app/internal/lang"
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
	if s.Me().Name == "" {
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
		path = share.DefaultFileName(r.ID, s.Me().Name, now)
	}
	f, err := s.WriteReviewFile(path, r.ID, *all, now)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, exportWritten(path, f, *all))
	return nil
}

// exportWritten says what a review file written at path holds: with all,
// my reviews, my colleagues' and those relayed as their authors signed them.
func exportWritten(path string, f share.File, all bool) string {
	c := f.Carried()
	if !all {
		return lang.X("cli.exportreview.wrote", "wrote {{.Path}} (reviews: {{.Reviews}}, reviewers: {{.Reviewers}})",
			map[string]any{"Path": path, "Reviews": c.Mine, "Reviewers": c.Reviewers})
	}
	args := map[string]any{"Path": path, "Mine": c.Mine, "Theirs": c.Theirs, "Relayed": c.Relayed, "From": c.RelayedFrom, "Reviewers": c.Reviewers}
	switch c.RelayedFrom {
	case 0:
		return lang.X("cli.exportreview.wrote.all.none", "wrote {{.Path}} (reviews: {{.Mine}} of mine, {{.Theirs}} of colleagues; reviewers: {{.Reviewers}})", args)
	case 1:
		return lang.X("cli.exportreview.wrote.all.one", "wrote {{.Path}} (reviews: {{.Mine}} of mine, {{.Theirs}} of colleagues, {{.Relayed}} relayed from 1 colleague as they signed them; reviewers: {{.Reviewers}})", args)
	}
	return lang.X("cli.exportreview.wrote.all", "wrote {{.Path}} (reviews: {{.Mine}} of mine, {{.Theirs}} of colleagues, {{.Relayed}} relayed from {{.From}} colleagues as they signed them; reviewers: {{.Reviewers}})", args)
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
			fmt.Fprintln(env.Stderr, lang.X("cli.merge.refused", "refused: {{.Reason}}", map[string]any{"Reason": refusalReason(fp.Path, fp.Err)}))
			continue
		}
		fmt.Fprint(env.Stdout, fp.Plan.Summary(summaryLanguage()))
	}
	failed := len(mp.Refused())
	if !*dry {
		res, err := s.ApplyMerges(mp)
		if err != nil {
			return err
		}
		backup := lang.X("cli.merge.nobackup", "nothing to write, no backup made")
		if mp.Changes() {
			backup = lang.X("cli.backupin", "backup in {{.Dir}}", map[string]any{"Dir": s.BackupDir()})
		}
		fmt.Fprintln(env.Stdout, lang.X("cli.merge.done",
			"merged {{.Merged}} of {{.Files}} files: {{.Written}} records written, {{.History}} history entries, {{.Reviewers}} reviewers added; {{.Backup}}",
			map[string]any{"Merged": len(pos) - failed, "Files": len(pos), "Written": res.Written, "History": res.History,
				"Reviewers": res.Reviewers, "Backup": backup}))
		if res.Placed > 0 {
			fmt.Fprintln(env.Stdout, lang.X("cli.merge.placed", "{{.N}} records kept unplaced found their pledge and were placed", map[string]any{"N": res.Placed}))
		}
	}
	if failed > 0 {
		return errors.New(lang.X("cli.merge.refusedcount", "{{.Refused}} of {{.Files}} files refused; the workspace is unchanged by them",
			map[string]any{"Refused": failed, "Files": len(pos)}))
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
	printAgreement(env, s.Rubric(), ag, disputes)
	return nil
}

// printAgreement prints the agreement table, its legend and the disputed
// pledges, in the user's language.
func printAgreement(env Env, rb data.Rubric, ag data.Agreement, disputes []data.Dispute) {
	row := func(name, ordinal, interval, units, note string) {
		fmt.Fprintln(env.Stdout, strings.TrimRight(padRight(name, 12)+" "+padLeft(ordinal, 8)+" "+padLeft(interval, 8)+" "+padLeft(units, 6)+note, " "))
	}
	row(lang.X("cli.agreement.criterion", "criterion"), lang.X("cli.agreement.ordinal", "ordinal"),
		lang.X("cli.agreement.interval", "interval"), lang.X("cli.agreement.units", "units"), "")
	for _, c := range ag.Criteria {
		row(criterionName(rb, c.Criterion), alphaCell(c.Ordinal, c.OK, c.TooFew), alphaCell(c.Interval, c.OK, c.TooFew), strconv.Itoa(c.Units), "")
	}
	status := "—"
	if ag.StatusTooFew {
		status = lang.X("cli.agreement.toofew", "too few")
	} else if ag.StatusOK {
		status = fmt.Sprintf("%.0f%%", ag.Status*100)
	}
	row(lang.X("cli.agreement.status", "status"), status, "", strconv.Itoa(ag.StatusUnits), lang.X("cli.agreement.percent", "   (percent agreement)"))
	fmt.Fprintln(env.Stdout, lang.X("cli.agreement.legend",
		"alpha: 1 = reviewers agree fully, 0 = no better than chance; below {{.Threshold}} too little agreement to conclude; \"too few\": fewer than {{.Min}} pledges scored by two reviewers",
		map[string]any{"Threshold": data.FormatAlpha(data.AlphaThreshold, true), "Min": data.MinAgreementPledges}))
	fmt.Fprintln(env.Stdout, lang.X("cli.agreement.disputed", "disputed pledges: {{.N}}", map[string]any{"N": len(disputes)}))
	for _, d := range disputes {
		fmt.Fprintln(env.Stdout, "  "+d.PledgeID+"\t"+lang.X("cli.agreement.disagreement", "disagreement {{.N}}", map[string]any{"N": d.Amount}))
	}
}

// criterionName is a criterion's id, or its Chinese label for a Chinese
// reader.
func criterionName(rb data.Rubric, id string) string {
	if c := rb.Criterion(id); c != nil && lang.Chinese() {
		return c.Zh
	}
	return id
}

// alphaCell is an alpha as data.FormatAlpha writes it, or "too few" when
// too few pledges were scored by two reviewers to give one.
func alphaCell(v float64, ok, tooFew bool) string {
	if tooFew {
		return lang.X("cli.agreement.toofew", "too few")
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
