package briefing

import (
	"fmt"
	"strings"

	"pledgereview/data"
)

// Language is the language of a pack's own words: its headings, labels
// and explanations. The report's text, the reviewers' notes and the other
// words the reviewers typed stay as they are.
type Language int

// Languages of a pack.
const (
	LangBoth Language = iota // 中文 and English side by side
	LangZh                   // 中文 only
	LangEn                   // English only
)

// languageNames are the names of the languages in Options, flags and
// preferences.
var languageNames = map[Language]string{LangBoth: "both", LangZh: "zh", LangEn: "en"}

// String is the language's name: zh, en or both.
func (l Language) String() string { return languageNames[l] }

// ParseLanguage reads a language name: zh, en or both.
func ParseLanguage(s string) (Language, bool) {
	for l, name := range languageNames {
		if name == s {
			return l, true
		}
	}
	return LangBoth, false
}

// tr is a label in the language: the Chinese, the English, or both side by
// side.
func (l Language) tr(zh, en string) string {
	switch l {
	case LangZh:
		return zh
	case LangEn:
		return en
	}
	return zh + " " + en
}

// short is a word where there is room for one language only: the English
// in English, else the Chinese. Punctuation follows it: "、" and "（…）"
// wherever Chinese is written, ", " and " (…)" in English only.
func (l Language) short(zh, en string) string {
	if l == LangEn {
		return en
	}
	return zh
}

// list joins items as the language lists them: "a、b" or "a, b".
func (l Language) list(items []string) string {
	return strings.Join(items, l.short("、", ", "))
}

// paren puts text in brackets: full-width after Chinese, else a space and
// ASCII brackets.
func (l Language) paren(s string) string {
	return l.short("（"+s+"）", " ("+s+")")
}

// labelled is a label, a colon and its value: "标签：a" or "Tags: a".
func (l Language) labelled(zh, en, value string) string {
	return l.tr(zh, en) + l.short("：", ": ") + value
}

// colon and comma are the punctuation of the pack's language: "：" and
// "，" wherever Chinese is written, ": " and ", " in English only.
func (m *model) colon() string { return m.short("：", ": ") }
func (m *model) comma() string { return m.short("，", ", ") }

// tr is a label in the pack's language: the Chinese, the English, or both
// side by side.
func (m *model) tr(zh, en string) string { return m.opt.Language.tr(zh, en) }

// short is a label where there is room for one language only: the
// English in an English pack, else the Chinese.
func (m *model) short(zh, en string) string { return m.opt.Language.short(zh, en) }

// trf is tr of two format strings given the same arguments.
func (m *model) trf(zh, en string, args ...any) string {
	return m.tr(fmt.Sprintf(zh, args...), fmt.Sprintf(en, args...))
}

// sentences are the sentences of the pack's language, to be set as
// paragraphs of their own.
func (m *model) sentences(zh, en string) []string {
	switch m.opt.Language {
	case LangZh:
		return []string{zh}
	case LangEn:
		return []string{en}
	}
	return []string{zh, en}
}

// statusName names a delivery status in the pack's language.
func (m *model) statusName(s data.Status) string {
	info := s.Info()
	return m.tr(info.Zh, info.En)
}

// criterionName names a rubric criterion in the pack's language.
func (m *model) criterionName(c data.Criterion) string { return m.tr(c.Zh, c.En) }

// paren puts text in brackets: full-width after Chinese, else a space
// and ASCII brackets.
func (m *model) paren(s string) string { return m.opt.Language.paren(s) }
