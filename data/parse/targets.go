package parse

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// number is a quantity found in a pledge: rs[start:end] is the number with
// its multiplier and measure word.
type number struct {
	start, end int
	value      float64
	unit       string
	more       bool // "1000多家", "100余项"
}

// MaxTargets bounds the targets taken from one pledge: the richest
// sentence of a real report names a dozen; a paragraph of millions of
// "5000%" (a file crafted to exhaust the machine) stops here instead of
// costing gigabytes.
const MaxTargets = 64

// extractTargets finds the committed quantities of a pledge, at most
// MaxTargets of them. A number counts
// only with a measure word (or, for Arabic digits, a 万/亿 multiplier) and
// not when it is part of a name: inside quotes or 《》, glued to Latin
// letters (5G, 5A级, R1), an ordinal (第三), a date (2021年, 7月) or a
// lone 一 (一批, 一流, 一所), which in this genre is an article, not a count.
func extractTargets(rs []rune) []data.Target {
	return new(targetScratch).extract(rs, string(rs))
}

// sentence is a pledge's runes and its text, with the byte offset of each
// rune in the text: words cut from it share its memory.
type sentence struct {
	rs   []rune
	text string
	offs []int32
}

// cut is the text of rs[a:b].
func (st *sentence) cut(a, b int) string { return st.text[st.offs[a]:st.offs[b]] }

// byteOffsets fills the scratch with the byte offset of each rune of rs in
// its UTF-8 text, and of its end.
func (sc *targetScratch) byteOffsets(rs []rune) []int32 {
	offs := append(sc.offs[:0], 0)
	at := int32(0)
	for _, r := range rs {
		at += int32(runeBytes(r))
		offs = append(offs, at)
	}
	sc.offs = offs
	return offs
}

// targetScratch is the memory extractTargets works in, kept from one
// pledge to the next by the builder: a report's targets then cost one
// allocation of their size per pledge that has any.
type targetScratch struct {
	out   []data.Target
	depth []int32 // quotedMask's
	stack []quoteOpen
	offs  []int32 // byteOffsets'

}

// extract is extractTargets in the scratch's memory; text is rs as a
// string, which quotes and subjects are cut from.
func (sc *targetScratch) extract(rs []rune, text string) []data.Target {
	out := sc.out[:0]
	defer func() { sc.out = out[:0] }()
	st := sentence{rs: rs, text: text}
	var quoted []int32
	prevEnd, prevSubject := 0, ""
	var n number
	var next int
	var ok bool
	for i := 0; i < len(rs) && len(out) < MaxTargets; {
		c := classOf(rs[i])
		for c&(clsDigit|clsCN) == 0 { // most runes start no number
			if i++; i == len(rs) {
				break
			}
			c = classOf(rs[i])
		}
		switch {
		case c&clsDigit != 0:
			n, next, ok = arabicNumber(rs, i)
		case c&clsCN != 0:
			n, next, ok = cnNumber(rs, i)
		default:
			continue // the end of rs
		}
		if ok && quoted == nil {
			quoted = sc.quotedMask(rs)
			st.offs = sc.byteOffsets(rs)
		}
		if !ok || quoted[i] > 0 {
			i = next
			continue
		}
		cmp, qs, qe := comparator(rs, n)
		unit := n.unit
		if unit == "％" {
			unit = "%"
		}
		subject := targetSubject(&st, qs, qe, prevEnd, prevSubject)
		out = append(out, data.Target{
			Subject: subject, Value: n.value, Unit: unit,
			Comparator: cmp, Quote: st.cut(qs, qe),
		})
		prevEnd, prevSubject = qe, subject
		i = qe
	}
	if len(out) == 0 {
		return []data.Target{}
	}
	return slices.Clone(out)
}

// targetSubject is what the target quoted in rs[qs:qe] measures: the words
// after it, else before it (back to prevEnd, the previous target's end).
func targetSubject(st *sentence, qs, qe, prevEnd int, prevSubject string) string {
	subject := subjectAfter(st, qe)
	if subject == "" {
		subject = subjectBefore(st, qs, prevEnd)
	}
	// "各…" and a comparison ("比去年高0.3个百分点") speak of the previous target's subject.
	if (subject == "" || strings.HasPrefix(subject, "各") || strings.HasPrefix(subject, "比") || strings.HasPrefix(subject, "较")) && prevSubject != "" {
		return prevSubject
	}
	return subject
}

