package lang

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pledgereview/app/internal/i18nkeys"
	"pledgereview/resources"
)

// wordedElsewhere are the packages that word what the sub-commands print
// with the x they pass them (this package's X).
var wordedElsewhere = []string{"../filewords/*.go", "../sharewords/*.go"}

// cliKeys returns every key the sub-commands pass to X, and the files of
// wordedElsewhere to their x.
func cliKeys(t *testing.T) map[string]bool {
	return i18nkeys.Used(t, append([]string{"../../cli/*.go"}, wordedElsewhere...)...)
}

func texts(t *testing.T, name string) map[string]string {
	raw, err := resources.Translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

var field = regexp.MustCompile(`\{\{\.\w+\}\}`)

// Every key of the CLI has text in both languages, with the same fields.
func TestEveryCLIKeyIsTranslated(t *testing.T) {
	keys := cliKeys(t)
	if len(keys) < 20 {
		t.Fatalf("found only %d keys; the scan is broken", len(keys))
	}
	en, zh := texts(t, "en.json"), texts(t, "zh_Hans.json")
	for k := range keys {
		if strings.TrimSpace(en[k]) == "" || strings.TrimSpace(zh[k]) == "" {
			t.Errorf("%q: English %q, Chinese %q", k, en[k], zh[k])
			continue
		}
		ef, zf := field.FindAllString(en[k], -1), field.FindAllString(zh[k], -1)
		slices.Sort(ef)
		slices.Sort(zf)
		if !slices.Equal(ef, zf) {
			t.Errorf("%q: English fills %v, Chinese %v", k, ef, zf)
		}
	}
}

func TestXFollowsTheLocale(t *testing.T) {
	for _, c := range []struct{ lcAll, lang, want string }{
		{"zh_CN.UTF-8", "", "已写入 a.json（1 条评审）"},
		{"", "zh_TW.UTF-8", "已写入 a.json（1 条评审）"},
		{"C", "zh_CN.UTF-8", "wrote a.json (1 review)"},
		{"", "en_GB.UTF-8", "wrote a.json (1 review)"},
	} {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		got := X("cli.sync.wrote", "wrote {{.File}} ({{.Reviews}})", map[string]any{"File": "a.json", "Reviews": X("cli.count.review.one", "1 review")})
		if got != c.want {
			t.Errorf("LC_ALL=%q LANG=%q: %q, want %q", c.lcAll, c.lang, got, c.want)
		}
	}
}
