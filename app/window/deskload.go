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

// applyReport puts a loaded report on the desk.
func (d *Desk) applyReport(l loadedReport) {
	if d.loaded.report == nil || d.loaded.report.ID != l.report.ID {
		d.listing.filter.Chapter, d.listing.filter.Headline = 0, 0
	}
	if d.loaded.report != nil && d.loaded.report.ID != l.report.ID {
		d.dropFilters()
	}
	d.loaded = l
	// the rows were of the report before: none is shown until the filter
	// runs over the new one, or a redraw in between reads past its end
	d.listing.rows = nil
	d.listing.cache.Clear()
	d.sel.row = -1
	d.app.Preferences().SetString(prefLastReport, l.report.ID)
}
