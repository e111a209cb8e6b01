package outcome

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// doneWords in an outcome say the pledged action was taken.
// A review speaks of the year past, so its verbs of work (实施, 推进,
// 加强…) report the work as done, as the key's verdict rule reads them.
var doneWords = []string{"建成", "完成", "实现", "开通", "超额", "出台", "启动", "举办", "确定", "开工", "投用", "落地", "印发", "组建",
	"实施", "推进", "开展", "加强", "落实", "建立", "推动", "完善", "深化", "强化", "加快", "做好", "保障", "维护", "取得", "成功", "符合预期",
	"推开", "实行", "压减", "压缩", "承办", "新增", "认定", "下放", "重组", "重整", "突破", "交付",
	"开园", "开馆", "开业", "开启", "新设", "免除", "取消", "全部", "成效显著", "推行", "纳入", "解决",
	"淘汰", "关停", "关闭", "安排", "投入", "制定", "顺利进行", "进展顺利", "试行"}

// finishedWords say a piece of work was finished, not only worked on:
// they report done a pledge whose count the review does not repeat.
var finishedWords = []string{"建成", "完成", "实现", "开通", "超额", "投用", "运营", "组建", "全覆盖", "交付"}

// directions are the pledged directions an outcome can confirm in the
// same or like words ("居民收入稳步增长" / "居民人均可支配收入实际增长8.1%";
// "赤字率…比去年有所下调" / "财政赤字率和宏观杠杆率下降"): the words of one
// group say the same.
var directions = [][]string{
	{"增长", "提高", "提升", "扩大", "增加", "壮大"},
	{"下调", "下降", "降低", "减少", "压减"},
	{"稳中有降"}, {"更便利"}, {"改善"}, {"稳定"}, {"平衡"},
}

// stateWords are pledged states an outcome can confirm in words even
// where the clause also names a figure ("生态环境质量进一步改善，…能耗降低
// 3%左右" / "生态环境质量明显改善"); growth is not one: a pledged rate
// needs its figure.
var stateWords = []string{"改善", "平衡", "稳定", "稳中有降", "继续下降"}

func stateConfirmed(pledge, outcome string) bool {
	for _, w := range stateWords {
		if strings.Contains(pledge, w) && strings.Contains(outcome, w) {
			return true
		}
	}
	return false
}

// steadyWords pledge an indicator steady or growing ("进出口稳中提质",
// "进出口量稳质升", "居民收入稳步增长").
var steadyWords = []string{"稳中提质", "稳量提质", "量稳质升", "稳中向好", "稳中有升", "稳步增长", "稳定增长", "保持增长"}

// steadyGrowth tells whether the outcome reports growth of an indicator
// the pledge pledged steady: "进出口总额稳量提质" is met by "货物进出口总额
// 9.5万亿元、增长4.4%".
func steadyGrowth(pledge string, o data.Pledge) bool {
	inds := indicatorsOf(pledge)
	if len(inds) == 0 || !containsAny(pledge, steadyWords) {
		return false
	}
	for _, f := range o.Targets {
		around := clauseBefore(o.Text, f.Quote)
		if f.Unit == "%" && f.Value > 0 && strings.HasSuffix(around, "增长") && !containsAny(around, spanWords) && shared(inds, indicatorsOf(around)) {
			return true
		}
	}
	return false
}

// clauseBefore is the text before quote back to the comma or stop that
// opens its clause ("货物进出口总额9.5万亿元、增长" before "4.4%").
func clauseBefore(text, quote string) string {
	i := strings.Index(text, quote)
	if i < 0 {
		return ""
	}
	before := text[:i]
	if k := strings.LastIndexAny(before, "，；。"); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		before = before[k+size:]
	}
	return before
}

