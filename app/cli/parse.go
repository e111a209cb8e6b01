package cli

import (
	"encoding/json"

	"pledgereview/app/workspace"
)

func init() {
	register("parse", "print a report file (.docx, .pdf, .html, .txt) as structured JSON (no workspace)", runParse)
}

func runParse(env Env, args []string) error {
	fs := newFlags(env, "parse", "[--id ID] FILE")
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
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
