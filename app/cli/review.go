package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"pledgereview/app/internal/lang"
	"pledgereview/data"
)

func init() {
	register("review", "set my review of a pledge, as the window does", runReview)
}

// reviewFlags are the flags of review: what to change in my review.
type reviewFlags struct {
	scores, tags, evidence, progress multiFlag

	status, note, lead *string
	flagged            *bool
	set                map[string]bool // the flags given
}

func runReview(env Env, args []string) error {
	fs := newFlags(env, "review", "ID [--score specific=3 ...] [--status in_progress] [--flag] [--note TEXT] [--lead-unit UNIT] [--tag TAG] [--evidence 'TEXT|LINK|DATE'] [--progress 'N=VALUE@YYYY-MM-DD|SOURCE|LINK|DATE']")
	var rf reviewFlags
	fs.Var(&rf.scores, "score", "criterion=level (0-4), or criterion=- to clear; repeatable")
	rf.status = fs.String("status", "", "delivery status: its id or its English or Chinese label, one of\n"+statusHelp())
	rf.flagged = fs.Bool("flag", false, "flag for the meeting (--flag=false clears)")
	rf.note = fs.String("note", "", "note text")
	rf.lead = fs.String("lead-unit", "", "lead unit (牵头单位)")
	fs.Var(&rf.tags, "tag", "tag; repeatable (replaces the tags)")
	fs.Var(&rf.evidence, "evidence", "evidence as TEXT|LINK|DATE; repeatable (replaces the evidence)")
	fs.Var(&rf.progress, "progress", "progress of target N (1 = the first, as list shows; 0 = completion share 0-100 of the whole pledge) as N=VALUE@YYYY-MM-DD|SOURCE|LINK|DATE; repeatable, added to the series")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErr("give one pledge id, such as taiyuan-2021/01.01.00")
	}
	rf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { rf.set[f.Name] = true })
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
	rubric := s.Rubric()
	if err := rf.apply(&rv, rubric); err != nil {
		return err
	}
	if len(rf.progress) > 0 {
		if err := addProgress(env, s, id, rf.progress); err != nil {
			return err
		}
		if len(rf.set) == 1 {
			return nil // only progress: the review itself is left as it is
		}
	}
	saved, err := s.SaveReview(rv)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, reviewLine(id, saved))
	return nil
}

// apply changes in rv what the flags name, and nothing else.
func (rf *reviewFlags) apply(rv *data.Review, rubric data.Rubric) error {
	for _, sc := range rf.scores {
		if err := applyScore(rv, rubric, sc); err != nil {
			return err
		}
	}
	if rf.set["status"] {
		st, err := parseStatus(*rf.status)
		if err != nil {
			return err
		}
		rv.Status = st
	}
	if rf.set["flag"] {
		rv.Flag = *rf.flagged
	}
	if rf.set["note"] {
		rv.Note = *rf.note
	}
	if rf.set["lead-unit"] {
		rv.LeadUnit = *rf.lead
	}
	if rf.set["tag"] {
		rv.Tags = rf.tags
	}
	if rf.set["evidence"] {
		rv.Evidence = parseEvidence(rf.evidence)
	}
	return nil
}

// parseStatus reads a --status value; a wrong one is refused with the list
// of valid statuses.
func parseStatus(s string) (data.Status, error) {
	st, ok := data.ParseStatus(s)
	if !ok {
		return "", usageErr("unknown status %q; use one of: %s", s, strings.Join(data.StatusChoices(), ", "))
	}
	return st, nil
}

// statusHelp lists the statuses one per line, for --help.
func statusHelp() string {
	return "  " + strings.Join(data.StatusChoices(), "\n  ")
}

// parseEvidence reads --evidence TEXT|LINK|DATE values; link and date may
// be left out.
func parseEvidence(args []string) []data.Evidence {
	var out []data.Evidence
	for _, e := range args {
		parts := strings.SplitN(e, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		out = append(out, data.Evidence{Text: parts[0], Link: parts[1], Date: parts[2]})
	}
	return out
}

// reviewLine is what review prints of the saved review, in the words of
// the locale, as list prints the status.
func reviewLine(id string, saved data.Review) string {
	a, scored := saved.Average()
	if lang.Chinese() {
		avg := "未评分"
		if scored {
			avg = "均分 " + strconv.FormatFloat(a, 'f', 2, 64)
		}
		return id + "：" + statusWord(saved.Status) + "，" + avg
	}
	avg := "not scored"
	if scored {
		avg = "average " + strconv.FormatFloat(a, 'f', 2, 64)
	}
	return id + ": " + statusWord(saved.Status) + ", " + avg
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
