package briefing

import (
	"fmt"
	"slices"
	"time"

	"pledgereview/data"
)

// model is the input resolved for layout: the pledges in scope in reading
// order, grouped by chapter and headline, each with the reviews of the
// reviewers included.
type model struct {
	in        Input
	opt       Options
	reviewers []data.Reviewer // included, in display order
	pledges   []*item         // in scope, reading order
	chapters  []*chapterView
	byID      map[string]*item
	today     string // Generated as YYYY-MM-DD
	year      int
	schedule  data.ScheduleSettings
}

type chapterView struct {
	ch    *data.Chapter
	loose []*item // pledges before any headline
	heads []*headView
	all   []*item
	entry *tocEntry
}

type headView struct {
	h     *data.Headline
	items []*item
	entry *tocEntry
}

// item is one pledge in scope with its reviews (one slot per included
// reviewer, nil when that reviewer has not reviewed it).
type item struct {
	p        data.Pledge
	chapter  *data.Chapter
	revs     []*data.Review
	status   data.Status // consensus status of the included reviewers
	flagged  bool
	reviewed bool
	overdue  bool
	vague    bool
	vagueWhy string
	disputed *DisputedPledge
	link     int // fpdf internal link to the block, set when the document is made
	// ups are the pledge's progress updates, sug the schedule test of them.
	ups []data.ProgressUpdate
	sug data.Suggestion
}

func newModel(in Input, opt Options) (*model, error) {
	switch opt.Paper {
	case "", PaperA4, PaperLetter:
	default:
		return nil, fmt.Errorf("briefing: unknown paper size %q (want a4 or letter)", opt.Paper)
	}
	m := &model{in: in, opt: opt, byID: map[string]*item{}}
	if m.in.Generated.IsZero() {
		m.in.Generated = time.Now()
	}
	m.today = m.in.Generated.Format("2006-01-02")
	m.year = in.Report.Year
	if m.year == 0 {
		m.year = m.in.Generated.Year()
	}
	if len(m.in.Rubric.Criteria) == 0 {
		m.in.Rubric = data.DefaultRubric()
	}
	m.reviewers = includedReviewers(in, opt.Reviewers)
	sc := m.newScoper()
	for ci := range in.Report.Chapters {
		if cv := sc.chapter(&in.Report.Chapters[ci]); len(cv.all) > 0 {
			m.chapters = append(m.chapters, cv)
		}
	}
	if len(m.pledges) == 0 {
		return nil, ErrEmptyScope
	}
	m.attachProgress()
	return m, nil
}

// scoper puts the pledges of the scope into the model, chapter by
// chapter, each with its reviews and dispute.
type scoper struct {
	m        *model
	reviews  map[string][]*data.Review // pledge id → review per included reviewer
	disputed map[string]*DisputedPledge
	ids      map[string]bool // for ScopeIDs: the pledges chosen
}

func (m *model) newScoper() *scoper {
	sc := &scoper{m: m, reviews: map[string][]*data.Review{}, disputed: map[string]*DisputedPledge{}}
	slot := map[string]int{}
	for i, r := range m.reviewers {
		slot[r.ID] = i
	}
	for i := range m.in.Reviews {
		r := &m.in.Reviews[i]
		k, ok := slot[r.ReviewerID]
		if !ok {
			continue
		}
		if sc.reviews[r.PledgeID] == nil {
			sc.reviews[r.PledgeID] = make([]*data.Review, len(m.reviewers))
		}
		sc.reviews[r.PledgeID][k] = r
	}
	for i := range m.in.Disputed {
		sc.disputed[m.in.Disputed[i].PledgeID] = &m.in.Disputed[i]
	}
	if m.opt.Scope.Kind == ScopeIDs {
		sc.ids = make(map[string]bool, len(m.opt.Scope.IDs))
		for _, id := range m.opt.Scope.IDs {
			sc.ids[id] = true
		}
	}
	return sc
}

// chapter is the view of a chapter's pledges in scope: those before any
// headline, then headline by headline.
func (sc *scoper) chapter(ch *data.Chapter) *chapterView {
	cv := &chapterView{ch: ch}
	cv.loose = sc.add(cv, ch, ch.Pledges)
	for hi := range ch.Headlines {
		h := &ch.Headlines[hi]
		if items := sc.add(cv, ch, h.Pledges); len(items) > 0 {
			cv.heads = append(cv.heads, &headView{h: h, items: items})
		}
	}
	return cv
}

// add puts the pledges in scope into the model and the chapter, and
// returns them.
func (sc *scoper) add(cv *chapterView, ch *data.Chapter, pledges []data.Pledge) []*item {
	m := sc.m
	var out []*item
	for _, p := range pledges {
		it := m.newItem(p, ch, sc.reviews[p.ID], sc.disputed[p.ID])
		if !m.inScope(it, sc.ids) {
			continue
		}
		m.pledges = append(m.pledges, it)
		m.byID[p.ID] = it
		cv.all = append(cv.all, it)
		out = append(out, it)
	}
	return out
}