// endsRange tells whether target t of text is the top of a range whose
// bottom, another of its targets in the same unit, stands just before it
// ("6.5%－7%", "7%至8%"): the range is met from its bottom up. A top with
// no bottom target ("上市企业1~2家", read as 2家) or the end of a from-to
// span ("从30%到32%") is no range's.
func endsRange(text string, t data.Target, targets []data.Target) bool {
	i := figureIndex(text, t.Quote)
	if i <= 0 {
		return false
	}
	join, size := utf8.DecodeLastRuneInString(text[:i])
	if !strings.ContainsRune("－-~～至到—", join) {
		return false
	}
	for _, b := range targets {
		if b.Quote != t.Quote && unitOf(b.Unit) == unitOf(t.Unit) && strings.HasSuffix(text[:i-size], b.Quote) && !opensSpan(text, b) {
			return true
		}
	}
	return false
}

// riseWords and fallWords say a figure is a rise or a fall ("第一产业下降
// 17.3%" against "增长5%"): said the other way from the target's, the
// actual counts below zero. A figure said with neither ("减少1240万" of the
// poor against "完成1000万…脱贫任务") keeps its sign.
var (
	riseWords = []string{"增长", "增加", "提高", "上升", "提升"}
	fallWords = []string{"下降", "减少", "回落", "降低", "下滑", "降幅"}
)

// directionRunes is how far before a figure its word of rise or fall is
// read.
const directionRunes = 4

// direction is the word of rise or fall just before figure f of text, and
// whether it is a fall ("" when there is none).
func direction(text string, f data.Target) (word string, fall bool) {
	i := figureIndex(text, f.Quote)
	if i < 0 {
		return "", false
	}
	before := []rune(text[:i])
	near := string(before[max(0, len(before)-directionRunes):])
	for _, way := range []struct {
		words []string
		fall  bool
	}{{fallWords, true}, {riseWords, false}} {
		for _, w := range way.words {
			if k := strings.Index(near, w); k >= 0 {
				if strings.ContainsAny(near[k+len(w):], "到至为") {
					return "", false // a level reached ("上升到5.6%"), not a change
				}
				return w, way.fall
			}
		}
	}
	return "", false
}

// otherWay tells whether actual a of outcome is said as a fall where
// target t of text is said as a rise, or the other way round, and gives
// the actual's word.
func otherWay(text string, t data.Target, outcome string, a data.Target) (string, bool) {
	tw, tFall := direction(text, t)
	aw, aFall := direction(outcome, a)
	return aw, tw != "" && aw != "" && tFall != aFall
}

// figureIndex is where quote stands in text as a figure of its own, not
// inside a longer number ("5%" of "下降5%", not of "8.5%"); -1 when it
// does not.
func figureIndex(text, quote string) int {
	return indexWhere(text, quote, func(i int) bool {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		return i == 0 || !strings.ContainsRune("0123456789.０１２３４５６７８９", r)
	})
}

// ceilingWords name the indicators whose "左右" is a ceiling.
var ceilingWords = []string{"失业率", "价格", "物价", "CPI", "涨幅"}

// verdict reads j's verdict from its best outcome for text, the pledge
// whole or one of its clauses.
func (l *Linker) verdict(j *Judgement, text string, targets []data.Target, whole string) {
	o := j.Best.Outcome
	if len(targets) == 0 {
		targets = l.inStep(text)
	}
	if len(targets) > 0 && l.compareFigures(j, text, targets, o, whole) {
		return
	}
	if len(targets) > 0 {
		j.Verdict = figureWords(text, targets, o.Text)
		return
	}
	if heldInStep(text) {
		// "城乡居民收入增长与GDP同步" where the review gives no GDP growth:
		// a rate, not an action its words of work report done
		j.Verdict = cmp.Or(reachedInWords(text, nil, o.Text), Unclear)
		return
	}
	j.Verdict = actionVerdict(text, o)
	markStillUnderWay(j, text)
}

// inStepQuote quotes the target of a pledge held in step with growth.
const inStepQuote = "与经济增长同步"

