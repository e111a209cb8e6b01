package window

// The desk's side of merging review files: the merge flow (mergedialog.go)
// and the keys the user accepts.

import (
	"bytes"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// mergeFiles plans the merge of review files off the UI goroutine, then
// shows the plan of them all, or says why none of them can be merged.
// ended, when not nil, is called once the flow is over.
func (d *Desk) mergeFiles(paths []string, ended func()) {
	if d.sess == nil || len(paths) == 0 {
		if ended != nil {
			ended()
		}
		return
	}
	sess := d.sess
	m := &mergeFlow{h: d, ended: ended}
	var reviewers []data.Reviewer
	d.runJob(lang.X("share.reading", "Reading the review files…"), func() error {
		var err error
		if m.mp, err = sess.PlanMerges(paths); err != nil {
			return err
		}
		reviewers, err = sess.Reviewers()
		return err
	}, func(err error) {
		if err != nil {
			showError(d.win, err)
			m.end()
			return
		}
		d.acceptClaims(&m.mp)
		m.names = planNames(reviewers, m.mp)
		if len(m.mp.Refused()) == len(m.mp.Files) {
			m.showRefused()
			return
		}
		m.show()
	})
}

func (d *Desk) onMergeFile() {
	if d.sess == nil {
		return
	}
	mp := &mergePick{h: d, folder: mergeFolder(d.app.Preferences().String(prefMergeFolder))}
	mp.paths = widget.NewMultiLineEntry()
	mp.paths.Wrapping = fyne.TextWrapOff
	// an example, said to be one, so that it is not taken for a path given
	mp.paths.SetPlaceHolder(lang.X("share.pick.example", "e.g. {{.Path}}",
		map[string]any{"Path": filepath.Join(mp.folder, "taiyuan-2021-李雷-2021-11-30.pledgereview.json")}))
	mp.paths.SetMinRowsVisible(4)
	mp.paths.Validator = func(s string) error {
		if len(pathLines(s)) == 0 {
			return errors.New(lang.X("share.pick.empty", "Give at least one review file"))
		}
		return nil
	}
	help := newMessageLabel(lang.X("share.pick.help", "The review files (.json) your colleagues sent you, one per line: type or paste their paths, or add them with Choose a file…. All of them are merged at once, with one backup."))
	choose := widget.NewButtonWithIcon(lang.X("share.pick.choose", "Choose a file…"), theme.FolderOpenIcon(), mp.choose)
	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() { mp.dlg.Hide() })
	next := widget.NewButtonWithIcon(lang.X("share.pick.next", "Show what merging does"), theme.NavigateNextIcon(), mp.next)
	next.Importance = widget.HighImportance
	next.Disable() // until a path is given: with none it would do nothing
	mp.paths.OnChanged = func(s string) {
		if len(pathLines(s)) == 0 {
			next.Disable()
		} else {
			next.Enable()
		}
	}
	body := container.NewBorder(help, container.NewHBox(choose), nil, nil, mp.paths)
	mp.dlg = dialog.NewCustomWithoutButtons(lang.X("share.pick.title", "Merge colleagues' review files"), body, d.win)
	mp.dlg.SetButtons([]fyne.CanvasObject{cancel, next})
	mp.dlg.Resize(fyne.NewSize(680, mp.dlg.MinSize().Height))
	mp.dlg.Show()
	d.win.Canvas().Focus(mp.paths)
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
