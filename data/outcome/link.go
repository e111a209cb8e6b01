package outcome

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// Verdicts of a pledge or of one of its targets.
const (
	Met          = "met"
	Missed       = "missed"
	Unclear      = "unclear"
	ReportedDone = "reported_done"
	NotReported  = "not_reported"
)

// Candidate is a sentence of the later review that may report on a pledge.
type Candidate struct {
	Outcome data.Pledge
	Score   float64
	// named: the sentence names one of the pledge's indicators.
	named bool
	// rare: the sentence shares rare words with the pledge (see rareBonus).
	rare bool
	// rareN is how many rare words it shares with the pledge that few
	// other pledges of the earlier report hold (see Linker.distinct); 0
	// for a pledged figure the sentence reports none in its unit.
	rareN int
	// order ranks the candidates: the score, lowered for a sentence on
	// several years (see severalYearsPenalty).
	order float64
	// several: the sentence is on several years; inPart: it lies in the
	// review's part on them, where a figure is the period's total.
	several, inPart bool
}

// Judgement is what a pledge, or one target of it, links to and what the
// figures say.
type Judgement struct {
	// Quote is the clause of the pledge judged (the whole pledge for the
	// pledge's own judgement).
	Quote   string
	Verdict string
	// Target and Actual are the figures compared ("5%左右", "5.4%"), and
	// Arithmetic the one line that shows it ("目标 5%左右，实际 5.4% → 达到").
	Target, Actual, Arithmetic string
	// Steps are the comparisons of Arithmetic, for a display to word in
	// its language.
	Steps []Step
	// Best is nil when the review says nothing of it; Candidates are the
	// ranked alternatives after Best (up to MaxCandidates).
	Best       *Candidate
	Candidates []Candidate
	// figure is the pair of figures compared, for a progress value.
	figure *comparison
}

// comparison is a target and the figure the outcome reports for it.
type comparison struct{ target, actual data.Target }

// Link is a pledge of the earlier report with its outcome.
type Link struct {
	Pledge data.Pledge
	Judgement
	// CarriedOver names the pledge of the later report's plan that repeats
	// this one ("" when none does).
	CarriedOver string
	// Targets holds one judgement per clause of a pledge that states
	// several targets, or per piece of work of an action pledge that names
	// several at a stage (see items); empty otherwise.
	Targets []Judgement
}

// MaxCandidates is how many candidates follow the best outcome.
const MaxCandidates = 3

// Score thresholds: below minScore a sentence is not an outcome of the
// pledge; at or above carriedScore a pledge of the later plan repeats it.
// minScore is the floor for a sentence that names the pledge's indicator;
// one that does not needs plainScore (see gate).
const (
	minScore     = 0.5
	carriedScore = 0.6
)

// Linker links the pledges of one report to the review of the next.
type Linker struct {
	outcomes []data.Pledge
	facts    []fact
	ix       *index
	plan     []data.Pledge
	planIx   *index
	gdp      *data.Target
	// pledgeDF counts the pledges of the earlier report that hold each
	// word (nil when the earlier report is not known).
	pledgeDF map[uint64]int
	// partBest holds the scores of partScores by sentence, partTouched the
	// sentences it set, reused from pledge to pledge.
	partBest    []float64
	partTouched []int
	// reviewed is the year the later report's review reports on (0 when
	// its year is not known): a target due after it is not judged yet.
	reviewed int
}

// distinct tells whether a word is held by three pledges of the earlier
// report at most: "渔港经济区" names one piece of work, "低空经济" or
// "高质量发展" a theme that runs through many.
func (l *Linker) distinct(word uint64) bool {
	return l.pledgeDF == nil || l.pledgeDF[word] <= 3
}

// learnPledges counts the words of the earlier report's pledges.
func (l *Linker) learnPledges(earlier *data.Report) {
	l.pledgeDF = map[uint64]int{}
	for _, p := range earlier.Pledges() {
		seen := map[uint64]bool{}
		terms(p.Text, func(w uint64) {
			if !seen[w] {
				seen[w] = true
				l.pledgeDF[w]++
			}
		})
	}
}

