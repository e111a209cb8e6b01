package window

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/linebreak"
	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// sideBySide shows every reviewer's review of the selected pledge in
// columns, mine first: scores, status, note and evidence, read-only. It is
// hidden while nobody but me has reviewed the pledge. Rows where the
// reviewers disagree are marked.
type sideBySide struct {
	rubric  data.Rubric
	title   *widget.Label
	reasons *messageLabel
	rows    *fyne.Container // scrolls sideways when the columns need more width than the pane has
	box     *fyne.Container
}

func newSideBySide(rubric data.Rubric) *sideBySide {
	sb := &sideBySide{rubric: rubric, rows: container.NewVBox()}
	sb.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, strongStyle)
	sb.title.SizeName = theme.SizeNameSubHeadingText
	sb.reasons = newTextLabel("")
	sb.reasons.Importance = widget.DangerImportance
	sb.box = container.NewVBox(sb.title, sb.reasons, container.NewHScroll(sb.rows), widget.NewSeparator())
	sb.box.Hide()
	return sb
}

func (sb *sideBySide) clear() {
	sb.rows.RemoveAll()
	sb.box.Hide()
}

// show fills the columns for a pledge from the team's reviews; it hides
// the view when no colleague has reviewed the pledge.
func (sb *sideBySide) show(t *team, pledgeID string) {
	sb.clear()
	if t == nil {
		return
	}
	rs := t.reviewsOf(pledgeID)
	if !slices.ContainsFunc(rs, func(rv data.Review) bool { return rv.ReviewerID != t.me }) {
		return
	}
	dispute := t.disputes[pledgeID]
	sb.title.SetText(lang.X("side.title", "All reviewers ({{.N}})", map[string]any{"N": len(rs)}))
	sb.reasons.Hidden = dispute == nil
	if dispute != nil {
		sb.reasons.SetText(disputeText(sb.rubric, dispute))
	}
	crits, status := disputedParts(dispute)
	rows := append([]xwidget.Row{headRow(t, rs)}, sb.scoreRows(rs, crits)...)
	rows = append(rows, textRows(rs, status)...)
	xwidget.SetNamedRows(sb.rows, rows) // row names shown whole
	sb.box.Show()
	sb.box.Refresh()
}

// disputedParts says on which criteria, and whether on the status, the
// reviewers disagree.
func disputedParts(d *data.Dispute) (crits map[string]bool, status bool) {
	crits = map[string]bool{}
	if d == nil {
		return crits, false
	}
	for _, r := range d.Reasons {
		if r.Criterion != "" {
			crits[r.Criterion] = true
		} else {
			status = true
		}
	}
	return crits, status
}

// headRow names the reviewers, mine marked. A name is never cut: its
// column is at least as wide as each word of the name, and the name wraps
// at its spaces and before "(me)".
func headRow(t *team, rs []data.Review) xwidget.Row {
	head := make([]fyne.CanvasObject, 0, len(rs))
	for _, rv := range rs {
		name := t.name(rv.ReviewerID)
		shown := name
		if rv.ReviewerID == t.me {
			shown = lang.X("side.me", "{{.Name}} (me)", map[string]any{"Name": name})
		}
		l := newTextLabel(shown)
		l.TextStyle = strongStyle
		fitWidest(l, strings.Fields(name)...)
		head = append(head, l)
	}
	return xwidget.Row{Name: widget.NewLabel(""), Cells: head}
}

// scoreRows are the scores each reviewer gave, a row per criterion.
func (sb *sideBySide) scoreRows(rs []data.Review, disputed map[string]bool) []xwidget.Row {
	var rows []xwidget.Row
	for i := range sb.rubric.Criteria {
		c := &sb.rubric.Criteria[i]
		cells := make([]fyne.CanvasObject, 0, len(rs))
		for _, rv := range rs {
			s := "—"
			if v, ok := rv.Scores[c.ID]; ok {
				s = strconv.Itoa(v)
			}
			cells = append(cells, cell(s, disputed[c.ID], false))
		}
		rows = append(rows, xwidget.Row{Name: rowLabel(criterionLabel(c), disputed[c.ID]), Cells: cells})
	}
	return rows
}

