package window

import (
	"fmt"
	"path/filepath"
	"strings"

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

// showRefused says why no file can be merged.
func (m *mergeFlow) showRefused() {
	refused := m.mp.Refused()
	if len(refused) == 1 {
		m.refusedOne(refused[0])
		return
	}
	var lines []string
	for _, fp := range refused {
		fyne.LogError("merge "+fp.Path, fp.Err)
		lines = append(lines, mergeRefusalLine(fp.Err, fp.Path))
	}
	lines = append(lines, lang.X("share.refused.unchanged", "Nothing in the workspace was changed."))
	dlg := newMessage(lang.X("share.refused.title.many", "The files were not merged"), strings.Join(lines, "\n\n"), m.h.window())
	dlg.SetOnClosed(m.end)
	dlg.Show()
}

// show puts the plan of every file in one dialog with Merge and Cancel.
func (m *mergeFlow) show() {
	files := container.NewVBox()
	unsigned := false
	for i, fp := range m.mp.Files {
		if i > 0 {
			files.Add(widget.NewSeparator())
		}
		if fp.Err != nil {
			files.Add(m.refusedSection(fp))
			continue
		}
		files.Add(m.fileSection(fp))
		unsigned = unsigned || fp.Plan.Unsigned
	}
	scroll := container.NewVScroll(files)
	scroll.SetMinSize(fyne.NewSize(0, min(420, files.MinSize().Height)))
	body := container.NewBorder(nil, m.footer(unsigned), nil, nil, scroll)

	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() {
		m.dlg.Hide()
		m.end()
	})
	m.btn = widget.NewButtonWithIcon(lang.X("share.plan.merge", "Merge"), theme.ConfirmIcon(), m.merge)
	m.btn.Importance = widget.HighImportance
	m.enableMerge()
	m.dlg = dialog.NewCustomWithoutButtons(lang.X("share.plan.title", "Merge colleagues' review files"), body, m.h.window())
	m.dlg.SetButtons([]fyne.CanvasObject{cancel, m.btn})
	m.dlg.Resize(fyne.NewSize(680, m.dlg.MinSize().Height))
	m.dlg.Show()
}

// enableMerge turns Merge on when merging would write something.
func (m *mergeFlow) enableMerge() {
	if m.mp.Changes() {
		m.btn.Enable()
	} else {
		m.btn.Disable()
	}
}

// footer says what Merge does, and asks for trust in unsigned files.
func (m *mergeFlow) footer(unsigned bool) fyne.CanvasObject {
	note := lang.X("share.plan.note", "Only the records of the reviewers these files carry are written, and only where a file's edit is newer. A backup of the workspace is made first; File → Undo last merge takes the whole merge back.")
	if !m.mp.Changes() && !unsigned {
		note = lang.X("share.plan.nothing", "These files hold nothing new for this workspace: merging them would change nothing.")
	}
	box := container.NewVBox(widget.NewSeparator(), caption(note))
	if unsigned {
		m.accept = widget.NewCheck(lang.X("share.plan.accept", "I trust how the unsigned files reached me: merge them"), func(on bool) {
			for i := range m.mp.Files {
				m.mp.Files[i].Plan.Accepted = on
			}
			m.enableMerge()
		})
		box.Add(m.accept)
	}
	return box
}

// refusedSection is a file that is not merged, and why.
func (m *mergeFlow) refusedSection(fp workspace.FilePlan) fyne.CanvasObject {
	fyne.LogError("merge "+fp.Path, fp.Err)
	head := newTextLabel(data.ShownFileName(fp.Path))
	head.TextStyle = strongStyle
	why := newMessageLabel(lang.X("share.plan.refused", "Not merged: {{.Why}}", map[string]any{"Why": mergeRefusalLine(fp.Err, fp.Path)}))
	return container.NewVBox(head, why)
}

