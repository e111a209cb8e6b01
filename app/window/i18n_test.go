package window

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"pledgereview/data"
	"pledgereview/resources"
)

// wordedElsewhere are the files outside the package that word what the
// window shows with the x it passes them (its lang.X).
var wordedElsewhere = []string{"../internal/arithwords/*.go", "../internal/filewords/*.go", "../internal/sharewords/*.go", "../workspace/outcomepair.go"}

// usedKeys returns every key the package passes to lang.X, and the files
// of wordedElsewhere to their x.
func usedKeys(t *testing.T) map[string]bool {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	for _, g := range wordedElsewhere {
		more, _ := filepath.Glob(g)
		files = append(files, more...)
	}
	keys := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			if !translates(call) {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				k, _ := strconv.Unquote(lit.Value)
				keys[k] = true
			} else {
				t.Errorf("%s: lang.X with a key that is not a literal", fset.Position(call.Pos()))
			}
			return true
		})
	}
	return keys
}

// translates tells whether call is lang.X(…) or, in the files worded
// elsewhere, x(…).
func translates(call *ast.CallExpr) bool {
	if id, ok := call.Fun.(*ast.Ident); ok {
		return id.Name == "x"
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "X" {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "lang"
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
