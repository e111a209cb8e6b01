package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("report", "manage the workspace's reports: list, rename, correct, replace, remove", runReport)
}

// reportUsages are the sub-commands of `report` with their arguments, in
// the order usage lists them.
var reportUsages = [][2]string{
	{"list", "list"},
	{"rename", "rename REPORT --title TITLE"},
	{"correct", "correct REPORT [--lines] [--chapter N] [--headline N] [--body N] [--join N] [--annex N] [--review N] [--plan N] [--review-chapter N] [--plan-chapter N] [--reset] [--dry-run]"},
	{"replace", "replace REPORT FILE [--dry-run]"},
	{"remove", "remove REPORT [--yes]"},
}

func runReport(env Env, args []string) error {
	run := map[string]func(Env, []string) error{"list": runReportList, "rename": runReportRename, "correct": runReportCorrect,
		"replace": runReportReplace, "remove": runReportRemove}
	var names []string
	for _, u := range reportUsages {
		names = append(names, u[0])
	}
	if len(args) == 0 {
		return usageErr("give one of %s", strings.Join(names, ", "))
	}
	if r, ok := run[args[0]]; ok {
		return r(env, args[1:])
	}
	return usageErr("unknown report command %q: give one of %s", args[0], strings.Join(names, ", "))
}

// needReportID is what a sub-command given no report id, or several, says.
const needReportID = "give one report id (see: pledgereview report list)"

// reportArgs parses the flags of a report sub-command and returns its
// arguments, which must be n; else the usage error need.
func reportArgs(fs *flag.FlagSet, args []string, n int, need string) ([]string, error) {
	pos, err := parseArgs(fs, args)
	if err == nil && len(pos) != n {
		err = usageErr("%s", need)
	}
	return pos, err
}

func reportUsage(name string) string {
	for _, u := range reportUsages {
		if u[0] == name {
			return u[1]
		}
	}
	return name
}

func runReportList(env Env, args []string) error {
	fs := newFlags(env, "report", reportUsage("list"))
	if _, err := reportArgs(fs, args, 0, "report list takes no argument"); err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	sums, err := s.ReportSummaries()
	if err != nil {
		return err
	}
	// the columns' names, one word each, are tab-separated as the rows
	fmt.Fprintln(env.Stdout, strings.Join(strings.Fields(lang.X("cli.report.header", "ID TITLE YEAR PLACE PLEDGES OUTCOMES REVIEWS IMPORTED")), "\t"))
	for _, r := range sums {
		imported := "-"
		if !r.Imported.IsZero() {
			imported = r.Imported.Local().Format("2006-01-02 15:04")
		}
		// one line a report, its columns split by tabs: no tab or line
		// break of a title may split them otherwise
		title, place := strings.Join(strings.Fields(r.Title), " "), r.Place
		if title == "" {
			title = "-"
		}
		if place == "" {
			place = "-"
		}
		fmt.Fprintf(env.Stdout, "%s\t%s\t%d\t%s\t%d\t%d\t%d\t%s\n", r.ID, title, r.Year, place, r.Pledges, r.Outcomes, r.Reviews, imported)
	}
	return nil
}

func runReportRename(env Env, args []string) error {
	fs := newFlags(env, "report", reportUsage("rename"))
	title := fs.String("title", "", "the new title")
	newID := fs.String("id", "", "a new id: refused (see below)")
	pos, err := reportArgs(fs, args, 1, needReportID)
	if err != nil {
		return err
	}
	if *newID != "" && *newID != pos[0] {
		return usageErr("%s", lang.X("cli.report.noid", "a report keeps its id: its pledges, their reviews and the colleagues' review files name it by it; change the title with --title"))
	}
	if strings.TrimSpace(*title) == "" {
		return usageErr("give the new title with --title")
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.RenameReport(pos[0], *title); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.report.renamed", "{{.ID}} is now titled {{.Title}}", map[string]any{"ID": pos[0], "Title": strings.TrimSpace(*title)}))
	return nil
}

func runReportReplace(env Env, args []string) error {
	fs := newFlags(env, "report", reportUsage("replace"))
	dry := fs.Bool("dry-run", false, "say where the reviews would go, change nothing")
	pos, err := reportArgs(fs, args, 2, "give the report id and the file of its new version")
	if err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	dr, err := s.ReplacementDraft(context.Background(), pos[1], pos[0])
	if err != nil {
		return err
	}
	if dr.Unstructured != nil {
		return dr.Unstructured
	}
	return importAgain(env, s, dr.Report, *dry)
}

func runReportRemove(env Env, args []string) error {
	fs := newFlags(env, "report", reportUsage("remove"))
	yes := fs.Bool("yes", false, "remove it (without it, only say what would go)")
	pos, err := reportArgs(fs, args, 1, needReportID)
	if err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	sum, err := reportSummary(s, pos[0])
	if err != nil {
		return err
	}
	if sum.Title == "" {
		sum.Title = "-"
	}
	if !*yes {
		progress := lang.X("cli.count.progress", "{{.N}} progress updates", map[string]any{"N": sum.Progress})
		if sum.Progress == 1 {
			progress = lang.X("cli.count.progress.one", "1 progress update")
		}
		return usageErr("%s", lang.X("cli.report.removeask", "removing {{.ID}} ({{.Title}}) takes {{.Reviews}} and {{.Progress}} with it; give --yes to remove it (a backup is made first: `pledgereview undo` brings it back)",
			map[string]any{"ID": sum.ID, "Title": sum.Title, "Reviews": reviewsCount(sum.Reviews), "Progress": progress}))
	}
	n, err := s.RemoveReport(sum.ID)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.report.removed", "removed {{.ID}} and its {{.Reviews}}; {{.Backup}}; `pledgereview undo` brings it back",
		map[string]any{"ID": sum.ID, "Reviews": reviewsCount(n), "Backup": lang.X("cli.backupin", "backup in {{.Dir}}", map[string]any{"Dir": s.BackupDir()})}))
	return nil
}

// reportSummary is the summary of the report id, or an error naming the
// reports there are.
func reportSummary(s *workspace.Session, id string) (data.ReportSummary, error) {
	sums, err := s.ReportSummaries()
	if err != nil {
		return data.ReportSummary{}, err
	}
	var ids []string
	for _, r := range sums {
		if r.ID == id {
			return r, nil
		}
		ids = append(ids, r.ID)
	}
	return data.ReportSummary{}, fmt.Errorf("there is no report %s in the workspace (it holds %s)", id, strings.Join(ids, ", "))
}