// fileSection is what merging one file does.
func (m *mergeFlow) fileSection(fp workspace.FilePlan) fyne.CanvasObject {
	p := fp.Plan
	exporter := data.CleanName(p.Exporter.Name)
	if exporter == "" {
		exporter = p.Exporter.ID
	}
	report := p.ReportID
	if p.FileReportID != "" && p.FileReportID != p.ReportID {
		report = lang.X("share.plan.sameas", "{{.Report}} (the same report as {{.Theirs}})",
			map[string]any{"Report": p.ReportID, "Theirs": data.CleanName(p.FileReportID)})
	}
	head := newTextLabel(lang.X("share.plan.head", "{{.File}}\nexported by {{.Who}} on {{.When}}, for report {{.Report}}",
		map[string]any{"File": data.ShownFileName(fp.Path), "Who": exporter, "When": p.Exported.Local().Format("2006-01-02 15:04"), "Report": report}))
	head.TextStyle = strongStyle
	box := container.NewVBox(head, m.counts(p))
	if len(p.Rejected) > 0 {
		box.Add(widget.NewLabel(lang.X("share.plan.why", "Rejected records, and why:")))
		box.Add(m.rejected(p.Rejected))
	}
	for _, k := range p.Keys {
		box.Add(newTextLabel(lang.X("share.plan.newkey", "First key of {{.Who}}, kept from now on: {{.Words}}. Compare these words with {{.Who}} by phone.",
			map[string]any{"Who": m.name(k.ReviewerID), "Words": share.FingerprintWordsBoth(k.PublicKey)})))
	}
	for _, c := range p.Claims {
		if p.ClaimsAccepted {
			break
		}
		box.Add(m.claimSection(c))
	}
	for _, la := range p.LookAlikes {
		warn := newTextLabel(lang.X("share.plan.lookalike", "The name of {{.New}} looks like that of {{.Like}}, who is someone else here (another key). It is shown as {{.Shown}}.",
			map[string]any{"New": data.ShownName(la.New), "Like": data.ShownName(la.Like), "Shown": m.name(la.New.ID)}))
		warn.TextStyle = strongStyle
		box.Add(warn)
	}
	if p.Unsigned {
		warn := newTextLabel(lang.X("share.plan.unsigned", "This file is unsigned: it comes from the first version of Pledge Review, and nothing proves who wrote it. Your own reviews and those of colleagues who sign their files are not taken from it."))
		warn.TextStyle = strongStyle
		box.Add(warn)
	}
	return box
}

// counts is the grid of what a file adds, updates and leaves.
func (m *mergeFlow) counts(p share.MergePlan) fyne.CanvasObject {
	var added []string
	for _, rv := range p.ReviewersAdded {
		added = append(added, m.name(rv.ID))
	}
	who := fmt.Sprint(len(added))
	if len(added) > 0 {
		who += "（" + strings.Join(added, "、") + "）"
	}
	grid := container.NewGridWithColumns(2)
	for _, row := range append(placementRows(p), []countRow{
		{lang.X("share.plan.reviewers", "Reviewers added"), who, len(added) > 0},
		{lang.X("share.plan.added", "Records added"), fmt.Sprint(len(p.Added)), len(p.Added) > 0},
		{lang.X("share.plan.updated", "Records updated (newer)"), fmt.Sprint(len(p.Updated)), len(p.Updated) > 0},
		{lang.X("share.plan.unchanged", "Records unchanged"), fmt.Sprint(len(p.Unchanged)), false},
		{lang.X("share.plan.older", "Older, ignored (this workspace holds a newer edit)"), fmt.Sprint(len(p.Older)), false},
		{lang.X("share.plan.rejected", "Rejected"), fmt.Sprint(len(p.Rejected)), len(p.Rejected) > 0},
	}...) {
		v := widget.NewLabelWithStyle(row.value, fyne.TextAlignLeading, fyne.TextStyle{Bold: row.bold}) // a number: never wrapped
		grid.Add(widget.NewLabel(row.label))
		grid.Add(v)
	}
	return grid
}

// countRow is one line of the counts of a file's plan.
type countRow struct {
	label, value string
	bold         bool
}

