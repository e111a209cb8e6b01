package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"pledgereview/data"
)

func init() {
	register("review", "set my review of a pledge, as the window does", runReview)
}

func runReview(env Env, args []string) error {
	fs := newFlags(env, "review", "ID [--score specific=3 ...] [--status in_progress] [--flag] [--note TEXT] [--lead-unit UNIT] [--tag TAG] [--evidence 'TEXT|LINK|DATE'] [--progress 'N=VALUE@YYYY-MM-DD|SOURCE|LINK|DATE']")
	var scores, tags, evidence, progress multiFlag
	fs.Var(&scores, "score", "criterion=level (0-4), or criterion=- to clear; repeatable")
	status := fs.String("status", "", "delivery status id or label")
	flagged := fs.Bool("flag", false, "flag for the meeting (--flag=false clears)")
	note := fs.String("note", "", "note text")
	lead := fs.String("lead-unit", "", "lead unit (牵头单位)")
	fs.Var(&tags, "tag", "tag; repeatable (replaces the tags)")
	fs.Var(&evidence, "evidence", "evidence as TEXT|LINK|DATE; repeatable (replaces the evidence)")
	fs.Var(&progress, "progress", "progress of target N (1 = the first, as list shows; 0 = completion share 0-100 of the whole pledge) as N=VALUE@YYYY-MM-DD|SOURCE|LINK|DATE; repeatable, added to the series")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErr("give one pledge id, such as taiyuan-2021/01.01.00")
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	id := pos[0]
	rv, err := s.MyReview(id)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	rubric := s.Rubric()
	for _, sc := range scores {
		if err := applyScore(&rv, rubric, sc); err != nil {
			return err
		}
	}
	if set["status"] {
		st, ok := data.ParseStatus(*status)
		if !ok {
			return usageErr("unknown status %q", *status)
		}
		rv.Status = st
	}
	if set["flag"] {
		rv.Flag = *flagged
	}
	if set["note"] {
		rv.Note = *note
	}
	if set["lead-unit"] {
		rv.LeadUnit = *lead
	}
	if set["tag"] {
		rv.Tags = tags
	}
	if set["evidence"] {
		rv.Evidence = nil
		for _, e := range evidence {
			parts := strings.SplitN(e, "|", 3)
			for len(parts) < 3 {
				parts = append(parts, "")
			}
			rv.Evidence = append(rv.Evidence, data.Evidence{Text: parts[0], Link: parts[1], Date: parts[2]})
		}
	}
	if len(progress) > 0 {
		if err := addProgress(env, s, id, progress); err != nil {
			return err
		}
		if len(set) == 1 {
			return nil // only progress: the review itself is left as it is
		}
	}
	saved, err := s.SaveReview(rv)
	if err != nil {
		return err
	}
	avg := "not scored"
	if a, ok := saved.Average(); ok {
		avg = "average " + strconv.FormatFloat(a, 'f', 2, 64)
	}
	fmt.Fprintf(env.Stdout, "%s: %s, %s\n", id, saved.Status.Info().En, avg)
	return nil
}

func applyScore(rv *data.Review, rubric data.Rubric, arg string) error {
	k, v, ok := strings.Cut(arg, "=")
	if !ok {
		return usageErr("--score wants criterion=level, such as specific=3")
	}
	c := findCriterion(rubric, strings.TrimSpace(k))
	if c == nil {
		ids := make([]string, len(rubric.Criteria))
		for i, c := range rubric.Criteria {
			ids[i] = c.ID
		}
		return usageErr("unknown criterion %q (one of %s)", k, strings.Join(ids, ", "))
	}
	if strings.TrimSpace(v) == "-" {
		delete(rv.Scores, c.ID)
		return nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 || n > data.MaxScore {
		return usageErr("score %s=%s is out of range: use 0 to %d, or - to clear", c.ID, v, data.MaxScore)
	}
	if rv.Scores == nil {
		rv.Scores = map[string]int{}
	}
	rv.Scores[c.ID] = n
	return nil
}

func findCriterion(rb data.Rubric, key string) *data.Criterion {
	for i, c := range rb.Criteria {
		if c.ID == key || c.Zh == key || strings.EqualFold(c.En, key) {
			return &rb.Criteria[i]
		}
	}
	return nil
}
