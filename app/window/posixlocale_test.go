package window

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Under C.UTF-8, the default locale of many Linux machines, a run of the
// program writes nothing on stderr of its own: Fyne, which reads the
// locale as its package is initialised, is not left to fail to parse
// "C". The test binary, which initialises the window package as the
// program does, is run again under that locale, running no test.
func TestNoFyneErrorUnderPOSIXLocale(t *testing.T) {
	for _, locale := range []string{"C.UTF-8", "POSIX.utf8"} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "LC_ALL="+locale, "LANGUAGE=")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v; stderr %q", locale, err, stderr.String())
		}
		if got := stderr.String(); strings.Contains(got, "Fyne error") || strings.Contains(got, "locale") {
			t.Errorf("under %s the program writes on stderr: %q", locale, got)
		}
	}
}
