package window

import (
	"strings"
	"sync"
	_ "unsafe" // go:linkname

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	_ "pledgereview/app/internal/posixlocale" // before Fyne reads the locale: C.UTF-8 reads as English, quietly
	"pledgereview/data"
	"pledgereview/resources"
)

// Interface languages. The translation files are resources/translations/
// en.json and zh_Hans.json; the Chinese file carries the zh-Hans tag so that
// it shares a language with Fyne's own Chinese strings (dialog buttons).
// fyne.zh_Hans.json, loaded after Fyne's, rewords those of Fyne's strings
// that read oddly (好 for OK, 不 for No); the places of Fyne's file dialog,
// which Fyne does not translate, are named by renamePlaces.
const (
	langSystem = ""
	langZh     = "zh"
	langEn     = "en"
)

var (
	uiLangMu   sync.Mutex
	uiLang     = langEn
	systemOnce sync.Once
	systemLang string
)

// systemLanguage is the language of the system locale as it was before the
// user chose one in View: zh for any Chinese locale, else en.
func systemLanguage() string {
	systemOnce.Do(func() {
		systemLang = langEn
		if strings.HasPrefix(strings.ToLower(string(lang.SystemLocale())), "zh") {
			systemLang = langZh
		}
	})
	return systemLang
}

// setLanguage makes choice (langZh, langEn or langSystem) the language of
// every string the window shows, Fyne's own included, and returns the language
// in effect. The choice is the application's preference, never the process
// environment (Windows reads no LANGUAGE variable): Fyne 2.7's lang package
// has no setter, so after our translations are added (which matches them
// against the system locale) its localizer is set to the chosen language
// through fyneSetupLang. The window is rebuilt by the caller.
func setLanguage(choice string) string {
	sys := systemLanguage()
	l := choice
	if l != langZh && l != langEn {
		l = sys
	}
	translationsOnce.Do(func() {
		if err := lang.AddTranslationsFS(resources.Translations, "translations"); err != nil {
			fyne.LogError("load translations", err)
		}
	})
	tag := "en"
	if l == langZh {
		tag = "zh-Hans" // the tag of Fyne's own Chinese strings and of ours
	}
	fyneSetupLang(tag)
	uiLangMu.Lock()
	uiLang = l
	uiLangMu.Unlock()
	return l
}

var translationsOnce sync.Once

// fyneSetupLang is fyne.io/fyne/v2/lang.setupLang, which makes the
// localizer for one language; go.mod pins Fyne, and a Fyne without it
// fails to link rather than silently ignoring the choice.
//
//go:linkname fyneSetupLang fyne.io/fyne/v2/lang.setupLang
func fyneSetupLang(lang string)

func isZh() bool {
	uiLangMu.Lock()
	defer uiLangMu.Unlock()
	return uiLang == langZh
}

// pick returns the Chinese or the English of a pair of domain texts.
func pick(zh, en string) string {
	if isZh() || en == "" {
		return zh
	}
	return en
}

func statusLabel(s data.Status) string {
	si := s.Info()
	return pick(si.Zh, si.En)
}

func statusDefinition(s data.Status) string {
	si := s.Info()
	return pick(si.DefZh, si.DefEn)
}

func criterionLabel(c *data.Criterion) string { return pick(c.Zh, c.En) }

func levelText(c *data.Criterion, level int) string {
	if level < 0 || level >= len(c.Levels) {
		return ""
	}
	return pick(c.Levels[level].Zh, c.Levels[level].En)
}

// fieldLabel names a field of a review as the history shows it.
func fieldLabel(rb data.Rubric, field string) string {
	if id, ok := strings.CutPrefix(field, "score."); ok {
		if c := rb.Criterion(id); c != nil {
			return criterionLabel(c)
		}
		return id
	}
	switch field {
	case "status":
		return lang.X("form.status", "Delivery status")
	case "lead_unit":
		return lang.X("form.lead", "Lead unit")
	case "tags":
		return lang.X("form.tags", "Tags")
	case "flag":
		return lang.X("form.flag", "Flag for discussion")
	case "note":
		return lang.X("form.note", "Note")
	case "evidence":
		return lang.X("form.evidence", "Evidence")
	}
	return field
}

// verdictLabel is a verdict in the interface language.
func verdictLabel(v data.Verdict) string {
	vi := v.Info()
	return pick(vi.Zh, vi.En)
}

// verdictChip is the short form of the list row; nothing for no data.
func verdictChip(v data.Verdict) string {
	if v == data.VerdictNoData || v == "" {
		return ""
	}
	return verdictLabel(v)
}