// fact is what the linker knows of an outcome sentence before any query.
type fact struct {
	indicators []string
	// severalYears: the sentence is on several years; inPart: it lies
	// in the review's part on them (see severalYears).
	severalYears, inPart bool
	figures              []figureFact
}

// NewLinker indexes the reported outcomes and the plan of the later report.
func NewLinker(later *data.Report) *Linker {
	l := &Linker{outcomes: later.Outcomes(), plan: later.Pledges()}
	if later.Year > 0 {
		l.reviewed = later.Year - 1
	}
	texts := make([]string, len(l.outcomes))
	l.facts = make([]fact, len(l.outcomes))
	for i := range l.outcomes {
		// "参保人数分别达到423.6万人、684.6万人": each figure its subject
		l.outcomes[i].Targets = respectively(l.outcomes[i].Text, l.outcomes[i].Targets)
		o := l.outcomes[i]
		texts[i] = o.Text
		l.facts[i] = fact{indicators: indicatorsOf(o.Text), figures: figureFacts(o)}
	}
	several, inPart := severalYears(later, l.outcomes)
	for i := range l.facts {
		l.facts[i].severalYears, l.facts[i].inPart = several[i], inPart[i]
	}
	l.ix = newIndex(texts, docLengthPower)
	ptexts := make([]string, len(l.plan))
	for i, p := range l.plan {
		ptexts[i] = p.Text
	}
	l.planIx = newIndex(ptexts, 0)
	l.gdp = gdpOutcome(l.outcomes, several)
	return l
}

// Links links every pledge of the earlier report, in reading order.
func Links(earlier, later *data.Report) []Link {
	l := NewLinker(later)
	l.learnPledges(earlier)
	var out []Link
	for _, c := range earlier.Chapters {
		heads := map[int]string{}
		for _, h := range c.Headlines {
			heads[h.N] = h.Title
		}
		for _, p := range chapterPledges(c) {
			out = append(out, l.Link(p, heads[p.Headline]))
		}
	}
	return out
}

func chapterPledges(c data.Chapter) []data.Pledge {
	out := append([]data.Pledge{}, c.Pledges...)
	for _, h := range c.Headlines {
		out = append(out, h.Pledges...)
	}
	return out
}

// Link links one pledge; headline is the title it stands under, read as
// context.
func (l *Linker) Link(p data.Pledge, headline string) Link {
	if p.IsHeadline() {
		headline = ""
	}
	k := Link{Pledge: p}
	p.Targets = respectively(p.Text, p.Targets)
	k.Judgement = l.judge(p.Text, p.Targets, headline, p)
	if cl := clauses(p); len(cl) > 1 {
		var lines []string
		var steps []Step
		k.Target, k.Actual, k.figure = "", "", nil
		for _, c := range cl {
			j := l.judge(c.text, c.targets, headline, p)
			k.Targets = append(k.Targets, j)
			if j.Arithmetic != "" {
				lines = append(lines, j.Arithmetic)
			}
			steps = append(steps, j.Steps...)
			if k.Target == "" && j.Target != "" {
				k.Target, k.Actual = j.Target, j.Actual
			}
		}
		k.Verdict, k.Arithmetic, k.Steps = overall(k.Targets), strings.Join(lines, "；"), steps
	} else if len(p.Targets) == 0 && !dueLater(p.Text, p.Deadline, l.reviewed) {
		k.Targets = items(p.Text, k.Judgement)
		if overall(k.Targets) == Missed {
			k.Verdict = Missed
		}
	}
	k.CarriedOver = l.carried(p.Text)
	return k
}

// judge ranks the outcomes for text, pledge p or a clause of it, and
// reads the verdict; p's time words tell a target not yet due (see
// dueLater), its words the scope of its figures (see narrower).
func (l *Linker) judge(text string, targets []data.Target, headline string, p data.Pledge) Judgement {
	j := Judgement{Quote: text, Verdict: NotReported}
	ranked := l.rank(text, targets, headline)
	if len(ranked) == 0 {
		return j
	}
	figured := targets
	if len(figured) == 0 {
		figured = l.inStep(text) // the income sentence that gives a figure
	}
	figureFirst(ranked, text, figured)
	if !strong(ranked[0]) && !l.phraseFirst(ranked, text) {
		// the review passes over it: the weak sentences stay one key away
		j.Candidates = ranked[:min(len(ranked), MaxCandidates)]
		return j
	}
	j.Best = &ranked[0]
	j.Candidates = ranked[1:min(len(ranked), MaxCandidates+1)]
	l.verdict(&j, text, targets, p.Text)
	if dueLater(text, p.Deadline, l.reviewed) {
		holdOff(&j)
	}
	return j
}

