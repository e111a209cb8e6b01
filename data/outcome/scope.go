package outcome

import (
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// scopeWords narrow a figure to a part of the place or of the budget:
// "市中心城区实施重点城建项目973个，完成投资1003亿元" is the downtown's
// investment, not the city's 3522亿元.
var scopeWords = []string{"中心城区", "主城区", "市区", "城区", "市本级", "县城"}

// goOnWords open a clause that goes on with the subject of the one
// before ("…重点城建项目973个，完成投资1003亿元").
var goOnWords = []string{"完成", "实现", "累计", "共计", "合计", "总投资", "总计"}

// narrower tells whether the outcome's figure a is said of a narrower
// scope than the pledge (whole) pledges: its clause, with the clause
// before when it goes on with that one's subject (see goOnWords), names
// a place by a scope word the pledge does not hold, and not as one of a
// list ("主城区、两河圣山景区和东山组团绿化工程" covers more), nor of
// what the pledge names (see scopedThing).
func narrower(outcome string, a data.Target, whole string) bool {
	said := ownClause(outcome, a.Quote)
	for _, w := range scopeWords {
		i := scopeWordAt(said, w)
		if i < 0 || strings.Contains(whole, w) {
			continue
		}
		rest := said[i+len(w):]
		if next, _ := utf8.DecodeRuneInString(rest); next != '、' && next != '和' && !strings.Contains(whole, scopedThing(rest)) {
			return true
		}
	}
	return false
}

// scopeWordAt is where w stands in said as a scope word of its own, or
// -1: not the 县城 of "全县城乡", the 市区 of "全市区县" or of "城市区域",
// which name the whole.
func scopeWordAt(said, w string) int {
	return indexWhere(said, w, func(i int) bool {
		before, _ := utf8.DecodeLastRuneInString(said[:i])
		after, _ := utf8.DecodeRuneInString(said[i+len(w):])
		return !strings.ContainsRune("全城", before) && !strings.ContainsRune("乡县域", after)
	})
}

// scopeVerbs open what a scope word's clause does ("实施重点城建项目").
var scopeVerbs = []string{"实施", "新开工", "开工", "建设", "新建", "完成"}

// scopedThing is what the words after a scope word count ("重点城建项目"
// of "实施重点城建项目973个"): a pledge that names it pledges the scope's
// own work ("实施重点城建项目184个", the downtown's by what they are), so a
// figure of the scope is one of it.
func scopedThing(rest string) string {
	if k := strings.IndexAny(rest, "0123456789，；。"); k >= 0 {
		rest = rest[:k]
	}
	for _, v := range scopeVerbs {
		if s, ok := strings.CutPrefix(rest, v); ok {
			rest = s
			break
		}
	}
	if utf8.RuneCountInString(rest) < 2 {
		return "\x00" // nothing named: no pledge names it
	}
	return rest
}

// ownClause is the clause of quote in text back to its comma, with the
// clause before when it opens on one of goOnWords.
func ownClause(text, quote string) string {
	clause := clauseBefore(text, quote)
	if !hasPrefixAny(clause, goOnWords) {
		return clause
	}
	i := figureIndex(text, quote)
	if i < 0 {
		return clause
	}
	before := strings.TrimSuffix(text[:i], clause)
	before = strings.TrimRight(before, "，")
	if k := strings.LastIndexAny(before, "，；。"); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		before = before[k+size:]
	}
	return before + "，" + clause
}