// heldInStep tells whether text pledges an indicator's growth in step
// with the economy's ("城乡居民收入增长与GDP同步", "财政收入与经济发展保持
// 同步增长").
func heldInStep(text string) bool {
	return strings.Contains(text, "同步") && strings.Contains(text, "增长") && len(indicatorsOf(text)) > 0
}

// inStep is the target of a pledge held in step with growth ("居民收入增长
// 与经济增长同步"): its own indicator, held to the GDP growth of the same
// review; none for another pledge, or when the review gives no GDP growth.
func (l *Linker) inStep(text string) []data.Target {
	if !strings.Contains(text, "同步") || l.gdp == nil {
		return nil
	}
	subject := strings.ReplaceAll(text, "经济增长", "")
	return []data.Target{{Subject: subject, Value: l.gdp.Value, Unit: "%", Comparator: data.About, Quote: inStepQuote}}
}

// figureWords is the verdict of a pledged figure the outcome does not
// repeat, from its words: a state or a direction pledged besides the
// figure ("赤字率拟按3.2%左右安排、比去年有所下调" / "财政赤字率…下降")
// confirmed; a pledged rate itself ("增长5%左右") needs its figure.
func figureWords(text string, targets []data.Target, outcome string) string {
	switch {
	case reachedInWords(text, targets, outcome) == Missed:
		return Missed // "国内生产总值增长率未能达到预期目标"
	case reachedInWords(text, targets, outcome) == Met:
		return Met // "国内生产总值增长率达到预期目标"
	case stateConfirmed(text, outcome), pricesHeld(text, targets, outcome):
		return Met
	case shared(indicatorsOf(text), indicatorsOf(outcome)) && sameDirection(besideFigures(text, targets), outcome):
		return Met
	case containsAny(outcome, finishedWords) && !allRates(targets):
		// an action with a count ("建成周口港…一期工程，加快…13个港航项目")
		// reported finished in words
		return ReportedDone
	}
	return Unclear // a figure was pledged and none is reported
}

// allRates tells whether every target is a rate, a level in percent or
// a change in points ("生产总值增长8%左右", "替代率50%以上", "提高2个百分点",
// "增长与GDP同步"): a review's words of work done ("较好完成了…目标任务")
// say nothing of the rate reached, only its figure does.
func allRates(targets []data.Target) bool {
	for _, t := range targets {
		if u := unitOf(t.Unit); u != "%" && u != "个百分点" {
			return false
		}
	}
	return true
}

// reachedRE finds a review saying in words that a target was reached:
// "达到预期目标", "达到了年度目标", "超额完成年度目标任务", "全面完成了省定目标
// 任务", "好于年初的预期目标"; notReachedRE one saying it was not ("未能完成
// 年度目标"). A share of the target ("完成年度目标的92%") is neither, nor is a
// target still to reach ("确保实现全年目标").
var (
	reachedRE    = regexp.MustCompile(`(达到|超过|超额完成|完成|实现|好于)了?(全年的?|年度|年初的?)?(预期|计划|省定|省下达的?|国家下达的?|下达的?)?目标(任务)?`)
	notReachedRE = regexp.MustCompile(`(未能|没有|没能|尚未|未)(完成|达到|实现)(全年的?|年度|年初的?)?(预期|计划|省定|省下达的?|国家下达的?|下达的?)?目标`)
)

// reachedInWords is the verdict a review gives a target in words, in the
// clause of the outcome that names the pledge's indicator or words of its
// subject ("国内生产总值增长率达到预期目标"): Met, Missed, or "" when no such
// clause says either ("全年退出钢铁产能…超额完成年度目标任务" says nothing of
// GDP).
func reachedInWords(text string, targets []data.Target, outcome string) string {
	inds := indicatorsOf(text)
	ps := pieces(outcome)
	for i, piece := range ps {
		said := piece
		if i > 0 && len(indicatorsOf(piece)) == 0 {
			said = ps[i-1] + "，" + piece // "退出钢铁产能超过6500万吨，超额完成年度目标任务"
		}
		if !shared(inds, indicatorsOf(said)) && !sharesSubject(targets, said) {
			continue
		}
		if notReachedRE.MatchString(piece) {
			return Missed
		}
		if m := reachedRE.FindStringIndex(piece); m != nil && !aheadOf(piece[:m[0]]) && !shareOfTarget(piece[m[1]:]) {
			return Met
		}
	}
	return ""
}