// rank scores the outcome sentences for a pledge: tf-idf cosine of the
// bigrams, raised when they speak of the same indicator and again when
// they carry a figure in the target's unit.
func (l *Linker) rank(text string, targets []data.Target, headline string) []Candidate {
	text = inStepSubject(text)
	damp := hanCount(text) >= dampRunes
	q := l.ix.queryAlso(text, spelledOut(text), expanded(text, headline), damp)
	g := newGate(text, targets)
	var out []Candidate
	phrase := map[int]float64{}
	rareN := map[int]int{}
	l.ix.rare(q, l.distinct, func(i, n, nd int) {
		if n >= 2 {
			phrase[i] = rareBonus
			rareN[i] = nd
		}
	}) // few sentences: the map stays small
	parts := l.partScores(text, headline, damp)
	pledged := pledgedFigures(text, targets)
	l.ix.scores(q, func(i int, s float64) {
		o := l.outcomes[i]
		s = max(s, partWeight*partOf(parts, i))
		same := sharedCount(g.indicators, l.facts[i].indicators)
		s += 0.25*float64(same) + phrase[i]
		figs := l.facts[i].figures
		if s < minScore-maxFigureBonus && !sameValue(figs, pledged) {
			return
		}
		fb := figureBonus(pledged, figs)
		if s += fb; fb == maxFigureBonus {
			// the very figure pledged, said of the same thing, in a long
			// sentence: "新增联山联水联社区的绿道1000公里" / "…，新增绿道
			// 1000公里，…"
			s = max(s, sameFigureScore)
		}
		if g.admits(s, same > 0) {
			c := Candidate{Outcome: o, Score: round3(s), named: same > 0, rare: phrase[i] > 0, order: s}
			if len(targets) == 0 || holdsUnit(figs, pledged) {
				// a pledged figure is reported with a figure
				c.rareN = rareN[i]
			}
			c.inPart = l.facts[i].inPart
			if l.facts[i].severalYears {
				c.several = true
				c.order -= severalYearsPenalty
			}
			out = append(out, c)
		}
	})
	sort.Slice(out, func(a, b int) bool {
		if out[a].order != out[b].order {
			return out[a].order > out[b].order
		}
		return out[a].Outcome.Start < out[b].Outcome.Start
	})
	return out
}

// inStepSubject is what a pledge held in step with growth speaks of:
// "居民收入增长和经济增长同步" is reported by the income sentence; the GDP
// growth is only what it is held to (see verdict).
func inStepSubject(text string) string {
	if !strings.Contains(text, "同步") {
		return text
	}
	return strings.ReplaceAll(text, "经济增长", "")
}

// figureFirst puts first, for a clause that pledges figures, the first
// strong candidate after the best that reports a figure comparable with
// one of them (see actualFor), when the best reports none and scores less
// than 1/figureShare of it: "规模以上工业增加值增长8%左右" is reported by
// "规模以上工业增加值增长9.5%", not by "规模以上工业增加值增速连续30个月居
// 全国前10位，规模以上工业企业从1832户增加到3382户", which shares more words.
func figureFirst(ranked []Candidate, text string, targets []data.Target) {
	if len(targets) == 0 {
		return
	}
	best := ranked[0]
	fits := comparable(best.Outcome, text, targets)
	// an amount added in the year is not reported by the period's total
	// ("城镇新增就业6600万人以上" for "城镇新增就业1100万人以上")
	total := fits && best.inPart && addsInYear(text, targets[0])
	if fits && !total {
		return
	}
	for i := 1; i < min(len(ranked), MaxCandidates+1); i++ {
		c := ranked[i]
		if c.Score < leastShare(total)*best.Score {
			return
		}
		if c.several && (total || !best.several && best.named) {
			// a figure of the period, not of the year the best sentence
			// speaks of
			continue
		}
		if strong(c) && comparable(c.Outcome, text, targets) {
			copy(ranked[1:i+1], ranked[:i])
			ranked[0] = c
			return
		}
	}
}