func isASCIILetter(r rune) bool { return (r|0x20) >= 'a' && (r|0x20) <= 'z' }

// arabicNumber reads a target made of Arabic digits at i; next is where the
// scan goes on whether or not it is one.
func arabicNumber(rs []rune, i int) (n number, next int, ok bool) {
	v, j := arabicAt(rs, i)
	if i > 0 {
		switch p := rs[i-1]; {
		case isASCIILetter(p), isDigit(p), p == '.', p == '-', p == '_', p == '第':
			return n, j, false
		}
	}
	if j < len(rs) && isASCIILetter(rs[j]) {
		return n, j, false
	}
	more := moreBeforeMultiplier(rs, j)
	if more {
		j++
	}
	v, j, mult := multiplied(rs, j, v)
	n, ok = measure(rs, i, j, v, mult)
	if !ok && !mult {
		return n, j, false
	}
	if !ok {
		if math.IsInf(v, 0) {
			return n, j, false
		}
		n = number{start: i, end: j, value: v}
	}
	n.more = n.more || more
	return n, n.end, true
}

// moreBeforeMultiplier tells whether rs[j] is a 多 or 余 between a number
// and its multiplier: "8000多亿元" is more than 8000 亿.
func moreBeforeMultiplier(rs []rune, j int) bool {
	return j+1 < len(rs) && (rs[j] == '多' || rs[j] == '余') && rs[j+1] != '十' && multiplier(rs[j+1]) > 0
}

// multiplied applies the multipliers at j (万, 亿, 万亿) to v, up to a
// measure word; mult tells whether there was one.
func multiplied(rs []rune, j int, v float64) (float64, int, bool) {
	mult := false
	for j < len(rs) && rs[j] != '十' && multiplier(rs[j]) > 0 {
		if u, _ := unitAt(rs, j); u != "" {
			break
		}
		v *= multiplier(rs[j])
		j++
		mult = true
	}
	return v, j, mult
}

// cnIdioms are set phrases whose numerals count nothing.
var cnIdioms = func() *runeTable[[]rune] {
	byFirst := map[rune][][]rune{} // by their first rune
	for _, idiom := range runesOf(
		"千家万户", "千方百计", "万无一失", "千辛万苦", "千头万绪", "千军万马", "万众一心",
		"四面八方", "五湖四海", "三令五申", "一心一意", "两个维护", "两个确立", "四个意识",
		"四个自信", "四个全面", "五位一体", "三个代表", "两个一百年", "百年大计", "百花齐放",
	) {
		byFirst[idiom[0]] = append(byFirst[idiom[0]], idiom)
	}
	return newRuneTable(byFirst)
}()

// cnNumber reads a target written in Chinese numerals at i ("百场",
// "千亿级", "三所"); a measure word is required.
func cnNumber(rs []rune, i int) (n number, next int, ok bool) {
	for _, idiom := range cnIdioms.get(rs[i]) {
		if hasRunes(rs, i, idiom) {
			return n, i + len(idiom), false
		}
	}
	j := i
	for j < len(rs) && isCNNumeral(rs[j]) {
		if u, _ := unitAt(rs, j); u != "" && j > i {
			break
		}
		j++
	}
	if i > 0 && rs[i-1] == '第' {
		return n, j, false
	}
	if j == i+1 {
		switch rs[i] {
		case '一', '零', '〇', '万', '亿':
			return n, j, false
		}
	}
	v, valid := parseCN(rs[i:j])
	if !valid || v <= 10 && !countedAfter(rs, i) {
		return n, j, false
	}
	n, ok = measure(rs, i, j, v, false)
	return n, j, ok
}

// countVerbs bring a count they make: "新建三所学校", "打造五个中心".
var countVerbs = runesOf("新建", "新增", "建成", "建设", "完成", "打造", "培育", "创建", "争创", "引进", "开工", "实施", "开通", "新开", "认定", "新认定", "突破", "达到", "增加", "减少", "提高", "新改建", "改造", "举办", "办好", "出台", "制定", "设立")

