package window

import (
	"slices"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// mergeFlow is the merge of the review files a user chose or dropped: one
// plan for them all in one dialog, and on Merge one backup, one
// transaction, and one undo that takes them all back.
type mergeFlow struct {
	h      mergeHost
	mp     workspace.MultiPlan
	names  map[string]string // display names of the reviewers known and added
	dlg    *dialog.CustomDialog
	btn    *widget.Button // Merge
	accept *widget.Check  // unsigned files: the user trusts them
	ended  func()         // called once when the flow is over; may be nil
}

// mergeHost is what a merge needs of the desk: a report read in the
// merge's own job goes on the desk with reloadWith.
type mergeHost interface {
	host
	reloadWith(l loadedReport)
	confirmForgetKey(changed *share.KeyChangedError, path string, ended func())
	acceptKey(reviewerID string, key []byte)
	acceptClaims(mp *workspace.MultiPlan)
}

// planNames gives every reviewer known or added by the plans a name that
// tells them apart.
func planNames(known []data.Reviewer, mp workspace.MultiPlan) map[string]string {
	all := slices.Clone(known)
	for _, fp := range mp.Files {
		all = append(all, fp.Plan.ReviewersAdded...)
	}
	return share.DisplayNames(all)
}

func (m *mergeFlow) name(id string) string {
	if n, ok := m.names[id]; ok {
		return n
	}
	return id
}

func (m *mergeFlow) end() {
	if e := m.ended; e != nil {
		m.ended = nil
		e()
	}
}
