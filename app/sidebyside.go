package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// sideBySide shows every reviewer's review of the selected pledge in
// columns, mine first: scores, status, note and evidence, read-only. It is
// hidden while nobody but me has reviewed the pledge. Rows where the
// reviewers disagree are marked.
type sideBySide struct {
	rubric  data.Rubric
	title   *widget.Label
	reasons *widget.Label
	rows    *fyne.Container
	box     *fyne.Container
}

func newSideBySide(rubric data.Rubric) *sideBySide {
	sb := &sideBySide{rubric: rubric, rows: container.NewVBox()}
	sb.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sb.title.SizeName = theme.SizeNameSubHeadingText
	sb.reasons = widget.NewLabel("")
	sb.reasons.Wrapping = wrapping()
	sb.reasons.Importance = widget.DangerImportance
	sb.box = container.NewVBox(sb.title, sb.reasons, sb.rows, widget.NewSeparator())
	sb.box.Hide()
	return sb
}

func (sb *sideBySide) clear() {
	sb.rows.RemoveAll()
	sb.box.Hide()
}

// sideRow is a line of the table: what it shows, one cell per reviewer.
type sideRow struct {
	label *widget.Label
	cells []fyne.CanvasObject
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
	rows := append([]sideRow{headRow(t, rs)}, sb.scoreRows(rs, crits)...)
	rows = append(rows, textRows(rs, status)...)
	sb.lay(rows)
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

// headRow names the reviewers, mine marked.
func headRow(t *team, rs []data.Review) sideRow {
	head := make([]fyne.CanvasObject, 0, len(rs))
	for _, rv := range rs {
		name := t.name(rv.ReviewerID)
		if rv.ReviewerID == t.me {
			name = lang.X("side.me", "{{.Name}} (me)", map[string]any{"Name": name})
		}
		l := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		head = append(head, l)
	}
	return sideRow{widget.NewLabel(""), head}
}

// scoreRows are the scores each reviewer gave, a row per criterion.
func (sb *sideBySide) scoreRows(rs []data.Review, disputed map[string]bool) []sideRow {
	var rows []sideRow
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
		rows = append(rows, sideRow{rowLabel(criterionLabel(c), disputed[c.ID]), cells})
	}
	return rows
}

// textRows are the statuses, and the notes and evidence when anyone wrote
// some.
func textRows(rs []data.Review, statusDisputed bool) []sideRow {
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
	rows := []sideRow{{rowLabel(lang.X("form.status", "Delivery status"), statusDisputed), status}}
	if anyNote {
		rows = append(rows, sideRow{rowLabel(lang.X("form.note", "Note"), false), notes})
	}
	if anyEvidence {
		rows = append(rows, sideRow{rowLabel(lang.X("form.evidence", "Evidence"), false), evidence})
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
		return ml
	}
	l := widget.NewLabel(s)
	styleCell(l, disputed)
	return l
}

func styleCell(l *widget.Label, disputed bool) {
	if disputed {
		l.Importance = widget.DangerImportance
		l.TextStyle = fyne.TextStyle{Bold: true}
	}
}

// lay puts the rows in the table: their names in a column as wide as the
// widest name (an English "Delivery status" is shown whole), then one cell
// per reviewer in columns of equal width.
func (sb *sideBySide) lay(rows []sideRow) {
	w := float32(0)
	for _, r := range rows {
		w = max(w, r.label.MinSize().Width)
	}
	for _, r := range rows {
		left := container.New(&fixedWidth{w: w}, r.label)
		sb.rows.Add(container.NewBorder(nil, nil, left, nil, container.NewGridWithColumns(len(r.cells), r.cells...)))
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

// fixedWidth lays out one object at a fixed width and its own height.
type fixedWidth struct{ w float32 }

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(l.w, h)
}

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