// countedAfter tells whether a small count in Chinese numerals at rs[i]
// follows a verb that makes it, within a few runes: otherwise it is part
// of a name ("中央八项规定", "推进五个新城建设", "两个毫不动摇").
func countedAfter(rs []rune, i int) bool {
	from := max(0, i-4)
	for _, v := range countVerbs {
		for k := from; k+len(v) <= i; k++ {
			if hasRunes(rs, k, v) {
				return true
			}
		}
	}
	return false
}

// unitClashes are words that begin with a measure word but are not one.
var unitClashes = runesOf(
	"部门", "人民", "元旦", "次年", "名单", "位于", "场所", "家庭", "家长", "户籍", "台账",
	"条件", "条例", "本地", "本市", "本级", "支持", "支撑", "列入", "头部", "个月", "件事",
)

// measure reads the measure word after the number rs[i:j].
func measure(rs []rune, i, j int, v float64, mult bool) (number, bool) {
	k := j
	more := false
	if k < len(rs) && (rs[k] == '多' || rs[k] == '余') {
		if u, _ := unitAt(rs, k+1); u != "" {
			k++
			more = true
		}
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return number{}, false
	}
	unit, ul := unitAt(rs, k)
	if unit == "" && k < len(rs) && rs[k] == '级' && v >= 1e4 {
		unit, ul = "级", 1
	}
	if unit == "" {
		return number{}, false
	}
	for _, w := range unitClashes {
		if hasRunes(rs, k, w) {
			return number{}, false
		}
	}
	return number{start: i, end: k + ul, value: roundValue(v), unit: unit, more: more}, true
}

// roundValue drops the binary noise of a decimal times a multiplier
// (4.06万亿 is 4.06e12, not 4.0599999999999995e12).
func roundValue(v float64) float64 {
	if v == math.Trunc(v) && v < 1e12 && v > -1e12 {
		return v // a whole number of at most 12 digits has no noise
	}
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 12, 64)), 64)
	if err != nil {
		return v
	}
	return r
}

var (
	// prefixWords bound the number after them; longer words come first so
	// that 不超过 is not read as 超过, nor 超过 as 超.
	prefixWords = boundWords(
		"不少于", data.AtLeast, "不低于", data.AtLeast, "不超过", data.AtMost,
		"不高于", data.AtMost, "不多于", data.AtMost, "不超", data.AtMost,
		"超过", data.AtLeast, "超", data.AtLeast, "至少", data.AtLeast, "突破", data.AtLeast,
		"多于", data.AtLeast, "高于", data.AtLeast, "低于", data.AtMost, "少于", data.AtMost,
		"大约", data.About, "将近", data.About, "接近", data.About, "约", data.About, "近", data.About,
	)
	// 约 and 近 close other words: 节约, 签约, 最近, 附近 …
	notAbout = "节签制合预履公条集违特契邀相最附临就亲"
)

// comparator reads the words around a number that bound it and returns the
// comparator with the quote's extent [qs, qe).
func comparator(rs []rune, n number) (cmp string, qs, qe int) {
	cmp, qs, qe = data.Exactly, n.start, n.end
	switch {
	case hasPrefix(rs, qe, "及以上"):
		cmp, qe = data.AtLeast, qe+3
	case hasPrefix(rs, qe, "以上"):
		cmp, qe = data.AtLeast, qe+2
	case hasPrefix(rs, qe, "以下"), hasPrefix(rs, qe, "以内"):
		cmp, qe = data.AtMost, qe+2
	case hasPrefix(rs, qe, "左右"):
		cmp, qe = data.About, qe+2
	case n.more:
		cmp = data.AtLeast
	}
	for _, w := range prefixWords {
		l := len(w.word)
		if !hasRunes(rs, n.start-l, w.word) {
			continue
		}
		if w.cmp == data.About && l == 1 && n.start >= 2 && strings.ContainsRune(notAbout, rs[n.start-2]) {
			continue
		}
		return w.cmp, n.start - l, qe
	}
	if c, s := boundOfMeasure(rs, n.start); s >= 0 {
		return c, s, qe
	}
	return cmp, qs, qe
}

