package window

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data/share"
)

// refusedOne says why the one file chosen is not merged. For a file signed
// with another key than the one pinned for its author, it offers to forget
// the old key: a colleague with a new laptop has a new key.
func (m *mergeFlow) refusedOne(fp workspace.FilePlan) {
	var changed *share.KeyChangedError
	if !errors.As(fp.Err, &changed) {
		showMergeRefused(m.h.window(), fp.Err, fp.Path, m.end)
		return
	}
	d := m.h
	fyne.LogError("merge "+fp.Path, fp.Err)
	var dlg dialog.Dialog
	forgetting := false
	forget := widget.NewButton(lang.X("trust.forget", "They have a new key…"), func() {
		forgetting = true
		dlg.Hide()
		d.confirmForgetKey(changed, fp.Path, m.end)
	})
	dlg = dialog.NewCustom(lang.X("share.refused.title", "The file was not merged"), lang.X("ok", "OK"),
		container.NewVBox(newMessageLabel(mergeRefusal(fp.Err, fp.Path)), container.NewHBox(forget)), d.window())
	dlg.SetOnClosed(func() {
		if !forgetting {
			m.end()
		}
	})
	dlg.Show()
}