// placementRows say how the records of a file of another form or version
// of the report found their pledges: none for a file of the same text.
func placementRows(p share.MergePlan) []countRow {
	pl := p.Placement
	if !pl.OtherText {
		return nil
	}
	return []countRow{
		{lang.X("share.plan.othertext", "Another form or version of the report: sentences aligned"), fmt.Sprintf("%.1f %%", 100*pl.Similarity), false},
		{lang.X("share.plan.byid", "Placed by id"), fmt.Sprint(pl.ByID), false},
		{lang.X("share.plan.bytext", "Placed by text"), fmt.Sprint(pl.ByText), pl.ByText > 0},
		{lang.X("share.plan.unplaced", "Could not be placed (kept, listed under Unplaced)"), fmt.Sprint(len(p.Unplaced)), len(p.Unplaced) > 0},
	}
}

// maxRejectedShown caps the rejected records the plan lists one by one.
const maxRejectedShown = 50

// rejected lists a file's rejected records and why.
func (m *mergeFlow) rejected(rs []share.Rejection) fyne.CanvasObject {
	list := container.NewVBox()
	for i, r := range rs {
		if i == maxRejectedShown {
			list.Add(widget.NewLabel(lang.X("share.plan.more", "… and {{.N}} more", map[string]any{"N": len(rs) - maxRejectedShown})))
			break
		}
		why := rejectReason(r.Reason)
		if r.Detail != "" {
			why += ": " + r.Detail
		}
		l := newMessageLabel(r.Pledge + " / " + m.name(r.Reviewer) + " — " + why)
		l.SizeName = theme.SizeNameCaptionText
		list.Add(l)
	}
	return list
}

func rejectReason(r share.Reason) string {
	switch r {
	case share.NotCarried:
		return lang.X("share.reason.notcarried", "the file does not carry this reviewer")
	case share.UnknownPledge:
		return lang.X("share.reason.unknown", "this report has no such pledge")
	case share.Unsigned:
		return lang.X("share.reason.unsigned", "this reviewer signs their files; an unsigned record of theirs is not taken")
	}
	return lang.X("share.reason.bad", "the record is not valid")
}

// merge writes every file's plan after one backup, off the UI goroutine,
// then reloads the desk and says what was written.
func (m *mergeFlow) merge() {
	d := m.h
	m.dlg.Hide()
	sess, mp := d.session(), m.mp
	reportID := ""
	if d.shownReport() != nil {
		reportID = d.shownReport().ID
	}
	var res data.MergeResult
	var loaded loadedReport
	var loadErr error
	d.runJob(lang.X("share.merging", "Merging…"), func() error {
		var err error
		if res, err = sess.ApplyMerges(mp); err == nil {
			// read the merged report here, not on the UI goroutine
			loaded, loadErr = readReport(sess, reportID)
		}
		return err
	}, func(err error) {
		if err != nil {
			showError(d.window(), err)
			m.end()
			return
		}
		d.prefs().SetString(prefMergeFolder, mergedFolder(mp))
		if loadErr == nil {
			d.reloadWith(loaded)
		} else {
			d.Reload()
		}
		msg := lang.X("share.merged", "{{.File}} merged: {{.N}} records written, {{.H}} history entries. The workspace as it was before is kept in {{.Dir}}; File → Undo last merge puts it back.",
			map[string]any{"File": mergedNames(mp), "N": res.Written, "H": res.History, "Dir": sess.BackupDir()})
		if res.Placed > 0 {
			msg += "\n" + lang.X("share.merged.placed", "{{.N}} records kept unplaced found their pledge and were placed.", map[string]any{"N": res.Placed})
		}
		info := newMessage(lang.X("share.merged.title", "Merge finished"), msg, d.window())
		info.SetOnClosed(m.end)
		info.Show()
	})
}

// mergedNames lists the files a merge took records from.
func mergedNames(mp workspace.MultiPlan) string {
	var names []string
	for _, fp := range merged(mp) {
		names = append(names, data.ShownFileName(fp.Path))
	}
	return strings.Join(names, ", ")
}

// mergedFolder is the folder of the first file a merge took records from:
// where the next colleague's file is likely to be.
func mergedFolder(mp workspace.MultiPlan) string {
	if files := merged(mp); len(files) > 0 {
		return filepath.Dir(files[0].Path)
	}
	return ""
}

// merged lists the files a merge took records from.
func merged(mp workspace.MultiPlan) []workspace.FilePlan {
	var out []workspace.FilePlan
	for _, fp := range mp.Files {
		if fp.Writes() {
			out = append(out, fp)
		}
	}
	return out
}

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