// boundOfMeasure reads a bound that stands before the thing the number is
// measured against: 不低于当地最低生活保障标准的1.6倍. It returns the
// comparator and where its word starts, or -1 when there is none.
func boundOfMeasure(rs []rune, start int) (string, int) {
	if start == 0 || rs[start-1] != '的' {
		return "", -1
	}
	for k := start - 1; k > 0 && start-k <= 20; k-- {
		if r := rs[k-1]; isSubjectDelim(r) || isDigit(r) {
			break
		}
		for _, w := range prefixWords {
			if w.cmp != data.About && len(w.word) > 1 && hasRunes(rs, k-len(w.word), w.word) {
				return w.cmp, k - len(w.word)
			}
		}
	}
	return "", -1
}

// boundWord is a word that bounds a number, in runes, and its comparator.
type boundWord struct {
	word []rune
	cmp  string
}

// boundWords pairs each word with the comparator after it.
func boundWords(pairs ...string) []boundWord {
	out := make([]boundWord, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, boundWord{[]rune(pairs[i]), pairs[i+1]})
	}
	return out
}

func isSubjectDelim(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '/':
		return true
	}
	return isTerminator(r) || isSpace(r)
}

var (
	// trailing words cut off a subject: the verb or the work done to it.
	subjectTail = []string{
		"信息化建设", "提档升级", "脱钩改革", "改扩建", "提高到", "提高至", "提升到", "提升至",
		"控制在", "降低到", "降低至", "保持在", "稳定在", "达到", "增长", "增加", "降至", "下降",
		"建设", "改造", "改革", "达", "为", "至", "到", "的",
		// 赤字率拟按3%安排, 规模力争达到, 时间缩短至: the verb, not the thing measured.
		"拟按", "按照", "按", "拟", "力争", "争取", "缩短至", "缩短到", "缩短",
	}
	// leading words cut off a subject met before its number.
	subjectHead = []string{
		"年底前", "年底", "年内", "全年", "今年", "上半年", "下半年", "明年",
		"全市", "全省", "全区", "全县", "力争", "重点", "全面", "加快", "继续", "免费",
		"累计", "确保", "努力", "进一步", "大力", "持续", "全力", "争取", "开工建设", "开工",
		"新增", "新建", "新办", "净增", "培育", "完成", "建成", "实现", "引进", "打造", "筹集",
		"启动", "推进", "改造", "举办", "推出", "集聚", "建设", "达到",
	}
	// verbs after which the counted thing starts ("各城区新建公办园").
	subjectVerbs = []string{
		"新增", "新建", "新办", "净增", "培育", "建成", "引进", "筹集", "打造", "实现", "推出",
		"举办", "集聚", "完成", "启动", "开工建设", "建设", "改造",
	}
	// the runes the words above start or end with, asked first
	subjectTailLast  = lastRunes(subjectTail)
	subjectHeadFirst = firstRunes(subjectHead)
	subjectVerbFirst = firstRunes(subjectVerbs)
	subjectTailRunes = edgeRunes(subjectTail, utf8.DecodeLastRuneInString)
	subjectHeadRunes = edgeRunes(subjectHead, utf8.DecodeRuneInString)

	afterNot = []string{"的", "以", "和", "或", "至", "到", "左", "等", "及", "与", "并", "安排", "分别", "比"}
)

// subjectAfter is the noun phrase right after a quantity ("引进10名顶级人才").
func subjectAfter(st *sentence, e int) string {
	if !startsSubject(st.rs, e) {
		return ""
	}
	return cutTail(st.cut(e, subjectEnd(st.rs, e)))
}

// startsSubject tells whether a noun phrase starts at e: a hanzi or an
// opening quote, and not a word that goes on with the quantity (afterNot).
func startsSubject(rs []rune, e int) bool {
	if e >= len(rs) {
		return false
	}
	if r := rs[e]; !unicode.Is(unicode.Han, r) && r != '“' && r != '《' && r != '"' {
		return false
	}
	for _, w := range afterNot {
		if hasPrefix(rs, e, w) {
			return false
		}
	}
	return true
}

// subjectEnd is where the noun phrase starting at e ends: at a delimiter,
// 等 or 及 outside quotes, before a second quoted name, or 30 runes on.
func subjectEnd(rs []rune, e int) int {
	j, inQuote := e, false
	for ; j < len(rs) && j-e < 30; j++ {
		c := rs[j]
		switch {
		case opensQuote(c, inQuote):
			if j > e && !inQuote {
				return j
			}
			inQuote = true
		case c == '”' || c == '》' || c == '"':
			inQuote = false
		case !inQuote && (isSubjectDelim(c) || c == '等' || c == '及'):
			return j
		}
	}
	return j
}

