package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// onDropped merges the review files dropped on the window, all in one
// plan, after the import of any report files dropped with them.
func (d *Desk) onDropped(_ fyne.Position, uris []fyne.URI) {
	if d.sess == nil {
		return
	}
	if d.win.Canvas().Overlays().Top() != nil {
		// a plan, a merge or an export is on the screen: one thing at a time
		showMessage(lang.X("share.drop.busy.title", "Busy"),
			lang.X("share.drop.busy", "Finish or close the open dialog first, then drop the file again."), d.win)
		return
	}
	paths, reports := droppedFiles(uris)
	if len(paths) == 0 && len(reports) == 0 {
		showMessage(lang.X("share.drop.title", "Not a review file"),
			lang.X("share.drop.none", "Drop a review file (.json) that a colleague exported to merge it, or a report (.docx, .pdf, .html, .txt) to import it."), d.win)
		return
	}
	d.importDropped(reports, func() { d.mergeFiles(paths, nil) })
}
