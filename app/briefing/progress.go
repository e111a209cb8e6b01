package briefing

import (
	"pledgereview/data"
)

// attachProgress gives every pledge in scope its progress updates and the
// schedule test of them, on the pack's date.
func (m *model) attachProgress() {
	set := data.DefaultScheduleSettings()
	if m.in.Schedule != nil {
		set = *m.in.Schedule
	}
	m.schedule = set
	for _, u := range m.in.Progress {
		if it := m.byID[u.PledgeID]; it != nil {
			it.ups = append(it.ups, u)
		}
	}
	for _, it := range m.pledges {
		it.sug = data.Worst(data.Schedule(it.p, m.year, it.ups, m.in.Generated, set))
		it.overdue = data.Overdue(it.p, it.status, it.sug, m.in.Generated)
	}
}

// verdict is the pledge's line in the counts by verdict: overdue as
// data.Overdue says, done when the reviewers say so, else the schedule
// test's verdict.
func (it *item) verdict() data.Verdict {
	switch {
	case it.overdue:
		return data.VerdictOverdue
	case it.sug.Verdict == data.VerdictOverdue:
		return data.VerdictDone // overdue by the test, done by the reviewers
	}
	return it.sug.Verdict
}

// kindLabel names the pack in its running header and metadata.
func (m *model) kindLabel() string {
	if m.opt.Kind == KindMeeting {
		return m.tr("会议简报", "Meeting brief")
	}
	return m.tr("评审简报", "Briefing pack")
}
