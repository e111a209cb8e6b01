package cli

import (
	"fmt"

	"pledgereview/app/internal/lang"
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
		return usageErr("%s", lang.X("cli.import.usage", "give one report file (.docx, .pdf, .html or .txt)"))
	}
	r, err := workspace.ParseReportFile(pos[0], *id)
	if err != nil {
		return importError(pos[0], err)
	}
	s, err := openOrCreate(env)
	if err != nil {
		return err
	}
	defer s.Close()
	sayCut(env, r)
	if *again {
		return importError(pos[0], importAgain(env, s, r, *dry))
	}
	if err := s.AddReport(r); err != nil {
		return importError(pos[0], err)
	}
	fmt.Fprintln(env.Stdout, addedLine(r))
	return nil
}

// addedLine says what import-report added: the report's id and title, and
// how many chapters, headlines and pledges it holds.
func addedLine(r *data.Report) string {
	c, h, p := r.Count()
	chapters := lang.X("cli.count.chapter", "{{.N}} chapters", map[string]any{"N": c})
	if c == 1 {
		chapters = lang.X("cli.count.chapter.one", "1 chapter")
	}
	headlines := lang.X("cli.count.headline", "{{.N}} headlines", map[string]any{"N": h})
	if h == 1 {
		headlines = lang.X("cli.count.headline.one", "1 headline")
	}
	pledges := lang.X("cli.count.pledge", "{{.N}} pledges", map[string]any{"N": p})
	if p == 1 {
		pledges = lang.X("cli.count.pledge.one", "1 pledge")
	}
	return lang.X("cli.import.added", "added {{.ID}}: {{.Title}} — {{.Chapters}}, {{.Headlines}}, {{.Pledges}}",
		map[string]any{"ID": r.ID, "Title": r.Title, "Chapters": chapters, "Headlines": headlines, "Pledges": pledges})
}

// sayCut tells that sentences too long for a pledge were cut into pieces:
// the file most likely lacks its full stops.
func sayCut(env Env, r *data.Report) {
	if r.Cut == 0 {
		return
	}
	if r.Cut == 1 {
		fmt.Fprintln(env.Stdout, lang.X("cli.import.cut.one", "{{.ID}}: 1 over-long sentence was cut into pieces, each marked truncated (the file may lack its full stops)",
			map[string]any{"ID": r.ID}))
		return
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.import.cut", "{{.ID}}: {{.N}} over-long sentences were cut into pieces, each marked truncated (the file may lack its full stops)",
		map[string]any{"ID": r.ID, "N": r.Cut}))
}

// importAgain replaces a report by a corrected version of it, its reviews
// moved to the pledges with their text, after saying where they go.
func importAgain(env Env, s *workspace.Session, r *data.Report, dry bool) error {
	plan, err := s.PlanReimport(r)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.reimport.plan", "{{.ID}} imported again: {{.Sim}} of sentences aligned; pledges with reviews: {{.Kept}} on the same id, {{.Moved}} moved (found by text), {{.NotFound}} not found (their reviews are kept unplaced)",
		map[string]any{"ID": r.ID, "Sim": fmt.Sprintf("%.1f %%", 100*plan.Similarity), "Kept": plan.Kept, "Moved": plan.Moved, "NotFound": plan.NotFound}))
	for _, id := range plan.Changed {
		fmt.Fprintln(env.Stdout, lang.X("cli.reimport.changed", "  text changed, reviews to look at: {{.ID}}", map[string]any{"ID": id}))
	}
	if dry {
		return nil
	}
	res, err := s.ApplyReimport(plan)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.reimport.done", "done: reviews kept {{.Kept}}, moved {{.Moved}}, kept unplaced {{.Unplaced}}, placed that were unplaced {{.Placed}}; {{.Backup}}",
		map[string]any{"Kept": res.Kept, "Moved": res.Moved, "Unplaced": res.Unplaced, "Placed": res.Placed,
			"Backup": lang.X("cli.backupin", "backup in {{.Dir}}", map[string]any{"Dir": s.BackupDir()})}))
	return nil
}