// leastShare is the least share of the best score a candidate needs to be
// put before it by figureFirst.
func leastShare(total bool) float64 {
	if total {
		return totalShare
	}
	return figureShare
}

// totalShare is the least share of the best score a sentence of the year
// needs to be put before one on the period's total of an amount the
// clause adds in the year (see figureFirst).
var totalShare = 0.6

// figureShare is the least share of the best score a candidate that
// reports a comparable figure needs to be put before it (see figureFirst).
var figureShare = 0.7

// comparable tells whether outcome o reports a figure comparable with one
// of the targets of clause text.
func comparable(o data.Pledge, text string, targets []data.Target) bool {
	for _, t := range targets {
		if _, ok := actualFor(withContext(t, text), text, o.Targets, o.Text); ok {
			return true
		}
	}
	return false
}

// severalYearsPenalty ranks a sentence of the review's part on several
// years below one of its part on the year past, which the pledges of that
// year were made for. It orders the candidates only: whether a sentence
// is an outcome at all is read from its score.
var severalYearsPenalty = 0.15

// partWeight is what the best match of one action of a pledge that lists
// several counts against that of the whole pledge (see partScores).
var partWeight = 0.8

// partScores scores the outcome sentences against each action of a pledge
// that lists several ("加快重大基础设施项目建设，提速实施西宁至成都铁路…，
// 开工建设引大济岷等重大水利工程"): a review reports on one of them in a
// sentence of its own, whose match with the whole pledge the other actions
// dilute. It holds the best score of each sentence over the actions, by
// sentence, until the next call; nil for a pledge of one action.
func (l *Linker) partScores(text, headline string, damp bool) []float64 {
	for _, i := range l.partTouched {
		l.partBest[i] = 0
	}
	l.partTouched = l.partTouched[:0]
	parts := actions(text)
	if len(parts) < 2 {
		return nil
	}
	if l.partBest == nil {
		l.partBest = make([]float64, len(l.outcomes))
	}
	for _, p := range parts {
		l.ix.scores(l.ix.query(p, expanded(p, headline), damp), func(i int, s float64) {
			if l.partBest[i] == 0 {
				l.partTouched = append(l.partTouched, i)
			}
			l.partBest[i] = max(l.partBest[i], s)
		})
	}
	return l.partBest
}

// actions cuts a pledge at its commas, semicolons and colons into the
// actions it lists; a piece of fewer than minActionRunes CJK characters
// ("今年", "为此") is no action and is left out.
func actions(text string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，；：。;:", r) }) {
		if hanCount(p) >= minActionRunes {
			out = append(out, p)
		}
	}
	return out
}

const minActionRunes = 6

// partOf is the best match of one action of a pledge with sentence i (0
// for a pledge of one action).
func partOf(parts []float64, i int) float64 {
	if parts == nil {
		return 0
	}
	return parts[i]
}

// dampRunes is the length from which a pledge's generic words are damped
// (see genericWords): in a shorter one ("进一步缩减外资准入负面清单") the few
// other words would carry the whole match, a sentence that shares one of
// them would stand as its outcome.
const dampRunes = 20

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// rareBonus raises a sentence that shares two or more rare words (held by
// at most two sentences of the review) with the pledge: "坚决打好保交房攻坚战"
// and "全面完成保交房任务" share 保交 and 交房, diluted in the cosine of a
// long pledge. It ranks and admits candidates but does not make a link
// strong (see strong): a pledge the review passes over keeps its
// "not reported", with the sentence one key away.
const rareBonus = 0.25

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// sameSubject tells whether a figure said with the words around is of
// target t, said with the words pledged: two words of t's subject, or two
// of the words pledged making half of those around ("新增联山联水联社区的绿道"
// / "新增绿道", not "新增农村劳动力转移就业" / "城镇新增就业").
func sameSubject(t data.Target, pledged, around string) bool {
	if common(t.Subject, around) >= 2 {
		return true
	}
	n := common(pledged, around)
	return n >= 2 && 2*n >= distinctTerms(around)
}

