package cli

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("list", "list the pledges of a report with my review", runList)
}

// listedPledge is one line of `list --json`.
type listedPledge struct {
	data.Pledge
	Review data.Review `json:"review"`
}

func runList(env Env, args []string) error {
	fs := newFlags(env, "list", "[--json] [--report ID] [--filter TEXT] [--status S] [--flagged] ...")
	asJSON := fs.Bool("json", false, "print JSON")
	reportID := fs.String("report", "", "report id (default: the seed, else the first)")
	f, err := filterFlags(fs)
	if err != nil {
		return err
	}
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	filter, err := f.build()
	if err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	ix, err := loadIndex(s, *reportID)
	if err != nil {
		return err
	}
	rows := ix.Filter(filter)
	if *asJSON {
		out := make([]listedPledge, 0, len(rows))
		for _, i := range rows {
			out = append(out, listedPledge{ix.Rows[i].Pledge, ix.Rows[i].Mine})
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, i := range rows {
		row := ix.Rows[i]
		avg := "-"
		if a, ok := row.Mine.Average(); ok {
			avg = strconv.FormatFloat(a, 'f', 1, 64)
		}
		flag := ""
		if row.Mine.Flag {
			flag = "⚑"
		}
		fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\t%s\n", row.Pledge.ID, statusWord(row.Mine.Status), avg, flag, row.Pledge.Text)
	}
	return nil
}

func reportOrDefault(s *workspace.Session, reportID string) (*data.Report, error) {
	if reportID == "" {
		return s.DefaultReport()
	}
	return s.Report(reportID)
}

// openReport opens the workspace and the report named, or the default one.
func openReport(env Env, reportID string) (*workspace.Session, *data.Report, error) {
	s, err := openSession(env)
	if err != nil {
		return nil, nil, err
	}
	r, err := reportOrDefault(s, reportID)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, r, nil
}

func loadIndex(s *workspace.Session, reportID string) (*data.Index, error) {
	r, err := reportOrDefault(s, reportID)
	if err != nil {
		return nil, err
	}
	mine, err := s.MyReviews(r.ID)
	if err != nil {
		return nil, err
	}
	return data.NewIndex(r, s.Me().ID, mine), nil
}

type filterArgs struct {
	text, statuses, before, scores *string
	chapter, headline              *int
	flagged, target, reviewed      *string
}

func filterFlags(fs interface {
	String(string, string, string) *string
	Int(string, int, string) *int
}) (*filterArgs, error) {
	return &filterArgs{
		text:     fs.String("filter", "", "Chinese (or any) substring of the text or id"),
		statuses: fs.String("status", "", "comma-separated statuses, each its id or its English or Chinese label (e.g. in_progress,behind_schedule or 推进中), of\n"+statusHelp()),
		before:   fs.String("deadline-before", "", "only pledges due before this date (YYYY-MM-DD)"),
		scores:   fs.String("score", "", "average score range MIN-MAX (e.g. 0-1.5)"),
		chapter:  fs.Int("chapter", 0, "only this chapter"),
		headline: fs.Int("headline", 0, "with --chapter: only this headline"),
		flagged:  fs.String("flagged", "", "yes or no"),
		target:   fs.String("has-target", "", "yes or no"),
		reviewed: fs.String("reviewed", "", "yes or no"),
	}, nil
}

func (a *filterArgs) build() (data.Filter, error) {
	f := data.Filter{Text: *a.text, Chapter: *a.chapter, Headline: *a.headline, DeadlineBefore: *a.before}
	if *a.before != "" {
		if _, err := time.Parse("2006-01-02", *a.before); err != nil {
			return f, usageErr("--deadline-before wants a date as YYYY-MM-DD, such as 2021-06-30")
		}
	}
	if *a.statuses != "" {
		for _, s := range strings.Split(*a.statuses, ",") {
			st, err := parseStatus(s)
			if err != nil {
				return f, err
			}
			f.Statuses = append(f.Statuses, st)
		}
	}
	if *a.scores != "" {
		lo, hi, ok := strings.Cut(*a.scores, "-")
		min, err1 := strconv.ParseFloat(lo, 64)
		max, err2 := strconv.ParseFloat(hi, 64)
		if !ok || err1 != nil || err2 != nil || min > max || min < 0 || max > data.MaxScore {
			return f, usageErr("--score wants MIN-MAX between 0 and %d, such as 2-4", data.MaxScore)
		}
		f.ScoreRange, f.MinScore, f.MaxScore = true, min, max
	}
	var err error
	for _, t := range []struct {
		dst *data.Tri
		v   string
	}{{&f.Flagged, *a.flagged}, {&f.HasTarget, *a.target}, {&f.Reviewed, *a.reviewed}} {
		if *t.dst, err = parseTri(t.v); err != nil {
			return f, err
		}
	}
	return f, nil
}

func parseTri(v string) (data.Tri, error) {
	switch strings.ToLower(v) {
	case "":
		return data.Any, nil
	case "yes", "y", "true", "1":
		return data.Yes, nil
	case "no", "n", "false", "0":
		return data.No, nil
	}
	return data.Any, usageErr("%q is not yes or no", v)
}
