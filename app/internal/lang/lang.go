// Package lang speaks the user's language where Fyne's lang package cannot
// be linked: in the sub-commands, which carry no GUI package. It reads the
// same files (resources/translations) and takes the same calls as Fyne's
// lang.X, so one key test covers the window and the CLI.
package lang

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"text/template"

	"pledgereview/resources"
)

// Chinese reports whether the user's locale is Chinese, as the POSIX
// variables say (LC_ALL, else LC_MESSAGES, else LANG).
func Chinese() bool {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return strings.HasPrefix(strings.ToLower(v), "zh")
		}
	}
	return false
}

var zhTexts = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	raw, err := resources.Translations.ReadFile("translations/zh_Hans.json")
	if err == nil {
		err = json.Unmarshal(raw, &m)
	}
	if err != nil {
		panic("the embedded Chinese translation is damaged: " + err.Error())
	}
	return m
})

// X is the text of key in the user's language: the Chinese translation
// under a Chinese locale, else fallback, the English. A text with
// {{.Name}} fields is filled from the one map in data, as Fyne's lang.X.
func X(key, fallback string, data ...any) string {
	text := fallback
	if Chinese() {
		if zh, ok := zhTexts()[key]; ok && zh != "" {
			text = zh
		}
	}
	if len(data) == 0 || !strings.Contains(text, "{{") {
		return text
	}
	t, err := template.New(key).Option("missingkey=error").Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, data[0]); err != nil {
		return text
	}
	return b.String()
}
