package cli

import (
	"flag"
	"fmt"
	"strconv"
)

func init() {
	register("schedule", "show or set the schedule test's plan start, tolerance and review date", runSchedule)
}

func runSchedule(env Env, args []string) error {
	fs := newFlags(env, "schedule", "[--plan-start YYYY-MM-DD] [--tolerance PERCENT] [--review-date YYYY-MM-DD]")
	start := fs.String("plan-start", "", "first day of every plan period; empty: 1 January of the report year")
	tol := fs.Float64("tolerance", 0, "percent: points a count may trail the elapsed share, share of the target a rate may miss by")
	review := fs.String("review-date", "", "the day progress and overdue pledges are judged on, in the window and every export; empty: today")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	set, err := s.ScheduleSettings()
	if err != nil {
		return err
	}
	changed := false
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "plan-start":
			set.PlanStart, changed = *start, true
		case "tolerance":
			set.Tolerance, changed = *tol, true
		case "review-date":
			set.ReviewDate, changed = *review, true
		}
	})
	if changed {
		if err := set.Validate(); err != nil {
			return usageErr("%v", err)
		}
		if err := s.SetScheduleSettings(set); err != nil {
			return err
		}
	}
	planStart := set.PlanStart
	if planStart == "" {
		planStart = "1 January of the report year"
	}
	fmt.Fprintf(env.Stdout, "plan start\t%s\ntolerance\t%s%%\n", planStart, strconv.FormatFloat(set.Tolerance, 'f', -1, 64))
	if set.ReviewDate != "" {
		fmt.Fprintf(env.Stdout, "review date\t%s\n", set.ReviewDate)
	}
	return nil
}
