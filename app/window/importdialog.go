package window

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// prefImportFolder is the folder the last report chosen to import was in.
const prefImportFolder = "import.folder"

// importFolder is where the file dialog of an import opens: in the folder
// of the last report chosen, else in Documents, else at home; never where
// some other dialog (the team folder's) was left.
func importFolder(last string) string {
	if last != "" && isDir(last) {
		return last
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

// linesPane lists the lines of the file with what the parse made of each;
// the buttons below change what the selected line is.
func (ip *importPreview) linesPane() fyne.CanvasObject {
	ip.list = widget.NewList(func() int { return len(ip.lines) }, newLineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			setLineRow(o, ip.lines[i].Text, roleLabel(ip.roles[i]))
		})
	ip.list.OnSelected = func(i widget.ListItemID) { ip.sel = i; ip.showSelected() }
	ip.list.OnUnselected = func(widget.ListItemID) { ip.sel = -1; ip.showSelected() }

	ip.line = newTextLabel(lang.X("import.line.none", "Select a line to change what it is."))
	ip.makes = map[string]*widget.Button{}
	var buttons []fyne.CanvasObject
	for _, m := range []struct{ mk, label string }{
		{data.MakeChapter, lang.X("import.make.chapter", "Make it a chapter")},
		{data.MakeHeadline, lang.X("import.make.headline", "Make it a headline")},
		{data.MakeBody, lang.X("import.make.body", "Make it body text")},
		{data.MakeJoinNext, lang.X("import.make.join", "Join with the next line")},
		{data.MakeAnnex, lang.X("import.make.annex", "Annex starts here")},
		{data.MakeReview, lang.X("import.make.review", "Review: outcomes")},
		{data.MakePlan, lang.X("import.make.plan", "Plan: pledges")},
	} {
		b := widget.NewButton(m.label, func() { ip.correct(m.mk) })
		b.Disable()
		ip.makes[m.mk] = b
		buttons = append(buttons, b)
	}
	ip.undo = widget.NewButton(lang.X("import.make.undo", "Undo all corrections"), ip.undoAll)
	ip.fixList = newTextLabel("")
	// a long paragraph scrolls in its own box and leaves the list its room
	line := container.NewVScroll(ip.line)
	line.SetMinSize(fyne.NewSize(0, 64))
	bottom := container.NewVBox(widget.NewSeparator(), line, container.NewGridWithColumns(len(buttons), buttons...),
		container.NewBorder(nil, nil, nil, ip.undo, ip.fixList))
	return container.NewBorder(ip.findRow(), bottom, nil, nil, ip.list)
}

// asidePane lists what the reader of the file kept out of the report, with why.
func (ip *importPreview) asidePane() fyne.CanvasObject {
	aside := ip.report.SetAside
	if len(aside) == 0 {
		return widget.NewLabel(lang.X("import.aside.none", "Nothing was set aside: every line of the file is in the report."))
	}
	var b strings.Builder
	for _, a := range aside {
		if a.Page > 0 {
			b.WriteString(lang.X("import.aside.page", "page {{.P}}", map[string]any{"P": a.Page}) + " · ")
		}
		fmt.Fprintf(&b, "%s：%s\n", asideReason(a.Reason), a.Text)
	}
	return container.NewVScroll(newTextLabel(strings.TrimRight(b.String(), "\n")))
}

// splitLine says how many sentences of r are reported outcomes and in
// which chapters ("74 in 2024年工作回顾; 9 in 2025年工作安排"): a chapter
// of the plan that opens with a few is not counted as a review.
func splitLine(r *data.Report) string {
	var where []string
	for _, ch := range r.Chapters {
		n := len(ch.Outcomes)
		for _, h := range ch.Headlines {
			n += len(h.Outcomes)
		}
		if n > 0 {
			where = append(where, lang.X("import.split.in", "{{.N}} in {{.Title}}", map[string]any{"N": n, "Title": ch.Title}))
		}
	}
	if len(where) == 0 {
		return lang.X("import.split.none", "No review of the past found: every sentence of the chapters counts as a pledge.")
	}
	what := map[string]any{"N": len(r.Outcomes()), "Where": strings.Join(where, lang.X("import.split.sep", "; "))}
	if len(r.Outcomes()) == 1 {
		return lang.X("import.split.one", "Review of the past: 1 sentence ({{.Where}}), shown as a reported outcome and never counted as a pledge.", what)
	}
	return lang.X("import.split", "Review of the past: {{.N}} sentences ({{.Where}}), shown as reported outcomes and never counted as pledges.", what)
}

// chapterRole names what the model says a chapter is, before its title in
// the Structure tab: a review, a review followed by the plan, or nothing
// for the plan.
func chapterRole(ch data.Chapter) string {
	switch ch.Kind {
	case data.KindReview:
		return lang.X("import.role.outcome", "Review (outcomes)") + "  "
	case data.KindMixed:
		return lang.X("import.role.mixed", "Review and plan") + "  "
	}
	return ""
}

// refresh shows the draft's report as it now stands.
func (ip *importPreview) refresh() {
	r := ip.report
	title := r.Title
	if title == "" {
		title = lang.X("import.title.none", "No title in the file")
	}
	delivered := lang.X("import.delivered.unknown", "delivery date not found")
	if r.Delivered != "" {
		delivered = lang.X("import.delivered", "delivered {{.Date}}", map[string]any{"Date": r.Delivered})
	}
	if ip.draft.Unstructured != nil {
		ip.summary.SetText(lang.X("import.unstructured", "Pledge Review found no chapters or pledges in this file ({{.Format}}, {{.N}} lines). Its lines are under “Correct by line”: mark the chapters and the headlines there, and the report appears.",
			map[string]any{"Format": r.Format, "N": len(ip.lines)}))
	} else {
		ip.summary.SetText(ip.summaryText(title, delivered) + "\n" + splitLine(r))
	}
	switch {
	case r.Cut == 1:
		ip.summary.SetText(ip.summary.message + "\n" + lang.X("import.cut.one", "1 over-long sentence was cut into pieces, each marked truncated (the file may lack its full stops)."))
	case r.Cut > 1:
		ip.summary.SetText(ip.summary.message + "\n" + lang.X("import.cut", "{{.N}} over-long sentences were cut into pieces, each marked truncated (the file may lack its full stops).", map[string]any{"N": r.Cut}))
	}

	var b strings.Builder
	for _, ch := range r.Chapters {
		if ch.Annex != data.AnnexNone {
			b.WriteString(annexLabel() + "  ")
		}
		fmt.Fprintf(&b, "%s%s\n", chapterRole(ch), ch.Title)
		for _, hl := range ch.Headlines {
			fmt.Fprintf(&b, "    %s\n", hl.Title)
		}
	}
	if len(r.Glossary) > 0 {
		terms := make([]string, len(r.Glossary))
		for i, g := range r.Glossary {
			terms[i] = g.Term
		}
		b.WriteString(lang.X("import.glossary", "Glossary: {{.Terms}}", map[string]any{"Terms": strings.Join(terms, "、")}))
	}
	ip.outline.SetText(strings.TrimRight(b.String(), "\n"))

	var fixes []string
	for _, f := range ip.fixes {
		fix := fmt.Sprintf("%d %s：%s", f.Line+1, makeLabel(f.Make), f.Text)
		if e := ip.effects[f.Line]; e != "" {
			fix += "（" + e + "）"
		}
		fixes = append(fixes, fix)
	}
	if len(fixes) == 0 {
		ip.fixList.SetText(lang.X("import.fixes.none", "No corrections."))
		ip.undo.Disable()
	} else {
		ip.fixList.SetText(lang.X("import.fixes", "Corrections: {{.List}}", map[string]any{"List": strings.Join(fixes, "；")}))
		ip.undo.Enable()
	}
	ip.list.Refresh()
	ip.showSelected()
}

// showSelected shows the selected line whole and what it is now.
func (ip *importPreview) showSelected() {
	if ip.sel < 0 || ip.sel >= len(ip.lines) {
		ip.line.SetText(lang.X("import.line.none", "Select a line to change what it is."))
		for _, b := range ip.makes {
			b.Disable()
		}
		return
	}
	ip.line.SetText(lang.X("import.line", "Line {{.N}} ({{.Role}}): {{.Text}}",
		map[string]any{"N": ip.sel + 1, "Role": roleLabel(ip.roles[ip.sel]), "Text": ip.lines[ip.sel].Text}))
	for m, b := range ip.makes {
		if m == data.MakeJoinNext && ip.sel == len(ip.lines)-1 {
			b.Disable()
			continue
		}
		b.Enable()
	}
}

// correct makes the selected line what mk says and parses again; a line
// holds one correction, the newest.
func (ip *importPreview) correct(mk string) {
	if ip.sel < 0 {
		return
	}
	l := ip.lines[ip.sel]
	fixes := []data.Correction{}
	for _, f := range ip.fixes {
		if f.Line != ip.sel {
			fixes = append(fixes, f)
		}
	}
	fixes = append(fixes, data.Correction{Line: ip.sel, Text: l.Text, Make: mk})
	before, line := countsOf(ip.report), ip.sel
	if ip.apply(fixes) {
		if ip.effects == nil {
			ip.effects = map[int]string{}
		}
		ip.effects[line] = effect(before, countsOf(ip.report), line, mk)
		ip.refresh()
	}
}

func (ip *importPreview) undoAll() {
	ip.effects = nil
	ip.apply(nil)
}

// apply parses the text again with fixes; false when it failed (and said so).
func (ip *importPreview) apply(fixes []data.Correction) bool {
	if err := ip.draft.Correct(fixes); err != nil {
		showError(ip.h.window(), err)
		return false
	}
	ip.fixes = fixes
	ip.report = ip.draft.Report
	ip.roles = lineRoles(ip.report, ip.lines)
	ip.refresh()
	return true
}

func (ip *importPreview) onAnswer(add bool) {
	if add {
		ip.onAdd()
	}
}

// onAdd stores the report with its corrections under the id in the id
// field and puts it on the desk; what fails is said.
func (ip *importPreview) onAdd() {
	if id := strings.TrimSpace(ip.id.Text); id != ip.draft.ID {
		if err := ip.draft.SetID(id); err != nil {
			showError(ip.h.window(), err)
			return
		}
		ip.report = ip.draft.Report
	}
	if ip.draft.Unstructured != nil {
		// nothing to add yet: the preview stays open for the corrections
		ip.dlg.Show()
		showMessage(lang.X("import.title", "Add this report?"), lang.X("import.unstructured.add", "There is no report to add yet: mark at least a chapter or a headline under “Correct by line”."), ip.h.window())
		return
	}
	ip.report.Title = ip.chosenTitle()
	if ip.version {
		ip.h.reimportReport(ip.report)
		return
	}
	ip.h.addReport(ip.report)
}

// summaryText is the first lines of the preview: title, id, year and its
// source, delivery date and what was found, each count worded for one or
// for many.
func (ip *importPreview) summaryText(title, delivered string) string {
	r := ip.report
	c, h, p := r.Count()
	annexes, targets := 0, 0
	for _, ch := range r.Chapters {
		if ch.Annex != data.AnnexNone {
			annexes++
		}
	}
	for _, pl := range r.Pledges() {
		targets += len(pl.Targets)
	}
	chapters := plural(c, lang.X("import.count.chapter.one", "1 chapter"), lang.X("import.count.chapter", "{{.N}} chapters", map[string]any{"N": c}))
	if annexes > 0 {
		chapters += plural(annexes, lang.X("import.count.annex.one", " (of which 1 annex)"), lang.X("import.count.annex", " (of which {{.N}} annexes)", map[string]any{"N": annexes}))
	}
	return lang.X("import.summary", "{{.Title}} (id {{.ID}}, from a {{.Format}} file)\nYear {{.Year}} ({{.From}}), {{.Delivered}}\n{{.Chapters}}, {{.Headlines}}, {{.Pledges}}, {{.Targets}} found; {{.Glossary}}; {{.SetAside}}.",
		map[string]any{"Title": title, "ID": r.ID, "Format": r.Format, "Year": r.Year, "From": yearSource(r.YearFrom), "Delivered": delivered,
			"Chapters":  chapters,
			"Headlines": plural(h, lang.X("import.count.headline.one", "1 headline"), lang.X("import.count.headline", "{{.N}} headlines", map[string]any{"N": h})),
			"Pledges":   plural(p, lang.X("import.count.pledge.one", "1 pledge"), lang.X("import.count.pledge", "{{.N}} pledges", map[string]any{"N": p})),
			"Targets":   plural(targets, lang.X("import.count.target.one", "1 target"), lang.X("import.count.target", "{{.N}} targets", map[string]any{"N": targets})),
			"Glossary": plural(len(r.Glossary), lang.X("import.count.glossary.one", "1 glossary term"),
				lang.X("import.count.glossary", "{{.N}} glossary terms", map[string]any{"N": len(r.Glossary)})),
			"SetAside": plural(len(r.SetAside), lang.X("import.count.setaside.one", "1 line set aside"),
				lang.X("import.count.setaside", "{{.N}} lines set aside", map[string]any{"N": len(r.SetAside)})),
		})
}

// plural is one when n is 1, else many: a count worded in the user's
// language, both translated beforehand (keys stay literal for the key test).
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