// aheadWords put a target still ahead ("确保经济增长实现全年目标", "为实现
// 目标打下基础").
var aheadWords = []string{"确保", "力争", "争取", "努力"}

func aheadOf(before string) bool {
	return containsAny(before, aheadWords) || strings.HasSuffix(before, "为")
}

// sharesSubject tells whether clause holds words of a target's subject.
func sharesSubject(targets []data.Target, clause string) bool {
	for _, t := range targets {
		if common(workless(t.Subject), clause) > 0 {
			return true
		}
	}
	return false
}

// shareOfTarget tells whether what follows "完成年度目标" gives the share
// done ("的92%").
func shareOfTarget(after string) bool {
	rest, ok := strings.CutPrefix(after, "的")
	return ok && strings.IndexAny(rest, "0123456789０１２３４５６７８９") == 0
}

// besideFigures is what the clause says after its last figure ("、比去年
// 有所下调，不再发行抗疫特别国债").
func besideFigures(text string, targets []data.Target) string {
	at := 0
	for _, t := range targets {
		if i := strings.LastIndex(text, t.Quote); i >= 0 {
			at = max(at, i+len(t.Quote))
		}
	}
	return text[at:]
}

// actionVerdict is the verdict of a pledge without a figure.
func actionVerdict(text string, o data.Pledge) string {
	switch {
	case yearStatement(text):
		return Unclear // "今年是…收官之年": nothing pledged, nothing done
	case strings.Contains(text, "国家下达") && strings.Contains(o.Text, "完成"):
		return Met
	case steadyGrowth(text, o), guardHeld(text, o.Text):
		return Met
	case containsAny(o.Text, doneWords):
		return ReportedDone
	case sameDirection(text, o.Text):
		return Met
	case restated(text, o.Text):
		return ReportedDone
	}
	return Unclear
}

// restatedRunes is how long a run of the pledge's own words a review must
// repeat to report the action done ("持续打好蓝天、碧水、净土保卫战";
// "坚持搞好房地产市场调控不动摇" of "继续搞好房地产市场调控").
const restatedRunes = 5

// restated tells whether the outcome repeats restatedRunes Han characters
// of the pledge in a row, not all of them words of any work (see
// genericWords): a review speaks of the year past, so an action it
// restates is reported as taken.
func restated(pledge, outcome string) bool {
	if containsAny(outcome, unfinishedWords) {
		return false // "城市轨道交通建设滞后": the action named, not taken
	}
	p, o := hanRunes(pledge), hanRunes(outcome)
	if len(p) < restatedRunes || len(o) < restatedRunes {
		return false
	}
	// run[j] is the length of the common run ending at p[i-1] and o[j-1]
	run, prev := make([]int, len(o)+1), make([]int, len(o)+1)
	for i := 1; i <= len(p); i++ {
		for j := 1; j <= len(o); j++ {
			run[j] = 0
			if p[i-1] == o[j-1] {
				run[j] = prev[j-1] + 1
			}
			if run[j] >= restatedRunes && !allGeneric(string(p[i-run[j]:i])) {
				return true
			}
		}
		run, prev = prev, run
	}
	return false
}

// unfinishedWords say of work that it lags or is still to do.
var unfinishedWords = []string{"滞后", "依然", "仍然", "仍", "尚未", "艰巨", "不足", "短板", "有待"}

// hanRunes are the Han characters of s, in order, anything else dropped
// ("蓝天、碧水" is 蓝天碧水).
func hanRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			out = append(out, r)
		}
	}
	return out
}

