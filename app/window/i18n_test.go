package window

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"pledgereview/app/internal/i18nkeys"
	"pledgereview/data"
	"pledgereview/resources"
)

// wordedElsewhere are the files outside the package that word what the
// window shows with the x it passes them (its lang.X).
var wordedElsewhere = []string{"../internal/arithwords/*.go", "../internal/filewords/*.go", "../internal/sharewords/*.go", "../workspace/outcomepair.go"}

// usedKeys returns every key the package passes to lang.X, and the files
// of wordedElsewhere to their x.
func usedKeys(t *testing.T) map[string]bool {
	return i18nkeys.Used(t, append([]string{"*.go"}, wordedElsewhere...)...)
}

func readTranslations(t *testing.T, name string) map[string]string {
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

func TestEveryKeyIsTranslated(t *testing.T) {
	keys := usedKeys(t)
	if len(keys) < 50 {
		t.Fatalf("found only %d keys; the scan is broken", len(keys))
	}
	for _, file := range []string{"en.json", "zh_Hans.json"} {
		m := readTranslations(t, file)
		for k := range keys {
			if strings.TrimSpace(m[k]) == "" {
				t.Errorf("%s: no text for %q", file, k)
			}
		}
		for k := range m {
			if !keys[k] && !strings.HasPrefix(k, "cli.") { // the CLI's: app/internal/lang
				t.Errorf("%s: %q is not used", file, k)
			}
		}
	}
}

// Every character the window shows in Chinese must be in the bundled font,
// or it shows as a tofu box on a machine with no CJK font.
func TestBundledFontCoversTheInterface(t *testing.T) {
	f, err := sfnt.Parse(resources.FontTTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	var texts []string
	for _, v := range readTranslations(t, "zh_Hans.json") {
		texts = append(texts, v)
	}
	for _, si := range data.Statuses {
		texts = append(texts, si.Zh, si.DefZh)
	}
	rb := data.DefaultRubric()
	for _, c := range rb.Criteria {
		texts = append(texts, c.Zh, c.DescZh)
		for _, l := range c.Levels {
			texts = append(texts, l.Zh)
		}
	}
	texts = append(texts, "≥≤≈—…›→·", "中文", "English", targetText(data.Target{Value: 5000, Unit: "座", Comparator: data.AtLeast}))
	for _, r := range shortcutRows() {
		texts = append(texts, r[0])
	}
	missing := map[rune]bool{}
	for _, s := range texts {
		for _, r := range s {
			if r == '\n' || r == ' ' {
				continue
			}
			if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
				missing[r] = true
			}
		}
	}
	for r := range missing {
		t.Errorf("the bundled font has no glyph for %q (U+%04X)", r, r)
	}
}