// opensQuote tells an opening quote or title mark; a straight quote opens
// only when none is open.
func opensQuote(c rune, inQuote bool) bool {
	return c == '“' || c == '《' || (c == '"' && !inQuote)
}

// subjectBefore is the phrase between the clause start (or the previous
// target) and the quantity ("新增停车位1万个"), stripped of verbs and time words.
func subjectBefore(st *sentence, qs, prevEnd int) string {
	j := qs
	for j > prevEnd && !isSubjectDelim(st.rs[j-1]) {
		j--
	}
	s := st.cut(j, qs)
	for changed := true; changed; {
		changed = false
		if t := cutTail(s); t != s {
			s, changed = t, true
		}
		if !subjectHeadFirst.startsWithAny(s) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(s)
		for k, w := range subjectHead {
			if subjectHeadRunes[k] == first && strings.HasPrefix(s, w) {
				s, changed = s[len(w):], true
				first, _ = utf8.DecodeRuneInString(s)
			}
		}
	}
	if !subjectVerbFirst.containsAny(s) {
		return s
	}
	at := -1
	for _, v := range subjectVerbs {
		if k := strings.LastIndex(s, v); k >= 0 && k+len(v) < len(s) && k+len(v) > at {
			at = k + len(v)
		}
	}
	if at > 0 {
		s = s[at:]
	}
	return s
}

func cutTail(s string) string {
	for changed := true; changed && subjectTailLast.endsWithAny(s); {
		changed = false
		last, _ := utf8.DecodeLastRuneInString(s)
		for k, w := range subjectTail {
			if subjectTailRunes[k] == last && strings.HasSuffix(s, w) {
				s, changed = s[:len(s)-len(w)], true
				last, _ = utf8.DecodeLastRuneInString(s)
			}
		}
	}
	return s
}

// quotedMask gives the runes inside paired quotes or title marks, where
// numbers belong to names ("一网通办", "十四五", 《…》), a depth above 0.
// An unpaired mark quotes nothing.
func (sc *targetScratch) quotedMask(rs []rune) []int32 {
	stack := sc.stack[:0]
	defer func() { sc.stack = stack[:0] }()
	if cap(sc.depth) < len(rs)+1 {
		sc.depth = make([]int32, len(rs)+1)
	}
	depth := sc.depth[:len(rs)+1] // +1 at an opening, -1 at its close
	clear(depth)
	pair := func(k, i int) {
		depth[stack[k].pos+1]++
		depth[i]--
		stack = stack[:k]
	}
	for i, r := range rs {
		switch r {
		case '“', '‘', '「', '『', '《', '〈':
			stack = append(stack, quoteOpen{r, i})
		case '"':
			if len(stack) > 0 && stack[len(stack)-1].r == '"' {
				pair(len(stack)-1, i)
			} else {
				stack = append(stack, quoteOpen{r, i})
			}
		default:
			o := openerOf(r)
			if o == 0 {
				continue
			}
			// look a few levels down only: deeper pairing is noise and would
			// make a text of unpaired marks quadratic
			for k := len(stack) - 1; k >= 0 && k >= len(stack)-8; k-- {
				if stack[k].r == o {
					pair(k, i)
					break
				}
			}
		}
	}
	for i := 1; i < len(depth); i++ {
		depth[i] += depth[i-1]
	}
	return depth
}

// edgeRunes is the first or the last rune of each word, as edge reads it.
func edgeRunes(words []string, edge func(string) (rune, int)) []rune {
	out := make([]rune, len(words))
	for i, w := range words {
		out[i], _ = edge(w)
	}
	return out
}

// quoteOpen is an opening quote or title mark met at pos.
type quoteOpen struct {
	r   rune
	pos int
}

func openerOf(r rune) rune {
	switch r {
	case '”':
		return '“'
	case '’':
		return '‘'
	case '」':
		return '「'
	case '』':
		return '『'
	case '》':
		return '《'
	case '〉':
		return '〈'
	}
	return 0
}