// allGeneric tells whether s is made of genericWords only.
func allGeneric(s string) bool {
	for _, w := range genericWords {
		s = strings.ReplaceAll(s, w, "")
	}
	return utf8.RuneCountInString(s) < 2
}

// compareFigures sets the verdict from the first target whose figure the
// outcome reports of the pledge's scope (whole is the pledge, see
// narrower), and reports whether one was found.
func (l *Linker) compareFigures(j *Judgement, text string, targets []data.Target, o data.Pledge, whole string) bool {
	var steps []Step
	verdict := ""
	for _, t := range firm(text, targets) {
		if opensSpan(text, t) || endsRange(text, t, targets) {
			continue // "从75%提高到100%" pledges the 100%, "增长6.5%－7%" the 6.5% at least
		}
		a, ok := actualOf(t, text, o)
		if !ok {
			continue
		}
		if narrower(o.Text, a, whole) {
			// the figure of a part ("市中心城区…完成投资1003亿元") says
			// nothing of the whole pledged, its words of work neither
			verdict = cmp.Or(verdict, Unclear)
			continue
		}
		if w, other := otherWay(text, t, o.Text, a); other {
			a.Value, a.Quote = -a.Value, w+a.Quote // "下降17.3%" against "增长5%"
		}
		if !ok {
			continue
		}
		step := l.compare(t, a, text)
		met := step.Met
		if met && j.Best.inPart && addsInYear(text, t) {
			// the period's total reaches the year's amount, which says
			// nothing of the year; one short of it says the year fell short
			verdict = cmp.Or(verdict, Unclear)
			continue
		}
		if j.Target == "" {
			j.Target, j.Actual = t.Quote, a.Quote
			j.figure = &comparison{t, a}
		}
		steps = append(steps, step)
		switch {
		case !met:
			verdict = Missed
		case verdict == "", verdict == Unclear:
			verdict = Met
		}
	}
	if verdict == "" {
		return false
	}
	j.Verdict, j.Arithmetic, j.Steps = verdict, arithmetic(steps), steps
	return true
}

// actualOf is the figure outcome o reports for target t of clause text:
// the one actualFor finds (for a count pledged finished, the pieces
// finished, see finishedCount), else a growth for a rate (growthFor) or
// the one figure in a measure for a quantity (countFor).
func actualOf(t data.Target, text string, o data.Pledge) (data.Target, bool) {
	if a, ok := actualFor(withContext(t, text), text, o.Targets, o.Text); ok {
		return finishedCount(t, text, a, o.Text)
	}
	if a, ok := growthFor(withContext(t, text), text, o); ok {
		return a, true
	}
	return countFor(t, text, o)
}

// workWords end a subject with words of any piece of work, not what it
// is of ("7个现代牧场建设任务").
var workWords = []string{"建设任务", "目标任务", "任务"}

// workless is a subject without the workWords at its end.
func workless(subject string) string {
	for _, w := range workWords {
		if s, ok := strings.CutSuffix(subject, w); ok {
			return s
		}
	}
	return subject
}

// maxNeed is the most words of a long subject a figure needs around it
// ("老旧小区既有建筑节能改造和工人新村", 16 words: 5 of them in
// "14万平方米既有建筑节能改造").
const maxNeed = 5

