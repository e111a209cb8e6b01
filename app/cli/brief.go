package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"pledgereview/app/briefing"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("brief", "export a PDF briefing pack", runBrief)
	register("export-table", "export the pledges and reviews as XLSX or CSV", runExportTable)
}

func runBrief(env Env, args []string) error {
	fs := newFlags(env, "brief", "-o FILE.pdf [--kind full|meeting] [--scope all|flagged|chapter:N] [--reviewers me|all] [--no-notes] [--paper a4|letter] [--lang zh|en|both] [--as-of DATE]")
	kind := fs.String("kind", "full", "full (a block per pledge) or meeting (at most four pages: behind schedule, disputes, flagged)")
	out := fs.String("o", "", "output PDF file (required)")
	scope := fs.String("scope", "all", "all, flagged or chapter:N")
	who := fs.String("reviewers", "all", "me or all")
	noNotes := fs.Bool("no-notes", false, "leave the notes out")
	paper := fs.String("paper", "a4", "a4 or letter")
	lang := fs.String("lang", "both", "the language of the pack's own words: zh (中文), en or both; the report's text stays Chinese")
	reportID := fs.String("report", "", "report id (default: the seed, else the first)")
	asOf := asOfFlag(fs)
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageErr("give the output file with -o FILE.pdf")
	}
	opt := briefing.Options{IncludeNotes: !*noNotes, Paper: strings.ToLower(*paper)}
	if opt.Paper != briefing.PaperA4 && opt.Paper != briefing.PaperLetter {
		return usageErr("--paper is a4 or letter")
	}
	var ok bool
	if opt.Language, ok = briefing.ParseLanguage(*lang); !ok {
		return usageErr("--lang is zh, en or both")
	}
	var err error
	if opt.Kind, opt.Reviewers, err = parseKindAndReviewers(*kind, *who); err != nil {
		return err
	}
	if opt.Scope, err = parseScope(*scope); err != nil {
		return err
	}
	in, own, err := packInput(env, *reportID, *asOf)
	if err != nil {
		return err
	}
	if err := own.Check(*out); err != nil {
		return err
	}
	pdf, err := briefing.Build(in, opt)
	if errors.Is(err, briefing.ErrEmptyScope) {
		return fmt.Errorf("nothing to export: no pledge is in scope %q", *scope)
	}
	if err != nil {
		return err
	}
	if err := workspace.WriteExport(own, *out, pdf); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, wrote(*out))
	return nil
}

// parseKindAndReviewers reads --kind and --reviewers.
func parseKindAndReviewers(kind, who string) (briefing.Kind, briefing.ReviewerSet, error) {
	var k briefing.Kind
	var r briefing.ReviewerSet
	switch kind {
	case "full":
		k = briefing.KindFull
	case "meeting":
		k = briefing.KindMeeting
	default:
		return k, r, usageErr("--kind is full or meeting")
	}
	switch who {
	case "all":
		r = briefing.ReviewersAll
	case "me":
		r = briefing.ReviewersMe
	default:
		return k, r, usageErr("--reviewers is me or all")
	}
	return k, r, nil
}

func parseScope(v string) (briefing.Scope, error) {
	switch {
	case v == "all":
		return briefing.Scope{Kind: briefing.ScopeAll}, nil
	case v == "flagged":
		return briefing.Scope{Kind: briefing.ScopeFlagged}, nil
	case strings.HasPrefix(v, "chapter:"):
		n, err := strconv.Atoi(strings.TrimPrefix(v, "chapter:"))
		if err != nil || n < 1 {
			return briefing.Scope{}, usageErr("--scope chapter:N wants a chapter number, such as chapter:3")
		}
		return briefing.Scope{Kind: briefing.ScopeChapter, Chapter: n}, nil
	}
	return briefing.Scope{}, usageErr("--scope is all, flagged or chapter:N")
}

func runExportTable(env Env, args []string) error {
	fs := newFlags(env, "export-table", "-o FILE.xlsx|FILE.csv [--lang zh|en|both] [--as-of DATE]")
	out := fs.String("o", "", "output file, .xlsx or .csv (required)")
	langName := fs.String("lang", "both", "the language of the sheet's own words (headers, statuses): zh (中文), en or both; the report's text stays Chinese")
	reportID := fs.String("report", "", "report id (default: the seed, else the first)")
	asOf := asOfFlag(fs)
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageErr("give the output file with -o FILE.xlsx or -o FILE.csv")
	}
	l, ok := briefing.ParseLanguage(*langName)
	if !ok {
		return usageErr("--lang is zh, en or both")
	}
	in, own, err := packInput(env, *reportID, *asOf)
	if err != nil {
		return err
	}
	if err := own.Check(*out); err != nil {
		return err
	}
	raw, err := briefing.TableFile(*out, in, l)
	if err != nil {
		return err
	}
	if err := workspace.WriteExport(own, *out, raw); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, wrote(*out))
	return nil
}

// packInput reads what a pack or a spreadsheet of the report shows, as of
// the day asOf (YYYY-MM-DD, empty for today), and the files it may not be
// written over; the workspace is closed again before the file is built.
func packInput(env Env, reportID, asOf string) (briefing.Input, workspace.OwnFiles, error) {
	var day time.Time
	if asOf != "" {
		var err error
		if day, err = time.ParseInLocation(data.DateLayout, asOf, time.Local); err != nil {
			return briefing.Input{}, workspace.OwnFiles{}, usageErr("--as-of %q is not a date like 2021-12-31", asOf)
		}
	}
	s, r, err := openReport(env, reportID)
	if err != nil {
		return briefing.Input{}, workspace.OwnFiles{}, err
	}
	defer s.Close()
	set, err := s.ReviewSet(r.ID)
	if day.IsZero() {
		day = set.Schedule.AsOf(time.Now())
	}
	return briefing.NewInput(set, day), s.OwnFiles(), err
}

// asOfFlag is the day a pack judges progress and overdue pledges on.
func asOfFlag(fs *flag.FlagSet) *string {
	return fs.String("as-of", "", "the review date: the day the schedule test and \"overdue\" are judged on, YYYY-MM-DD (default: the workspace's review date, else today)")
}
