package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
	"pledgereview/data/share"
)

// claimSection warns that a file signs, with a new key, for a colleague
// who sent unsigned files before, and offers to accept that key once its
// words were compared by phone: anyone can sign in the name of an id that
// never had a key, so the file is not merged until then.
func (m *mergeFlow) claimSection(c data.ReviewerKey) fyne.CanvasObject {
	args := map[string]any{"Who": m.name(c.ReviewerID)}
	warn := newTextLabel(lang.X("share.plan.claim.window", "{{.Who}} sent unsigned files before; this file signs in their name with a new key. It is not merged unless you accept the key after comparing its words with {{.Who}}.", args))
	warn.TextStyle = strongStyle
	accept := widget.NewButton(lang.X("share.plan.claim.accept", "Accept the new key of {{.Who}}…", args), func() { m.confirmClaim(c) })
	return container.NewVBox(warn, container.NewHBox(accept))
}

// confirmClaim shows the six words of a claimed key and, when the user
// says they match what the colleague reads out, accepts the key and shows
// the plan again, with the file to be merged.
func (m *mergeFlow) confirmClaim(c data.ReviewerKey) {
	args := map[string]any{"Who": m.name(c.ReviewerID), "Words": share.FingerprintWordsBoth(c.PublicKey)}
	msg := lang.X("share.plan.claim.confirm", "Accept this key only if you called {{.Who}} and their program shows these words for their key:\n{{.Words}}\nTheir files are then trusted with this key, and no other key can sign in their name.", args)
	dialog.ShowCustomConfirm(lang.X("share.plan.claim.title", "The new key of {{.Who}}?", args), lang.X("share.plan.claim.yes", "The words match: accept the key"),
		lang.X("cancel", "Cancel"), newMessageLabel(msg), func(ok bool) {
			if !ok {
				return
			}
			m.h.acceptKey(c.ReviewerID, c.PublicKey)
			m.h.acceptClaims(&m.mp)
			m.dlg.Hide()
			m.show()
		}, m.h.window())
}
