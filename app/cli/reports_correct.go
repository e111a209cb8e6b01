package cli

import (
	"fmt"
	"strconv"
	"strings"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// lineMakes are the corrections `report correct` takes by line number, as
// the import preview's buttons make them.
var lineMakes = []struct{ flag, make, help string }{
	{"chapter", data.MakeChapter, "make line N a chapter heading"},
	{"headline", data.MakeHeadline, "make line N a headline"},
	{"body", data.MakeBody, "make line N body text"},
	{"join", data.MakeJoinNext, "join line N with the next line"},
	{"annex", data.MakeAnnex, "an annex starts at line N"},
	{"review", data.MakeReview, "line N (a chapter heading: its chapter) reviews the past: outcomes"},
	{"plan", data.MakePlan, "line N (a chapter heading: its chapter) is plan: pledges"},
}

func runReportCorrect(env Env, args []string) error {
	fs := newFlags(env, "report", reportUsage("correct"))
	byLine := make([]multiFlag, len(lineMakes))
	for i, m := range lineMakes {
		fs.Var(&byLine[i], m.flag, m.help+" (N as --lines numbers them; may be given several times)")
	}
	var reviewCh, planCh multiFlag
	fs.Var(&reviewCh, "review-chapter", "chapter N reviews the past: its sentences are outcomes")
	fs.Var(&planCh, "plan-chapter", "chapter N is plan: its sentences are pledges")
	showLines := fs.Bool("lines", false, "print the report's lines, numbered, with what each is now; change nothing")
	reset := fs.Bool("reset", false, "drop the corrections made before")
	dry := fs.Bool("dry-run", false, "say what the corrections change and where the reviews would go; change nothing")
	pos, err := reportArgs(fs, args, 1, needReportID)
	if err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	dr, err := s.StoredDraft(pos[0])
	if err != nil {
		return err
	}
	if *showLines {
		printLines(env, dr)
		return nil
	}
	fixes, err := lineFixes(dr, byLine, reviewCh, planCh)
	if err != nil {
		return err
	}
	if len(fixes) == 0 && !*reset {
		return usageErr("give a correction (--chapter N, --headline N, … or --review-chapter N), or --reset")
	}
	before := dr.Report
	cs := fixes
	if !*reset {
		cs = workspace.WithCorrections(before.Corrections, fixes)
	}
	if err := dr.Correct(cs); err != nil {
		return err
	}
	if dr.Unstructured != nil {
		return fmt.Errorf("with these corrections %w", dr.Unstructured)
	}
	bc, bh, bp := before.Count()
	ac, ah, ap := dr.Report.Count()
	fmt.Fprintln(env.Stdout, lang.X("cli.report.corrected", "{{.ID}}: chapters {{.C0}} → {{.C1}}, headlines {{.H0}} → {{.H1}}, pledges {{.P0}} → {{.P1}}, outcomes {{.O0}} → {{.O1}}",
		map[string]any{"ID": before.ID, "C0": bc, "C1": ac, "H0": bh, "H1": ah, "P0": bp, "P1": ap, "O0": len(before.Outcomes()), "O1": len(dr.Report.Outcomes())}))
	return importAgain(env, s, dr.Report, *dry)
}

// lineFixes turns the flags into corrections of the draft's lines.
func lineFixes(dr *workspace.ReportDraft, byLine []multiFlag, reviewCh, planCh multiFlag) ([]data.Correction, error) {
	lines := dr.Lines()
	var out []data.Correction
	for i, m := range lineMakes {
		for _, v := range byLine[i] {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > len(lines) {
				return nil, usageErr("--%s %s: give a line number from 1 to %d (see --lines)", m.flag, v, len(lines))
			}
			out = append(out, data.Correction{Line: n - 1, Text: lines[n-1].Text, Make: m.make})
		}
	}
	for _, ch := range []struct {
		flag, make string
		ns         multiFlag
	}{{"review-chapter", data.MakeReview, reviewCh}, {"plan-chapter", data.MakePlan, planCh}} {
		for _, v := range ch.ns {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > len(dr.Report.Chapters) {
				return nil, usageErr("--%s %s: give a chapter number from 1 to %d", ch.flag, v, len(dr.Report.Chapters))
			}
			at := workspace.ChapterLine(dr.Report, lines, n-1)
			if at < 0 {
				return nil, fmt.Errorf("chapter %d (%s) has no heading line of its own: correct its first line with --%s N instead", n, dr.Report.Chapters[n-1].Title, ch.make)
			}
			out = append(out, data.Correction{Line: at, Text: lines[at].Text, Make: ch.make})
		}
	}
	return out, nil
}

// printLines prints the draft's lines numbered as the corrections count
// them, chapter headings and headlines marked.
func printLines(env Env, dr *workspace.ReportDraft) {
	lines := dr.Lines()
	mark := make([]string, len(lines))
	for i := range dr.Report.Chapters {
		if at := workspace.ChapterLine(dr.Report, lines, i); at >= 0 {
			mark[at] = lang.X("cli.report.line.chapter", "chapter {{.N}}", map[string]any{"N": i + 1})
		}
	}
	heads := map[int]bool{}
	for _, p := range dr.Report.Pledges() {
		if p.IsHeadline() {
			heads[p.Start] = true
		}
	}
	for i, l := range lines {
		if mark[i] == "" && heads[l.Start] {
			mark[i] = lang.X("cli.report.line.headline", "headline")
		}
		fmt.Fprintf(env.Stdout, "%d\t%s\t%s\n", i+1, mark[i], strings.TrimSpace(l.Text))
	}
}
