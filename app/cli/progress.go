package cli

import (
	"fmt"
	"time"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// addProgress records the --progress arguments of `review` in one
// transaction and prints the schedule test of the pledge after them.
func addProgress(env Env, s *workspace.Session, id string, args []string) error {
	ups := make([]data.ProgressUpdate, 0, len(args))
	for _, a := range args {
		u, err := data.ParseProgress(a)
		if err != nil {
			return usageErr("%v", err)
		}
		u.PledgeID = id
		ups = append(ups, u)
	}
	if _, err := s.AddProgress(ups...); err != nil {
		return err
	}
	r, err := s.Report(reportOf(id))
	if err != nil {
		return err
	}
	p, _ := r.Pledge(id)
	v, err := s.Progress(r, time.Now())
	if err != nil {
		return err
	}
	for _, sg := range data.Schedule(p, r.Year, v.Of(id), v.Today, v.Settings) {
		verdict, why := sg.Verdict.Info().En, sg.En
		if lang.Chinese() {
			verdict, why = sg.Verdict.Info().Zh, sg.Zh
		}
		fmt.Fprintf(env.Stdout, "%s #%d: %s\n  %s\n", id, sg.Target, verdict, why)
	}
	return nil
}

func reportOf(pledgeID string) string {
	for i := 0; i < len(pledgeID); i++ {
		if pledgeID[i] == '/' {
			return pledgeID[:i]
		}
	}
	return pledgeID
}