// actualFor is the outcome's figure comparable with t, a target of the
// clause text: in t's unit and measure (see sameMeasure, read on the words
// before t in the clause), of t's indicator when t names one (on the
// figure or, failing that, in the outcome sentence), else with at least a
// third of the words of t's subject around it, or twice as many of the
// clause's ("今年再进城落户1300万人，加快农业转移人口市民化" / "近1400万农业
// 转移人口在城镇落户"); the one with most of them.
func actualFor(t data.Target, text string, figures []data.Target, outcome string) (data.Target, bool) {
	pledged := figureContext(text, t)
	want := indicatorsOf(t.Subject)
	inSentence := len(want) == 0 || shared(want, indicatorsOf(outcome))
	subject := workless(t.Subject)
	need := min((bigramCount(subject)+2)/3, maxNeed)
	unit, counted := figureUnit(text, t), countedNoun(text, t)
	found, best := -1, -1
	for i, f := range figures {
		if figureUnit(outcome, f) != unit || opensSpan(outcome, f) {
			continue
		}
		around := figureContext(outcome, f)
		if !sameMeasure(pledged, around) {
			continue
		}
		have := figureIndicators(outcome, f, around)
		n := max(common(subject, around), common(text, around)/2)
		if counted != "" && countsSame(counted, outcome, f, around, hanAfter(text, t)) {
			n += countedBonus // "73个贫困村", not "3个国定贫困县"
		}
		switch {
		case len(want) > 0 && shared(want, have):
			n += indicatorBonus
		case len(want) > 0 && len(have) > 0, !inSentence, n < need:
			continue // another indicator's figure, or another subject's
		}
		if n > best {
			found, best = i, n
		}
	}
	if found < 0 {
		return data.Target{}, false
	}
	return figures[found], true
}

// A figure that counts what the pledged one counts outranks one said of
// its indicator, which outranks any count of shared words (a clause holds
// far fewer than a hundred): the noun names the thing itself, the
// indicator only its field ("脱贫" of both the counties and the villages).
const (
	countedBonus   = 200
	indicatorBonus = 100
)

// figureIndicators are the indicators a figure of text is said of: named
// around it, else at the head of its clause ("规模以上工业企业达7.6万家、增加值
// 增长3%"), else last before it in its part of the sentence ("社会消费品零售
// 总额786.4亿元，同比增长12.5%").
func figureIndicators(text string, f data.Target, around string) []string {
	if have := indicatorsOf(around); len(have) > 0 {
		return have
	}
	if have := indicatorsOf(clauseBefore(text, f.Quote)); len(have) > 0 {
		return have
	}
	if name := lastIndicatorBefore(text, f.Quote); name != "" && name != masked {
		return []string{name}
	}
	return nil
}

// nounLen characters name what is counted: two would take "事项" of "认定事项
// 149项" for "行政审批事项200项以上".
const nounLen = 3

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// countedNoun is what a count of things counts: the characters beside
// its figure, after it ("73个贫困村") or else before it ("示范村268个"); none
// for a rate, a sum of money or a figure with no characters beside it.
func countedNoun(text string, f data.Target) string {
	switch unitOf(f.Unit) {
	case "", "%", "元", "个百分点", "倍":
		return ""
	}
	i := figureIndex(text, f.Quote)
	if i < 0 {
		return ""
	}
	if after := []rune(text[i+len(f.Quote):]); len(after) >= nounLen && allHan(after[:nounLen]) {
		return string(after[:nounLen])
	}
	if before := []rune(text[:i]); len(before) >= nounLen && allHan(before[len(before)-nounLen:]) {
		return string(before[len(before)-nounLen:])
	}
	return ""
}

// countsSame tells whether figure f of the outcome counts what a pledged
// count counts (counted, see countedNoun): "380个老旧小区" does, and where
// the pledge names it after its figure ("500个老旧小区", nounAfter), so does
// "老旧小区改造完工1225个", whose noun stands before it in its clause.
func countsSame(counted, outcome string, f data.Target, around string, nounAfter bool) bool {
	if counted == countedNoun(outcome, f) {
		return true
	}
	return nounAfter && !hanAfter(outcome, f) && strings.Contains(around, counted)
}

// hanAfter tells whether a Han character follows figure f in text.
func hanAfter(text string, f data.Target) bool {
	i := figureIndex(text, f.Quote)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+len(f.Quote):])
	return unicode.Is(unicode.Han, r)
}

// severalSubjects tells whether a clause names several subjects before its
// 分别 ("养老、医疗保险参保人数分别达到"), each of which respectively gives
// a figure of its own.
func severalSubjects(clause string) bool {
	at := strings.Index(clause, "分别")
	return at > 0 && strings.Contains(clause[:at], "、")
}

