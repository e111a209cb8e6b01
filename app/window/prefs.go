package window

import (
	"encoding/json"
	"strings"

	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Preference keys. Window size, the last selected pledge and the filters
// survive a restart.
const (
	prefWidth      = "window.width"
	prefHeight     = "window.height"
	prefLastPledge = "pledge.last"
	prefLastReport = "report.last"
	prefFilter     = "pledge.filter"
	prefDisputed   = "pledge.filter.disputed"
	prefVariant    = "view.variant"
	prefLanguage   = "view.language"
	prefRecent     = "workspace.recent"
)

const maxRecent = 8

// savedFilter is the part of data.Filter the window offers, as stored.
type savedFilter struct {
	Text           string      `json:"text,omitempty"`
	Chapter        int         `json:"chapter,omitempty"`
	Headline       int         `json:"headline,omitempty"`
	Status         data.Status `json:"status,omitempty"`
	Flagged        data.Tri    `json:"flagged,omitempty"`
	Scored         data.Tri    `json:"scored,omitempty"`
	HasTarget      data.Tri    `json:"has_target,omitempty"`
	DeadlineBefore string      `json:"deadline_before,omitempty"`
}

func filterToSaved(f data.Filter) savedFilter {
	s := savedFilter{Text: f.Text, Chapter: f.Chapter, Headline: f.Headline, Flagged: f.Flagged,
		Scored: f.Scored, HasTarget: f.HasTarget, DeadlineBefore: f.DeadlineBefore}
	if len(f.Statuses) == 1 {
		s.Status = f.Statuses[0]
	}
	return s
}

func (s savedFilter) filter() data.Filter {
	f := data.Filter{Text: s.Text, Chapter: s.Chapter, Headline: s.Headline, Flagged: s.Flagged,
		Scored: s.Scored, HasTarget: s.HasTarget, DeadlineBefore: s.DeadlineBefore}
	if s.Status.Valid() {
		f.Statuses = []data.Status{s.Status}
	}
	return f
}

func loadFilter(p fyne.Preferences) data.Filter {
	var s savedFilter
	if raw := p.String(prefFilter); raw != "" {
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return data.Filter{}
		}
	}
	return s.filter()
}

func storeFilter(p fyne.Preferences, f data.Filter) {
	raw, err := json.Marshal(filterToSaved(f))
	if err == nil {
		p.SetString(prefFilter, string(raw))
	}
}

// recentWorkspaces lists the workspaces opened lately, newest first.
func recentWorkspaces(p fyne.Preferences) []string {
	var out []string
	for _, s := range p.StringList(prefRecent) {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func rememberWorkspace(p fyne.Preferences, path string) {
	list := []string{path}
	for _, s := range recentWorkspaces(p) {
		if !workspace.SamePath(s, path) && len(list) < maxRecent {
			list = append(list, s)
		}
	}
	p.SetStringList(prefRecent, list)
}