// textRows are the statuses, and the notes and evidence when anyone wrote
// some.
func textRows(rs []data.Review, statusDisputed bool) []xwidget.Row {
	var status, notes, evidence []fyne.CanvasObject
	anyNote, anyEvidence := false, false
	for _, rv := range rs {
		st := statusLabel(rv.Status.OrNotRated())
		if rv.Flag {
			st += " · " + lang.X("filter.flag.yes", "Flagged")
		}
		status = append(status, cell(st, statusDisputed, true))
		note := strings.TrimSpace(rv.Note)
		notes = append(notes, cell(note, false, true))
		anyNote = anyNote || note != ""
		ev := evidenceLines(rv.Evidence)
		evidence = append(evidence, cell(ev, false, true))
		anyEvidence = anyEvidence || ev != ""
	}
	rows := []xwidget.Row{{Name: rowLabel(lang.X("form.status", "Delivery status"), statusDisputed), Cells: status}}
	if anyNote {
		rows = append(rows, xwidget.Row{Name: rowLabel(lang.X("form.note", "Note"), false), Cells: notes})
	}
	if anyEvidence {
		rows = append(rows, xwidget.Row{Name: rowLabel(lang.X("form.evidence", "Evidence"), false), Cells: evidence})
	}
	return rows
}

// evidenceLines is a reviewer's evidence, an entry a line, its link after
// it and its date below.
func evidenceLines(ev []data.Evidence) string {
	lines := make([]string, 0, len(ev))
	for _, e := range ev {
		line := "· " + e.Text
		if e.Link != "" {
			line += " " + e.Link
		}
		if e.Date != "" {
			line += "\n  " + e.Date
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func rowLabel(s string, disputed bool) *widget.Label {
	l := widget.NewLabel(s)
	styleCell(l, disputed)
	return l
}

func cell(s string, disputed, wrap bool) fyne.CanvasObject {
	if wrap {
		ml := newTextLabel(s)
		styleCell(&ml.Label, disputed)
		fitWidest(ml)
		return ml
	}
	l := widget.NewLabel(s)
	styleCell(l, disputed)
	return l
}

// fitWidest makes l ask for the width of the widest piece of its text the
// line breaker keeps whole (a word, a date such as "2022-02-01"), and of
// each of keep, so that its column never cuts one between characters.
func fitWidest(l *messageLabel, keep ...string) {
	measure := func(s string) float64 { return float64(l.measure(s)) }
	least := linebreak.Widest(l.message, measure)
	for _, k := range keep {
		least = max(least, measure(k))
	}
	l.maxWidth = max(textMinWidth, float32(least)+2*l.Theme().Size(theme.SizeNameInnerPadding))
}

func styleCell(l *widget.Label, disputed bool) {
	if disputed {
		l.Importance = widget.DangerImportance
		l.TextStyle = strongStyle
	}
}

// disputeText says where reviewers disagree: "Reviewers disagree: 具体性
// 1–4; status 已完成 / 滞后".
func disputeText(rb data.Rubric, d *data.Dispute) string {
	var parts []string
	for _, r := range d.Reasons {
		if r.Criterion != "" {
			name := r.Criterion
			if c := rb.Criterion(r.Criterion); c != nil {
				name = criterionLabel(c)
			}
			parts = append(parts, name+" "+strconv.Itoa(r.Min)+"–"+strconv.Itoa(r.Max))
			continue
		}
		var ss []string
		for _, s := range r.Statuses {
			ss = append(ss, statusLabel(s))
		}
		parts = append(parts, lang.X("side.status", "status {{.List}}", map[string]any{"List": strings.Join(ss, " / ")}))
	}
	return lang.X("side.disagree", "Reviewers disagree: {{.List}}", map[string]any{"List": strings.Join(parts, pick("；", "; "))})
}
