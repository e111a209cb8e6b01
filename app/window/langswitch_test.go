package window

import (
	"os"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// The language chosen in View applies to Fyne's own strings and ours
// whatever the system locale says, and leaves the environment alone
// (Windows reads no LANGUAGE variable, so the switch cannot go through it).
func TestLanguageChoiceBeatsTheSystemLocale(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("LANGUAGE", "zh_CN")
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	t.Cleanup(func() { setLanguage(langEn) })

	setLanguage(langEn)
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf("Fyne's Cancel in English on a Chinese system: %q", got)
	}
	if got := lang.X("menu.file", "File"); got != "File" {
		t.Errorf("our File menu in English: %q", got)
	}
	setLanguage(langZh)
	if got := lang.L("Cancel"); got != "取消" {
		t.Errorf("Fyne's Cancel in Chinese: %q", got)
	}
	if got := lang.X("menu.file", "File"); got != "文件" {
		t.Errorf("our File menu in Chinese: %q", got)
	}
	if os.Getenv("LANGUAGE") != "zh_CN" || os.Getenv("LC_ALL") != "zh_CN.UTF-8" {
		t.Error("the language switch changed the environment")
	}
}
