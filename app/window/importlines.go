package window

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
	roleOutcome  = "outcome"  // a reported outcome of a review chapter, not a pledge
	roleMixed    = "mixed"    // a paragraph holding both reported outcomes and pledges
	roleOther    = "other"
)

// lineRoles finds for every line what the report made of it, from the
// offsets of pledges and glossary entries and the titles of chapters.
func lineRoles(r *data.Report, lines []workspace.DraftLine) []string {
	lc := newLineClassifier(r)
	roles := make([]string, len(lines))
	for i, l := range lines {
		roles[i] = lc.role(l)
	}
	return roles
}

// roleSpan is a stretch of the source text and what the parse made of it.
type roleSpan struct {
	start, end int
	role       string
}

// chapterHeading is a chapter's heading and its role (chapter or annex).
type chapterHeading struct{ title, role string }

// lineClassifier holds what lineRoles needs to know of a report.
type lineClassifier struct {
	spans    []roleSpan // by start
	chapters []chapterHeading
	front    map[string]bool // the lines of the front matter
	preamble string
}

func newLineClassifier(r *data.Report) *lineClassifier {
	lc := &lineClassifier{spans: reportSpans(r), front: map[string]bool{}, preamble: r.Preamble}
	for _, c := range r.Chapters {
		role := roleChapter
		if c.Annex != data.AnnexNone {
			role = roleAnnex
		}
		if t := strings.TrimSpace(c.Title); t != "" {
			lc.chapters = append(lc.chapters, chapterHeading{t, role})
		}
	}
	for _, s := range []string{r.Title, r.Subtitle, r.SourceLine, r.Delivery, r.Speaker, r.Byline} {
		if s = strings.TrimSpace(s); s != "" {
			lc.front[s] = true
		}
	}
	return lc
}

// reportSpans lists the pledges and glossary entries of r by their offsets.
func reportSpans(r *data.Report) []roleSpan {
	var spans []roleSpan
	for _, c := range r.Chapters {
		for _, p := range c.Pledges {
			spans = append(spans, roleSpan{p.Start, p.End, roleBody})
		}
		for _, p := range c.Outcomes {
			spans = append(spans, roleSpan{p.Start, p.End, roleOutcome})
		}
		for _, h := range c.Headlines {
			for _, p := range h.Outcomes {
				spans = append(spans, roleSpan{p.Start, p.End, roleOutcome})
			}
			for _, p := range h.Pledges {
				role := roleBody
				if p.IsHeadline() {
					role = roleHeadline
				}
				spans = append(spans, roleSpan{p.Start, p.End, role})
			}
		}
	}
	for _, g := range r.Glossary {
		spans = append(spans, roleSpan{g.Start, g.End, roleGlossary})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	return spans
}

// role is what the report made of line l: a headline or glossary entry in
// it wins, then a chapter heading, then any pledge in it, then the front
// matter; a line none of these reach is other text (or a chapter heading
// written with more around it).
func (lc *lineClassifier) role(l workspace.DraftLine) string {
	role := lc.spanRole(l)
	switch {
	case role == roleHeadline || role == roleGlossary:
		return role
	case lc.chapterRole(l.Text, false) != "":
		return lc.chapterRole(l.Text, false)
	case role != "":
		return role
	case lc.front[l.Text] || (lc.preamble != "" && strings.Contains(lc.preamble, l.Text)):
		return roleFront
	case lc.chapterRole(l.Text, true) != "":
		return lc.chapterRole(l.Text, true)
	}
	return roleOther
}

// spanRole is the role of the spans that reach into l: the one running
// into it from before, else the first starting in it, a headline before
// all; a paragraph of pledges and outcomes is mixed.
func (lc *lineClassifier) spanRole(l workspace.DraftLine) string {
	role := ""
	k := sort.Search(len(lc.spans), func(k int) bool { return lc.spans[k].start >= l.Start })
	if k > 0 && lc.spans[k-1].end > l.Start {
		role = lc.spans[k-1].role
	}
	for ; k < len(lc.spans) && lc.spans[k].start < l.End; k++ {
		switch r := lc.spans[k].role; {
		case role == "" || r == roleHeadline:
			role = r
		case role == roleBody && r == roleOutcome || role == roleOutcome && r == roleBody:
			role = roleMixed
		}
	}
	return role
}

// chapterRole is the role of the chapter whose title is text (within
// true: whose title text holds), or "".
func (lc *lineClassifier) chapterRole(text string, within bool) string {
	for _, c := range lc.chapters {
		if c.title == text || within && strings.Contains(text, c.title) {
			return c.role
		}
	}
	return ""
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
	case roleOutcome:
		return lang.X("import.role.outcome", "Review (outcomes)")
	case roleMixed:
		return lang.X("import.role.mixed", "Review and plan")
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
	case data.MakeReview:
		return lang.X("import.role.outcome", "Review (outcomes)")
	case data.MakePlan:
		return lang.X("import.role.plan", "Plan (pledges)")
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
	case data.AsidePageJump:
		return lang.X("aside.page-jump", "newspaper page jump")
	case data.AsideSalutation:
		return lang.X("aside.salutation", "salutation (各位代表)")
	case data.AsideProblems:
		return lang.X("aside.review-problems", "problems the review still sees (neither outcome nor pledge)")
	case data.AsideClosing:
		return lang.X("aside.closing", "closing appeal (让我们…奋斗！), no pledge")
	}
	return reason
}
