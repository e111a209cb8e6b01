package window

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// The window, the README and the packages call the program by one Chinese
// name, 承诺评审, and the interface one activity 评审 (not 审阅).
func TestOneChineseName(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if got := d.win.Title(); !strings.HasPrefix(got, "承诺评审") {
		t.Errorf("the window title is %q, want 承诺评审", got)
	}
	for _, f := range []string{"../../README.md", "../../resources/packaging/org.pledgereview.desk.desktop", "../../resources/packaging/nfpm.yaml"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), "承诺评审") || strings.Contains(string(raw), "承诺审阅") {
			t.Errorf("%s does not call the program 承诺评审", f)
		}
	}
	for k, v := range readTranslations(t, "zh_Hans.json") {
		if strings.Contains(v, "审阅") {
			t.Errorf("%s says 审阅: %q", k, v)
		}
	}
}
