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
