package window

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
)

// droppedFiles sorts the files dropped on the window into review files to
// merge and report files to import; anything else is left out. An old Word
// .doc goes to the import, which says how to save it as .docx.
func droppedFiles(uris []fyne.URI) (reviews, reports []string) {
	for _, u := range uris {
		switch {
		case u.Scheme() != "file":
		case strings.EqualFold(filepath.Ext(u.Path()), ".json"):
			reviews = append(reviews, workspace.CleanPath(u.Path()))
		case workspace.IsReportFile(u.Path()) || strings.EqualFold(filepath.Ext(u.Path()), ".doc"):
			reports = append(reports, workspace.CleanPath(u.Path()))
		}
	}
	return reviews, reports
}

// importDropped shows the import preview of each dropped report file in
// turn, the next when the last is closed, and then calls then.
func (d *Desk) importDropped(paths []string, then func()) {
	if len(paths) == 0 {
		then()
		return
	}
	workspace.WarmReaders()
	d.importReportFile(paths[0], func(ip *importPreview) {
		rest := func() { d.importDropped(paths[1:], then) }
		if ip == nil {
			rest()
		} else {
			ip.dlg.SetOnClosed(rest)
		}
	})
}
