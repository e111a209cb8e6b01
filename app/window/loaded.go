package window

import (
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// loadedReport is a report read from the store with everything the desk
// builds from it; readReport makes it off the UI goroutine when it can.
type loadedReport struct {
	reports  []data.ReportInfo
	report   *data.Report
	index    *data.Index
	team     *team
	tallies  data.Tallies
	progress *workspace.ProgressView
	lookAt   map[string]string // pledges whose text changed under their reviews: the text reviewed
}

// readReport reads report id (or the workspace's default report when id is
// unknown) with every reviewer's reviews. It touches no widget.
func readReport(sess *workspace.Session, id string) (loadedReport, error) {
	l, err := sess.LoadDesk(id, time.Now())
	if err != nil {
		return loadedReport{}, err
	}
	mine := map[string]data.Review{}
	for _, rv := range l.Reviews {
		if rv.ReviewerID == sess.Me().ID {
			mine[rv.PledgeID] = rv
		}
	}
	ix := data.NewIndex(l.Report, sess.Me().ID, mine)
	return loadedReport{reports: l.Reports, report: l.Report, index: ix,
		team: newTeam(ix, sess.Me().ID, l.Reviewers, l.Reviews), tallies: ix.Tallies(), progress: l.Progress,
		lookAt: l.TextChanged}, nil
}
