package cli

import (
	"fmt"

	"pledgereview/app/workspace"
)

func init() {
	register("import-report", "add a report file (.docx, .pdf, .html, .txt) to the workspace", runImportReport)
}

func runImportReport(env Env, args []string) error {
	fs := newFlags(env, "import-report", "[--id ID] FILE")
	id := fs.String("id", "", "report id (default: from the file name)")
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
	if err := s.AddReport(r); err != nil {
		return err
	}
	c, h, p := r.Count()
	fmt.Fprintf(env.Stdout, "added %s: %s — %d chapters, %d headlines, %d pledges\n", r.ID, r.Title, c, h, p)
	return nil
}
