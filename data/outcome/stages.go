package outcome

import (
	"strconv"
	"strings"

	"pledgereview/data"
)

// A piece of work goes through stages: prepared (前期工作, 具备核准条件),
// started (开工, 加快建设, 进展顺利), done (建成, 通车, 投运). A pledge names
// the stage it promises ("开工建设陇电入川工程", "建成投运4个国家区域医疗中心");
// the review says which one each piece reached.
const (
	stageNone = iota
	stagePrepared
	stageStarted
	stageDone
)

// stageWords by stage, the latest first; notYetWords say a later stage
// is still to come ("即将建成"; "主体完工", the shell built, not the work)
// and are read as started.
var (
	stageWords = [][]string{
		stageDone:     {"建成", "通车", "投运", "投用", "投入使用", "开通", "竣工", "完工", "投产", "并网", "交付", "运营"},
		stageStarted:  {"开工", "动工", "开建", "进展顺利", "加快建设", "在建", "正在建设", "有序推进"},
		stagePrepared: {"前期工作", "核准条件", "前期", "获批", "立项", "规划"},
	}
	notYetWords = []string{"即将建成", "即将投运", "即将通车", "即将投入使用", "加快建成", "主体完工", "主体工程完工", "主体封顶", "基本完工", "设备安装"}
)

// stageOf is the latest stage text names, stageNone when it names none.
func stageOf(text string) int {
	if containsAny(text, notYetWords) {
		for _, w := range notYetWords {
			text = strings.ReplaceAll(text, w, "")
		}
		if !containsAny(text, stageWords[stageDone]) {
			return stageStarted // "主体完工", not "…主体完工，二期建成投用"
		}
	}
	for s := stageDone; s > stageNone; s-- {
		if containsAny(text, stageWords[s]) {
			return s
		}
	}
	return stageNone
}

// pieces cuts a sentence at its commas, semicolons and stops.
func pieces(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，；。;,", r) })
}

// pieceOf is the piece of text that holds quote ("" when none does).
func pieceOf(text, quote string) string {
	for _, p := range pieces(text) {
		if strings.Contains(p, quote) {
			return p
		}
	}
	return ""
}

// finishedCount is the figure of the outcome comparable with a count
// pledged finished ("建成投运4个国家区域医疗中心") when the review gives the
// count of pieces still under way ("4个国家级区域医疗中心建设进展顺利，A、B建成
// 投运，C、D即将建成"): the pieces it names finished, counted (2个). It
// reports false when the review names none finished; a in any other case.
func finishedCount(t data.Target, text string, a data.Target, outcome string) (data.Target, bool) {
	want := stageOf(figureContext(text, t))
	got := stageOf(pieceOf(outcome, a.Quote))
	if want != stageDone || got == stageNone || got >= want {
		return a, true
	}
	// the pieces named finished follow the count's own piece at once and
	// name them, with no figure of their own: a piece further on, or one
	// with a figure, speaks of something else ("…，高速公路通车里程达6000公里")
	ps := pieces(outcome)
	for i, p := range ps {
		if !strings.Contains(p, a.Quote) || i+1 == len(ps) {
			continue
		}
		if next := ps[i+1]; stageOf(next) == stageDone && !strings.ContainsAny(next, "0123456789０１２３４５６７８９") {
			n := strings.Count(next, "、") + 1
			q := strconv.Itoa(n) + t.Unit + "（" + next + "）"
			return data.Target{Subject: t.Subject, Value: float64(n), Unit: t.Unit, Comparator: data.Exactly, Quote: q}, true
		}
		break
	}
	return a, false
}