// shareWords say a figure is a share of a whole ("占规模以上工业增加值比重
// 达56.2%"), spanWords that it covers several years ("年均增长5.7%", "累计
// 下降超14%", "连续9年稳定在1300亿斤以上", "连年稳定在1.3万亿斤以上",
// "十年来…涨幅稳定在2%左右"): neither is the year's growth or level a
// pledge states.
var (
	shareWords = []string{"比重", "占比"}
	spanWords  = []string{"年均", "累计", "连续", "连年", "十年来"}
)

// sameMeasure tells whether a figure said with the words around may be
// compared with one pledged with the words pledged: a share with a share,
// a figure over several years with one over several years.
func sameMeasure(pledged, around string) bool {
	return containsAny(pledged, shareWords) == containsAny(around, shareWords) &&
		containsAny(pledged, spanWords) == containsAny(around, spanWords)
}

// withContext gives t the words before its figure in the pledge as
// subject when its own subject names no indicator: "经济增长5.5%左右" is
// read with subject "经济", the clause names GDP.
func withContext(t data.Target, pledge string) data.Target {
	if len(indicatorsOf(t.Subject)) == 0 {
		if around := figureContext(pledge, t); len(indicatorsOf(around)) > 0 {
			t.Subject = around
		}
	}
	return t
}

// figureContext is the figure's subject and the words before it in its
// clause ("老旧小区改造完工" before "1225个").
func figureContext(text string, f data.Target) string {
	i := strings.Index(text, f.Quote)
	if i < 0 {
		return f.Subject
	}
	before := text[:i]
	if k := strings.LastIndexAny(before, "，；。、：:,;"); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		own := before[k+size:]
		if sep := before[k : k+size]; (sep == "，" || sep == ",") && bareGrowth(own) {
			// "地方财政总收入完成24.9亿元，同比增长0.4%": the growth of what
			// the piece before names
			own = before
			if j := strings.LastIndexAny(before[:k], "，；。、：:,;"); j >= 0 {
				_, size := utf8.DecodeRuneInString(before[j:])
				own = before[j+size:]
			}
		}
		before = own
	}
	if strings.Contains(before, "分别") && severalSubjects(clauseBefore(text, f.Quote)) {
		// "养老、医疗保险参保人数分别达到423.6万人": its own subject (see
		// respectively), and what kind of figure the list gives ("比重分别达")
		for _, w := range slices.Concat(shareWords, spanWords) {
			if strings.Contains(before, w) {
				f.Subject += w
			}
		}
		return f.Subject
	}
	return before + f.Subject
}

// growthWords say a figure is a growth, and nothing of what grew.
var growthWords = []string{"同比", "比上年", "较上年", "分别", "增长", "增幅", "下降", "提高", "达到"}

// bareGrowth tells whether the words before a figure say only that it is
// a growth ("同比增长"), so that its subject is the clause's before.
func bareGrowth(s string) bool {
	if !containsAny(s, growthWords) {
		return false
	}
	for _, w := range growthWords {
		s = strings.ReplaceAll(s, w, "")
	}
	return strings.TrimSpace(s) == ""
}

// figureUnit is the unit of a figure of text: its own, or for a bare
// count of people ("近1400万农业转移人口在城镇落户") 人, read from the noun
// after it.
func figureUnit(text string, f data.Target) string {
	if f.Unit != "" {
		return unitOf(f.Unit)
	}
	i := strings.Index(text, f.Quote)
	if i < 0 {
		return ""
	}
	after := text[i+len(f.Quote):]
	if k := strings.IndexAny(after, "，；。、：:,;（(0123456789"); k >= 0 {
		after = after[:k]
	}
	if strings.Contains(after, "人口") || strings.Contains(clauseBefore(text, f.Quote), "人口") {
		return "人" // "6600多万农村人口", "易地扶贫搬迁人口超过240万", not "68.5万农村居民安全饮水和12.7万贫困人口"
	}
	return ""
}

