package window

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
)

// prefMergeFolder is the folder the last merged review files came from.
const prefMergeFolder = "share.merge.folder"

// mergePick is File → Merge colleagues' files…: the review files to merge,
// typed or pasted one per line, or added with Choose…; Next shows one plan
// for them all.
type mergePick struct {
	h      pickHost
	paths  *widget.Entry
	folder string // where Choose… opens
	dlg    *dialog.CustomDialog
}

// pickHost is what the pick needs of the desk: the file dialog, and the
// merge of the files picked.
type pickHost interface {
	host
	chooseFile(exts []string, folder string, then func(path string))
	mergeFiles(paths []string, ended func())
}

// choose adds a file chosen in the file dialog as a line of its own.
func (mp *mergePick) choose() {
	mp.h.chooseFile([]string{".json"}, mp.folder, mp.add)
}

func (mp *mergePick) add(path string) {
	mp.folder = filepath.Dir(path)
	text := strings.TrimRight(mp.paths.Text, "\n")
	if text != "" {
		text += "\n"
	}
	mp.paths.SetText(text + path)
}

// next plans the merge of the files given.
func (mp *mergePick) next() {
	if mp.paths.Validate() != nil {
		return
	}
	// the entry gives up the focus: hidden, its cursor would go on
	// blinking, and each blink redraws the window
	mp.h.window().Canvas().Unfocus()
	mp.dlg.Hide()
	mp.h.mergeFiles(pathLines(mp.paths.Text), nil)
}

// pathLines reads one path a line, as typed or pasted: blank lines are
// skipped, quotes around a path and a file:// before it are taken off, a
// ~ stands for the home folder, and a path given twice is kept once.
func pathLines(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		p := typedPath(line)
		if p == "" {
			continue
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// typedPath is a path as typed or pasted, cleaned.
func typedPath(line string) string {
	p := strings.Trim(strings.TrimSpace(line), `"'`)
	if u, err := url.Parse(p); err == nil && u.Scheme == "file" {
		p = u.Path // a pasted file:// address, its %20 decoded
	}
	if rest, ok := strings.CutPrefix(p, "~"); ok && (rest == "" || rest[0] == '/' || rest[0] == filepath.Separator) {
		if home, err := os.UserHomeDir(); err == nil {
			p = home + rest
		}
	}
	return workspace.CleanPath(p)
}

// mergeFolder is where colleagues' files are likely: the folder of the
// last merge, else Downloads, else the home folder.
func mergeFolder(last string) string {
	if last != "" && isDir(last) {
		return last
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if dl := filepath.Join(home, "Downloads"); isDir(dl) {
		return dl
	}
	return home
}