func distinctTerms(s string) int {
	seen := map[uint64]bool{}
	terms(s, func(w uint64) { seen[w] = true })
	return len(seen)
}

// sameFigureScore is the least score of a sentence that reports the very
// figure pledged about the same subject (see figureBonus): enough to stand
// as the outcome however long the sentence it is said in.
var sameFigureScore = 0.65

// figureBonus raises an outcome that reports a figure in a target's unit
// about the target's subject (see sameSubject; or, for a target without one, "今年开工580万
// 套", of an indicator the pledge names): 0.3 for the very figure pledged
// ("新增绿道1000公里"), 0.15 for another.
const maxFigureBonus = 0.3

func figureBonus(pledged []pledgedFigure, figures []figureFact) float64 {
	best := 0.0
	for _, t := range pledged {
		for _, f := range figures {
			if f.unit != t.unit || !sameMeasure(t.context, f.around) {
				continue
			}
			if !sameSubject(t.Target, t.context, f.around) && !shared(t.indicators, f.indicators) {
				continue
			}
			if baseValue(f.Target) == baseValue(t.Target) {
				return maxFigureBonus
			}
			best = 0.15
		}
	}
	return best
}

// pledgedFigure is a target of a pledge with what figureBonus reads of it
// once per pledge.
type pledgedFigure struct {
	data.Target
	unit, context string
	// indicators are those of its subject, or of the pledge for a target
	// without one ("今年开工580万套").
	indicators []string
}

func pledgedFigures(text string, targets []data.Target) []pledgedFigure {
	out := make([]pledgedFigure, len(targets))
	for i, t := range targets {
		inds := indicatorsOf(t.Subject)
		if t.Subject == "" {
			inds = indicatorsOf(text)
		}
		out[i] = pledgedFigure{Target: t, unit: unitOf(t.Unit), context: figureContext(text, t), indicators: inds}
	}
	return out
}

// figureFact is a figure of an outcome sentence with its unit (see
// figureUnit), the words around it (see figureContext) and the indicators
// they name, read once when the review is indexed.
type figureFact struct {
	data.Target
	unit, around string
	indicators   []string
}

func figureFacts(o data.Pledge) []figureFact {
	out := make([]figureFact, len(o.Targets))
	for i, f := range o.Targets {
		around := figureContext(o.Text, f)
		out[i] = figureFact{Target: f, unit: figureUnit(o.Text, f), around: around, indicators: indicatorsOf(around)}
	}
	return out
}

// holdsUnit tells whether an outcome's figures hold one in the unit of
// one of the targets; sameValue whether one is the very figure of one.
func holdsUnit(figures []figureFact, pledged []pledgedFigure) bool {
	for _, t := range pledged {
		for _, f := range figures {
			if f.unit == t.unit {
				return true
			}
		}
	}
	return false
}

func sameValue(figures []figureFact, pledged []pledgedFigure) bool {
	for _, t := range pledged {
		for _, f := range figures {
			if f.unit == t.unit && baseValue(f.Target) == baseValue(t.Target) {
				return true
			}
		}
	}
	return false
}

// carried is the id of the later plan's pledge that repeats text.
func (l *Linker) carried(text string) string {
	best, id := 0.0, ""
	l.planIx.scores(l.planIx.query(text, "", false), func(i int, s float64) {
		if s > best {
			best, id = s, l.plan[i].ID
		}
	})
	if best < carriedScore {
		return ""
	}
	return id
}

// clause is one target clause of a pledge.
type clause struct {
	text    string
	targets []data.Target
}

// clauses cuts a pledge that states several targets into one clause per
// target statement: at its semicolons ("国内生产总值增长5%左右；城镇新增就业
// 1200万人左右，…；"), or at its commas when it has none ("地区生产总值增长
// 5%左右，一般公共预算收入增长4%左右，…"), and a semicolon part again at
// its commas when each piece names an indicator (see statements). Each clause holds the targets
// quoted in it, read in order so that two equal quotes go each to its own
// clause. A pledge with fewer than two targets is not cut.
func clauses(p data.Pledge) []clause {
	if len(p.Targets) < 2 {
		return nil
	}
	text := strings.ReplaceAll(p.Text, ";", "；")
	sep := "；"
	if !strings.Contains(text, sep) {
		sep = "，"
	}
	var out []clause
	next := 0 // the next target to place
	for _, part := range statements(strings.SplitAfter(text, sep)) {
		c := clause{text: part}
		c.targets, next = quotedIn(part, p.Targets, next)
		if strings.TrimSpace(part) != "" {
			out = append(out, enumerated(c)...)
		}
	}
	out = withAspirations(out)
	if len(out) < 2 {
		return nil
	}
	return out
}