func bigramCount(s string) int {
	n := 0
	terms(s, func(uint64) { n++ })
	return n
}

// compare applies the rules of the genre to target t and actual a: 以上
// and 不低于 are floors; 以内, 控制在 (also with a bare figure, "涨幅控制在
// 3%") and, for unemployment and prices,
// 左右 are ceilings; "X左右" is met within 0.5 percentage points (of a
// rate or of a change in points), or 1 %
// of a level; "与经济增长同步" is held to the review's GDP growth.
func (l *Linker) compare(t data.Target, a data.Target, text string) Step {
	want, step := t.Value, Step{Target: t.Quote, Actual: a.Quote}
	if strings.Contains(text, "同步") && l.gdp != nil && t.Unit == "%" {
		want, step.Target, step.Growth = l.gdp.Value, "", l.gdp.Quote
	}
	got, as := inUnitOf(a, t)
	step.Converted = as
	var met bool
	switch {
	case t.Comparator == data.AtMost || t.Comparator == data.About && containsAny(t.Subject+text, ceilingWords),
		t.Comparator == data.Exactly && strings.Contains(figureContext(text, t), "控制在"):
		met = got <= want+1e-9
	case t.Comparator == data.About && (t.Unit == "%" || t.Unit == "个百分点"):
		met = got >= want-0.5-1e-9
	case t.Comparator == data.About:
		met = got >= want*0.99
	default:
		met = got >= want*(1-1e-9)
	}
	step.Met = met
	return step
}

// gdpOutcome is the GDP growth of the year the review reports, for
// "与经济增长同步": a growth rate said of GDP itself, not a five-year
// average ("年均增长5.7%"), a share or a contribution to the world's growth
// ("对世界经济增长贡献率超过30%"); one of the review's part on the year
// before one of its part on several years (several, by outcome, may be nil).
func gdpOutcome(outcomes []data.Pledge, several []bool) *data.Target {
	for _, later := range []bool{false, true} {
		for i, o := range outcomes {
			if (i < len(several) && several[i]) != later {
				continue
			}
			for _, t := range o.Targets {
				if t.Unit == "%" && isGDPGrowth(o.Text, t) {
					return &t
				}
			}
		}
	}
	return nil
}

func isGDPGrowth(text string, t data.Target) bool {
	around := figureContext(text, t)
	return lastIndicatorBefore(text, t.Quote) == "GDP" && sameMeasure("", around) && !opensSpan(text, t) && !strings.Contains(around, "贡献")
}

// lastIndicatorBefore is the indicator named last before quote in its
// part of the sentence (back to a semicolon or a stop): "全市生产总值完成
// 3082.8亿元，首次突破3000亿元大关，增长7.2%" gives GDP its 7.2%,
// "…规模以上工业增加值增长6%" does not.
func lastIndicatorBefore(text, quote string) string {
	i := strings.Index(text, quote)
	if i < 0 {
		return ""
	}
	part := text[:i]
	if k := strings.LastIndexAny(part, "；。"); k >= 0 {
		part = part[k:]
	}
	best, at := "", -1
	for _, s := range synonyms { // longest first
		k := strings.LastIndex(part, s.word)
		if k < 0 {
			continue
		}
		if k > at {
			best, at = s.name, k
		}
		// a longer word hides the shorter ones inside it ("社会物流总费用与
		// 地区生产总值的比率" names no GDP)
		part = strings.ReplaceAll(part, s.word, strings.Repeat(" ", len(s.word)))
	}
	return best
}

// common counts the bigrams a and b share.
func common(a, b string) int {
	seen := map[uint64]bool{}
	terms(a, func(w uint64) { seen[w] = true })
	n := 0
	terms(b, func(w uint64) {
		if seen[w] {
			n++
			seen[w] = false
		}
	})
	return n
}

func sameDirection(pledge, outcome string) bool {
	for _, group := range directions {
		if containsAny(pledge, group) && containsAny(outcome, group) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
