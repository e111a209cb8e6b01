package window

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// importPreview shows a parsed report before it is added: front matter,
// chapters, annexes, headlines, pledges, glossary terms and the lines set
// aside, and lets the user correct the structure line by line. Add stores
// the report with its corrections; Cancel leaves the workspace as it was.
type importPreview struct {
	h      importHost
	draft  *workspace.ReportDraft
	report *data.Report
	fixes  []data.Correction
	lines  []workspace.DraftLine
	roles  []string // what the parse made of each line: a lineRole
	sel    int      // selected line, -1 for none
	// version is set when the draft is a new version of a stored report
	// (its structure corrected again, or a new file of it): saving it goes
	// through the re-import plan, and its id stays.
	version bool

	summary *messageLabel
	id      *widget.Entry // the report id, which the file name may not give well
	// title is the report's title; proposed is what the preview proposed
	// when the file has none, with titleNote saying so.
	title     *widget.Entry
	titleNote *messageLabel
	proposed  string
	outline   *messageLabel
	list      *widget.List
	line      *messageLabel // the selected line, whole
	fixList   *messageLabel // the corrections made so far
	find      *widget.Entry // a line number or words to find in the lines
	// effects says, for each corrected line, what its correction changed
	effects map[int]string
	makes   map[string]*widget.Button
	undo    *widget.Button
	tabs    *container.AppTabs
	dlg     *dialog.ConfirmDialog
}

// importHost is what the import preview needs of the desk: the report
// added to the workspace and put on the desk.
type importHost interface {
	host
	addReport(r *data.Report)
	// reimportReport saves a new version of a stored report through the
	// re-import plan, on the user's word.
	reimportReport(r *data.Report)
}
