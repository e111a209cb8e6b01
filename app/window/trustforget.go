package window

import (
	"bytes"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
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

// confirmForgetKey asks, before forgetting the key pinned for the author
// of a refused file, that the words of the new key were compared by
// phone; then forgets it and plans the file again, which pins the new key.
func (d *Desk) confirmForgetKey(changed *share.KeyChangedError, path string, ended func()) {
	who := data.CleanName(changed.Reviewer.Name)
	if who == "" {
		who = changed.Reviewer.ID
	}
	args := map[string]any{"Who": who, "Offered": keyWords(changed.Offered)}
	msg := lang.X("trust.forget.confirm", "Forget the key known here for {{.Who}} only if you called {{.Who}} and their program shows these words for their key:\n{{.Offered}}\nTheir files are then trusted with this new key, and this file is planned again.", args)
	sess := d.sess
	dialog.ShowCustomConfirm(lang.X("trust.forget.title", "A new key for {{.Who}}?", args), lang.X("trust.forget.yes", "Forget the old key"),
		lang.X("cancel", "Cancel"), newMessageLabel(msg), func(ok bool) {
			if !ok {
				ended()
				return
			}
			d.runJob(lang.X("trust.forgetting", "Forgetting the old key…"), func() error {
				_, err := sess.ForgetKey(changed.Reviewer.ID)
				return err
			}, func(err error) {
				if err != nil {
					showError(d.win, err)
					ended()
					return
				}
				d.acceptKey(changed.Reviewer.ID, changed.Offered) // its words were shown and confirmed
				d.mergeFiles([]string{path}, ended)
			})
		}, d.win)
}

// acceptKey remembers, for this session, a new key the user accepted for
// a reviewer after comparing its words.
func (d *Desk) acceptKey(reviewerID string, key []byte) {
	if d.keysAccepted == nil {
		d.keysAccepted = map[string][]byte{}
	}
	d.keysAccepted[reviewerID] = key
}

// acceptClaims accepts the claims of the files whose every claimed key is
// one the user accepted after comparing its words.
func (d *Desk) acceptClaims(mp *workspace.MultiPlan) {
	for i := range mp.Files {
		p := &mp.Files[i].Plan
		accepted := len(p.Claims) > 0
		for _, c := range p.Claims {
			accepted = accepted && bytes.Equal(d.keysAccepted[c.ReviewerID], c.PublicKey)
		}
		p.ClaimsAccepted = accepted
	}
}