// aspirationWords open an aspiration beside a target ("地区生产总值增长7%以上、
// 力争达到8%"): the target is the figure to reach, the aspiration no clause
// of its own (see firm).
var aspirationWords = []string{"力争", "争取"}

// withAspirations joins to the clause before each clause that opens on an
// aspiration of the same subject ("地区生产总值增长7%以上、力争达到8%"); one
// of a subject of its own stays a clause ("突出抓好5个…重点县建设，力争粮食
// 总产稳定在600万吨以上").
func withAspirations(cs []clause) []clause {
	var out []clause
	for _, c := range cs {
		if n := len(out); n > 0 && len(out[n-1].targets) > 0 && hasPrefixAny(strings.TrimSpace(c.text), aspirationWords) && !ownSubject(c, out[n-1]) {
			out[n-1].text += c.text
			out[n-1].targets = append(out[n-1].targets, c.targets...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// ownSubject tells whether the targets of aspiration c are all of
// subjects the clause before does not name.
func ownSubject(c, before clause) bool {
	if len(c.targets) == 0 {
		return false
	}
	for _, t := range c.targets {
		if bigramCount(t.Subject) == 0 || common(t.Subject, before.text) > 0 {
			return false
		}
	}
	return true
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// firm leaves out the targets of a clause said as an aspiration when it
// states one that is not: "增长7%以上、力争达到8%" is met at 7%. A clause
// of aspirations alone ("力争新能源并网装机突破8000万千瓦") keeps them: 力争
// does not change the rule.
func firm(text string, targets []data.Target) []data.Target {
	var out []data.Target
	for _, t := range targets {
		if !containsAny(figureContext(text, t), aspirationWords) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return targets
	}
	return out
}

// enumerated cuts a clause that states several targets at its commas
// and enumeration commas ("改造老旧小区4000个以上、城市危旧房3万套、城中村
// 10万户"; "确保今年利用境外资金3.86亿美元，完成进出口30亿元"), each piece
// with the words before it that hold no target: each target is reported,
// and met or missed, on its own. A piece that is only a figure ("分别增长
// 8%、9%") or says more of the piece before (see attributeWords) stays
// with it, words after the last target with the last piece.
func enumerated(c clause) []clause {
	if len(c.targets) < 2 {
		return []clause{c}
	}
	var out []clause
	cur, next := clause{}, 0
	for _, p := range listPieces(c) {
		cur.text += p
		var in []data.Target
		in, next = quotedIn(p, c.targets, next)
		cur.targets = append(cur.targets, in...)
		switch {
		case len(cur.targets) == 0:
			continue
		case len(out) > 0 && (!wordsBeside(cur) || hasPrefixAny(cur.text, attributeWords)):
			last := &out[len(out)-1]
			last.text += cur.text
			last.targets = append(last.targets, cur.targets...)
		default:
			out = append(out, cur)
		}
		cur = clause{}
	}
	if next < len(c.targets) || len(out) == 0 {
		return []clause{c}
	}
	out[len(out)-1].text += cur.text
	return out
}

// quotedIn is the targets from next on that piece quotes, in order, and
// the next target to place after them.
func quotedIn(piece string, targets []data.Target, next int) ([]data.Target, int) {
	var out []data.Target
	for rest := piece; next < len(targets); next++ {
		i := strings.Index(rest, targets[next].Quote)
		if i < 0 {
			break
		}
		out = append(out, targets[next])
		rest = rest[i+len(targets[next].Quote):]
	}
	return out, next
}

// attributeWords open a piece that says more of the piece before ("确定省
// 重点项目32个，总投资567.4亿元，年度计划投资169.4亿元" is one list of projects).
var attributeWords = []string{"总投资", "年度计划", "计划投资"}

// levelWords say only that a figure is the level reached: "…增长7.5%，
// 达到309亿元" is one target of GDP, its growth and its level.
var levelWords = []string{"总量达到", "总量突破", "达到", "突破"}

// wordsBeside tells whether a piece says more than its figures: two Han
// characters besides them and the levelWords.
func wordsBeside(c clause) bool {
	rest := c.text
	for _, t := range c.targets {
		rest = strings.Replace(rest, t.Quote, "", 1)
	}
	for _, w := range levelWords {
		if strings.HasPrefix(rest, w) {
			rest = rest[len(w):]
			break
		}
	}
	n := 0
	for _, r := range rest {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n >= 2
}

// listPieces cuts c's text after each comma, and after each enumeration
// comma between two pieces that each hold a target where one of them has
// its figure at that comma ("工厂3家、培育…100家以上", "完成193个贫困村摘帽
// 退出、9.3万贫困人口稳定脱贫"); not inside a list of names ("23条道路新建
// 和雪松大道、学院路等道路续建及洪河大道、置地大道等15条道路升级改造").
func listPieces(c clause) []string {
	var out []string
	from := 0
	for i, r := range c.text {
		end := i + utf8.RuneLen(r)
		if r == '，' || r == '、' && itemsOfTargets(c.text[from:i], nextItem(c.text[end:]), c.targets) {
			out = append(out, c.text[from:end])
			from = end
		}
	}
	if from < len(c.text) {
		out = append(out, c.text[from:])
	}
	return out
}

// itemsOfTargets tells whether the pieces before and after an enumeration
// comma are two items of targets: each holds one, the one before ends on
// its figure or the one after opens on it, and no from-to span is open.
func itemsOfTargets(before, after string, targets []data.Target) bool {
	if !holdsTarget(before, targets) || !holdsTarget(after, targets) || inSpan(before) {
		return false
	}
	for _, t := range targets {
		if strings.HasSuffix(before, t.Quote) || strings.HasPrefix(after, t.Quote) {
			return true
		}
	}
	return false
}

// inSpan tells whether s opens a from-to span it does not close ("分别从
// 每人每月202元、" before "270元提高到209元、280元").
func inSpan(s string) bool {
	return max(strings.LastIndex(s, "从"), strings.LastIndex(s, "由")) > max(strings.LastIndex(s, "到"), strings.LastIndex(s, "至"))
}

// nextItem is s up to its first comma or enumeration comma.
func nextItem(s string) string {
	if k := strings.IndexAny(s, "，、"); k >= 0 {
		return s[:k]
	}
	return s
}

func holdsTarget(s string, targets []data.Target) bool {
	for _, t := range targets {
		if strings.Contains(s, t.Quote) {
			return true
		}
	}
	return false
}

// statements cuts further each part whose comma pieces all name an
// indicator: "居民人均可支配收入增长与经济增长同步，居民消费价格涨幅2%左右" is
// two target statements, "进出口量稳质升，国际收支基本平衡" one (国际收支 is
// said of trade).
func statements(parts []string) []string {
	var out []string
	for _, part := range parts {
		pieces := strings.SplitAfter(part, "，")
		if len(pieces) < 2 || !allNamed(pieces) {
			out = append(out, part)
			continue
		}
		out = append(out, pieces...)
	}
	return out
}

func allNamed(pieces []string) bool {
	for _, p := range pieces {
		if strings.TrimSpace(strings.Trim(p, "，；;。")) != "" && len(indicatorsOf(p)) == 0 {
			return false
		}
	}
	return true
}

// overall is a pledge's verdict from its targets': missed when one is
// missed, met when every reported one is met or done, not reported when
// none is reported, unclear otherwise.
func overall(ts []Judgement) string {
	count := map[string]int{}
	for _, t := range ts {
		count[t.Verdict]++
	}
	switch {
	case count[Missed] > 0:
		return Missed
	case count[NotReported] == len(ts):
		return NotReported
	case count[Unclear] > 0:
		return Unclear
	case count[Met] > 0:
		return Met
	}
	return ReportedDone
}
