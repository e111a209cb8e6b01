package cli

import (
	"fmt"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("import-report", "add a report file (.docx, .pdf, .html, .txt) to the workspace", runImportReport)
}

func runImportReport(env Env, args []string) error {
	fs := newFlags(env, "import-report", "[--id ID] [--again [--dry-run]] FILE")
	id := fs.String("id", "", "report id (default: from the file name)")
	again := fs.Bool("again", false, "import a corrected version of a report already here: its reviews follow their pledges' text")
	dry := fs.Bool("dry-run", false, "with --again: say where the reviews would go, change nothing")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErr("give one report file (.docx, .pdf, .html or .txt)")
	}
	r, err := workspace.ParseReportFile(pos[0], *id)
	if err != nil {
		return err
	}
	s, err := openOrCreate(env)
	if err != nil {
		return err
	}
	defer s.Close()
	if *again {
		return importAgain(env, s, r, *dry)
	}
	if err := s.AddReport(r); err != nil {
		return err
	}
	c, h, p := r.Count()
	fmt.Fprintf(env.Stdout, "added %s: %s — %d chapters, %d headlines, %d pledges\n", r.ID, r.Title, c, h, p)
	return nil
}

// importAgain replaces a report by a corrected version of it, its reviews
// moved to the pledges with their text, after saying where they go.
func importAgain(env Env, s *workspace.Session, r *data.Report, dry bool) error {
	plan, err := s.PlanReimport(r)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s imported again: %.1f %% of sentences aligned\n", r.ID, 100*plan.Similarity)
	fmt.Fprintf(env.Stdout, "  pledges with reviews: %d on the same id, %d moved (found by text), %d not found (their reviews are kept unplaced)\n",
		plan.Kept, plan.Moved, plan.NotFound)
	for _, id := range plan.Changed {
		fmt.Fprintf(env.Stdout, "  text changed, reviews to look at: %s\n", id)
	}
	if dry {
		return nil
	}
	res, err := s.ApplyReimport(plan)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "done: %d reviews kept, %d moved, %d kept unplaced, %d placed that were unplaced; a backup is in %s\n",
		res.Kept, res.Moved, res.Unplaced, res.Placed, s.BackupDir())
	return nil
}
