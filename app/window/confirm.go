package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// confirmAction asks before an action: the buttons say 取消/Cancel and the
// action's own verb ("Replace", "Undo the merge"), never Fyne's Yes/No,
// which read 是/不 in Chinese. Enter takes the action, Esc cancels.
func confirmAction(w fyne.Window, title, question, verb string, do func()) dialog.Dialog {
	dlg := dialog.NewCustomConfirm(title, verb, lang.X("cancel", "Cancel"), newMessageLabel(question), func(ok bool) {
		if ok {
			do()
		}
	}, w)
	onDialogKeys(w, dlg, func() {
		dlg.Hide()
		do()
	})
	dlg.Show()
	return dlg
}
