package app

import (
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
	d       *Desk
	title   *widget.Label
	reasons *widget.Label
	rows    *fyne.Container
	box     *fyne.Container

	names []string // the column heads shown, for tests
}

// labelColumn is the width of the column naming the rows.
const labelColumn = 88

func newSideBySide(d *Desk) *sideBySide {
	sb := &sideBySide{d: d, rows: container.NewVBox()}
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
	sb.names = nil
	sb.rows.RemoveAll()
	sb.box.Hide()
}

// show fills the columns for a pledge.
func (sb *sideBySide) show(pledgeID string) {
	t := sb.d.team
	sb.rows.RemoveAll()
	sb.names = nil
	if t == nil {
		sb.box.Hide()
		return
	}
	rs := t.reviewsOf(pledgeID)
	others := 0
	for _, rv := range rs {
		if rv.ReviewerID != t.me {
			others++
		}
	}
	if others == 0 {
		sb.box.Hide()
		return
	}
	sb.title.SetText(lang.X("side.title", "All reviewers ({{.N}})", map[string]any{"N": len(rs)}))
	dispute := t.disputes[pledgeID]
	if dispute != nil {
		sb.reasons.SetText(disputeText(sb.d.sess.Store.Rubric(), dispute))
		sb.reasons.Show()
	} else {
		sb.reasons.Hide()
	}
	disputedCrit := map[string]bool{}
	statusDisputed := false
	if dispute != nil {
		for _, r := range dispute.Reasons {
			if r.Criterion != "" {
				disputedCrit[r.Criterion] = true
			} else {
				statusDisputed = true
			}
		}
	}

	head := make([]fyne.CanvasObject, 0, len(rs))
	for _, rv := range rs {
		name := t.name(rv.ReviewerID)
		if rv.ReviewerID == t.me {
			name = lang.X("side.me", "{{.Name}} (me)", map[string]any{"Name": name})
		}
		sb.names = append(sb.names, name)
		l := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		head = append(head, l)
	}
	sb.addRow(widget.NewLabel(""), head)

	rb := sb.d.sess.Store.Rubric()
	for i := range rb.Criteria {
		c := &rb.Criteria[i]
		cells := make([]fyne.CanvasObject, 0, len(rs))
		for _, rv := range rs {
			s := "—"
			if v, ok := rv.Scores[c.ID]; ok {
				s = strconv.Itoa(v)
			}
			cells = append(cells, sb.cell(s, disputedCrit[c.ID], false))
		}
		sb.addRow(sb.rowLabel(criterionLabel(c), disputedCrit[c.ID]), cells)
	}

	status := make([]fyne.CanvasObject, 0, len(rs))
	notes := make([]fyne.CanvasObject, 0, len(rs))
	evidence := make([]fyne.CanvasObject, 0, len(rs))
	anyNote, anyEvidence := false, false
	for _, rv := range rs {
		st := statusLabel(rv.Status.OrNotRated())
		if rv.Flag {
			st += " · " + lang.X("filter.flag.yes", "Flagged")
		}
		status = append(status, sb.cell(st, statusDisputed, true))
		notes = append(notes, sb.cell(strings.TrimSpace(rv.Note), false, true))
		anyNote = anyNote || strings.TrimSpace(rv.Note) != ""
		var ev []string
		for _, e := range rv.Evidence {
			line := "· " + e.Text
			if e.Link != "" {
				line += " " + e.Link
			}
			if e.Date != "" {
				line += "\n  " + e.Date
			}
			ev = append(ev, line)
		}
		evidence = append(evidence, sb.cell(strings.Join(ev, "\n"), false, true))
		anyEvidence = anyEvidence || len(ev) > 0
	}
	sb.addRow(sb.rowLabel(lang.X("form.status", "Delivery status"), statusDisputed), status)
	if anyNote {
		sb.addRow(sb.rowLabel(lang.X("form.note", "Note"), false), notes)
	}
	if anyEvidence {
		sb.addRow(sb.rowLabel(lang.X("form.evidence", "Evidence"), false), evidence)
	}
	sb.box.Show()
	sb.box.Refresh()
}

func (sb *sideBySide) rowLabel(s string, disputed bool) *widget.Label {
	l := widget.NewLabel(s)
	l.Truncation = fyne.TextTruncateEllipsis
	if disputed {
		l.Importance = widget.DangerImportance
		l.TextStyle = fyne.TextStyle{Bold: true}
	}
	return l
}

func (sb *sideBySide) cell(s string, disputed, wrap bool) fyne.CanvasObject {
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

// addRow adds a line of the table: its name in a column of fixed width,
// then one cell per reviewer in columns of equal width.
func (sb *sideBySide) addRow(label fyne.CanvasObject, cells []fyne.CanvasObject) {
	left := container.New(&fixedWidth{w: labelColumn}, label)
	sb.rows.Add(container.NewBorder(nil, nil, left, nil, container.NewGridWithColumns(len(cells), cells...)))
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