// includedReviewers lists the reviewers of a pack or table, their names
// cleaned of control and bidi characters (see data.CleanName) whatever the
// caller passed.
func includedReviewers(in Input, set ReviewerSet) []data.Reviewer {
	if set == ReviewersMe {
		for _, r := range in.Reviewers {
			if r.ID == in.Me {
				r.Name = data.CleanName(r.Name)
				return []data.Reviewer{r}
			}
		}
		return []data.Reviewer{{ID: in.Me, Name: in.Me}}
	}
	var out []data.Reviewer
	seen := map[string]bool{}
	for _, r := range in.Reviewers {
		if r.ID != "" && !seen[r.ID] {
			seen[r.ID] = true
			r.Name = data.CleanName(r.Name)
			out = append(out, r)
		}
	}
	// A review by a reviewer the list does not name still belongs in the pack.
	var extra []string
	for _, r := range in.Reviews {
		if r.ReviewerID != "" && !seen[r.ReviewerID] {
			seen[r.ReviewerID] = true
			extra = append(extra, r.ReviewerID)
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		out = append(out, data.Reviewer{ID: id, Name: id})
	}
	// The local reviewer comes first.
	slices.SortStableFunc(out, func(a, b data.Reviewer) int {
		switch {
		case a.ID == in.Me && b.ID != in.Me:
			return -1
		case b.ID == in.Me && a.ID != in.Me:
			return 1
		}
		return 0
	})
	return out
}

func (m *model) newItem(p data.Pledge, ch *data.Chapter, revs []*data.Review, dp *DisputedPledge) *item {
	if revs == nil {
		revs = make([]*data.Review, len(m.reviewers))
	}
	it := &item{p: p, chapter: ch, revs: revs, disputed: dp, link: -1}
	for _, r := range revs {
		if r == nil {
			continue
		}
		if r.Flag {
			it.flagged = true
		}
		if r.Reviewed() {
			it.reviewed = true
		}
	}
	it.status = consensus(revs)
	if len(p.Targets) == 0 && p.Deadline == nil {
		it.vague, it.vagueWhy = true, m.tr("无目标、无期限", "no target, no deadline")
	} else if avg, n := scoreMean(revs, "specific", "measurable"); n > 0 && avg <= 1 {
		it.vague, it.vagueWhy = true, m.trf("具体性/可衡量均分 %.1f", "specific/measurable avg %.1f", avg)
	}
	return it
}

func (m *model) inScope(it *item, ids map[string]bool) bool {
	switch m.opt.Scope.Kind {
	case ScopeFlagged:
		return it.flagged
	case ScopeChapter:
		return it.p.Chapter == m.opt.Scope.Chapter
	case ScopeIDs:
		return ids[it.p.ID]
	default:
		return true
	}
}

// severity orders statuses for breaking a tie in the consensus: the more
// worrying status wins, so a briefing never hides a problem.
var severity = map[data.Status]int{
	data.NotDone: 7, data.Behind: 6, data.PartlyDone: 5, data.NotStarted: 4,
	data.DoneLate: 3, data.InProgress: 2, data.Done: 1,
}

// consensus returns the status most of the reviewers gave; a tie goes to the
// more worrying status. Reviews without a status do not count.
func consensus(revs []*data.Review) data.Status {
	count := map[data.Status]int{}
	for _, r := range revs {
		if r == nil || r.Status == "" || r.Status == data.NotRated || !r.Status.Valid() {
			continue
		}
		count[r.Status]++
	}
	best, bestN := data.NotRated, 0
	for s, n := range count {
		if n > bestN || (n == bestN && severity[s] > severity[best]) {
			best, bestN = s, n
		}
	}
	return best
}

// scoreMean is the mean of every score the reviewers gave on the criteria.
func scoreMean(revs []*data.Review, criteria ...string) (float64, int) {
	sum, n := 0, 0
	for _, r := range revs {
		if r == nil {
			continue
		}
		for _, c := range criteria {
			if v, ok := r.Scores[c]; ok {
				sum += v
				n++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(sum) / float64(n), n
}

// scopeText describes the scope on the cover.
func (m *model) scopeText() string {
	n := len(m.pledges)
	count := m.paren(m.short(fmt.Sprintf("%d 项", n), fmt.Sprintf("%d pledges", n)))
	switch m.opt.Scope.Kind {
	case ScopeFlagged:
		return m.tr("已标记的承诺", "Flagged pledges") + count
	case ScopeChapter:
		title := ""
		if c := m.in.Report.Chapter(m.opt.Scope.Chapter); c != nil {
			title = " " + c.Title
		}
		ch := m.opt.Scope.Chapter
		return m.tr(fmt.Sprintf("第 %d 章", ch), fmt.Sprintf("Chapter %d", ch)) + title + count
	case ScopeIDs:
		label := m.opt.Scope.Label
		if label == "" {
			label = m.tr("当前筛选", "Current filter")
		}
		return label + count
	default:
		return m.tr("全部承诺", "All pledges") + count
	}
}

func (m *model) reviewerName(i int) string {
	r := m.reviewers[i]
	name := r.Name
	if name == "" {
		name = r.ID
	}
	if r.ID == m.in.Me {
		name += m.paren(m.tr("我", "me"))
	}
	return name
}

func (m *model) chapterLabel(ch *data.Chapter) string {
	if ch.Annex != data.AnnexNone {
		return m.tr("附件", "Annex") + " " + ch.Title
	}
	return m.short(fmt.Sprintf("第%d章", ch.N), fmt.Sprintf("%d.", ch.N)) + " " + ch.Title
}

func headlineLabel(ch *data.Chapter, h *data.Headline) string {
	return fmt.Sprintf("%d.%d %s", ch.N, h.N, h.Title)
}

// shortID is the part of a pledge id after the report id.
func shortID(id string) string {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '/' {
			return id[i+1:]
		}
	}
	return id
}
