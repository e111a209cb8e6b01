package app

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// What the parse made of a line of the file, as the import preview shows it.
const (
	roleFront    = "front"    // title, 来源, delivery line, speaker, 各位代表 and the opening lines
	roleChapter  = "chapter"  // a chapter heading
	roleAnnex    = "annex"    // an annex heading
	roleHeadline = "headline" // a headline (itself a pledge)
	roleBody     = "body"     // pledges
	roleGlossary = "glossary" // a glossary term and its text
	roleOther    = "other"
)

// lineRoles finds for every line what the report made of it, from the
// offsets of pledges and glossary entries and the titles of chapters.
func lineRoles(r *data.Report, lines []workspace.DraftLine) []string {
	type span struct {
		start, end int
		role       string
	}
	var spans []span
	chapterRole := map[string]string{}
	for _, c := range r.Chapters {
		role := roleChapter
		if c.Annex != data.AnnexNone {
			role = roleAnnex
		}
		if t := strings.TrimSpace(c.Title); t != "" {
			chapterRole[t] = role
		}
		for _, p := range c.Pledges {
			spans = append(spans, span{p.Start, p.End, roleBody})
		}
		for _, h := range c.Headlines {
			for _, p := range h.Pledges {
				role := roleBody
				if p.IsHeadline() {
					role = roleHeadline
				}
				spans = append(spans, span{p.Start, p.End, role})
			}
		}
	}
	for _, g := range r.Glossary {
		spans = append(spans, span{g.Start, g.End, roleGlossary})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })

	front := map[string]bool{}
	for _, s := range []string{r.Title, r.Subtitle, r.SourceLine, r.Delivery, r.Speaker, r.Byline} {
		if s = strings.TrimSpace(s); s != "" {
			front[s] = true
		}
	}
	roles := make([]string, len(lines))
	for i, l := range lines {
		role := ""
		// the first span that may reach into the line, then those starting in it
		k := sort.Search(len(spans), func(k int) bool { return spans[k].start >= l.Start })
		if k > 0 && spans[k-1].end > l.Start {
			role = spans[k-1].role
		}
		for ; k < len(spans) && spans[k].start < l.End; k++ {
			if role == "" || spans[k].role == roleHeadline {
				role = spans[k].role
			}
		}
		switch {
		case role == roleHeadline || role == roleGlossary:
		case chapterRole[l.Text] != "":
			role = chapterRole[l.Text]
		case role != "":
		case front[l.Text] || (r.Preamble != "" && strings.Contains(r.Preamble, l.Text)):
			role = roleFront
		default:
			role = roleOther
			for t, cr := range chapterRole {
				if strings.Contains(l.Text, t) {
					role = cr
					break
				}
			}
		}
		roles[i] = role
	}
	return roles
}

// roleLabel names a line role in the interface language.
func roleLabel(role string) string {
	switch role {
	case roleFront:
		return lang.X("import.role.front", "Front matter")
	case roleChapter:
		return lang.X("import.role.chapter", "Chapter")
	case roleAnnex:
		return annexLabel()
	case roleHeadline:
		return lang.X("import.role.headline", "Headline")
	case roleBody:
		return lang.X("import.role.body", "Pledges")
	case roleGlossary:
		return lang.X("import.role.glossary", "Glossary")
	}
	return lang.X("import.role.other", "Other text")
}

// makeLabel names what a correction makes of its line.
func makeLabel(mk string) string {
	switch mk {
	case data.MakeChapter:
		return lang.X("import.role.chapter", "Chapter")
	case data.MakeHeadline:
		return lang.X("import.role.headline", "Headline")
	case data.MakeBody:
		return lang.X("import.role.body", "Pledges")
	case data.MakeJoinNext:
		return lang.X("import.fix.join", "joined with the next line")
	case data.MakeAnnex:
		return annexLabel()
	}
	return mk
}

// annexLabel marks an annex chapter in the tree, the preview and the pack.
func annexLabel() string { return lang.X("annex.label", "Annex") }

// asideReason says why a piece of the file was set aside.
func asideReason(reason string) string {
	switch reason {
	case data.AsidePageNumber:
		return lang.X("aside.page-number", "page number")
	case data.AsideHeader:
		return lang.X("aside.running-header", "running header")
	case data.AsideFooter:
		return lang.X("aside.footer", "footer")
	case data.AsideLicence:
		return lang.X("aside.licence", "licence text")
	case data.AsideNavigation:
		return lang.X("aside.navigation", "web page navigation")
	case data.AsideFootnote:
		return lang.X("aside.footnote-mark", "footnote mark")
	case data.AsideGlossaryHeading:
		return lang.X("aside.glossary-heading", "glossary heading")
	case data.AsideEmpty:
		return lang.X("aside.empty", "empty")
	case data.AsideSalutation:
		return lang.X("aside.salutation", "salutation (各位代表)")
	}
	return reason
}
