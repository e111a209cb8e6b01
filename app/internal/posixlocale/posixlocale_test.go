package posixlocale

import "testing"

func TestPlain(t *testing.T) {
	for locale, want := range map[string]bool{
		"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true, "POSIX.UTF-8": true,
		"": false, "en_US.UTF-8": false, "zh_CN.UTF-8": false, "Chinese": false,
	} {
		if got := Plain(locale); got != want {
			t.Errorf("Plain(%q) = %v, want %v", locale, got, want)
		}
	}
}
